/**
 * The evidence of an event report as text: each field's spans resolved against the article, so
 * that an API user sees the words behind a value without fetching the document.
 */
import type { Span } from '../core/span.js';
import type { EventReport } from '../store/store.js';

/** The event field a piece of evidence supports. */
export type EvidenceField = 'trigger' | 'date' | 'place' | 'actor' | 'target' | 'size' | 'count' | 'claim';

/** One span of evidence with its words. */
export interface EvidenceSpan extends Span {
  field: EvidenceField;
  /** Which actor, target or count it supports (its name or `what`). */
  label?: string;
  text: string;
}

/** Every evidence span of a report's event, in text order. Spans outside the text are left out. */
export function reportEvidence(report: EventReport, text: string): EvidenceSpan[] {
  const ev = report.event;
  const out: EvidenceSpan[] = [];
  const add = (field: EvidenceField, spans: readonly Span[] | undefined, label?: string) => {
    for (const s of spans ?? []) {
      if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) continue;
      out.push({
        field,
        ...(label !== undefined && { label }),
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
      });
    }
  };
  add('trigger', ev.mentions);
  add('date', ev.date?.evidence);
  add('place', ev.location?.evidence);
  for (const a of ev.actors ?? []) add('actor', a.evidence, a.name);
  for (const t of ev.targets ?? []) add('target', t.evidence, t.name);
  add('size', ev.size?.evidence);
  for (const c of ev.counts ?? []) add('count', c.evidence, c.what);
  for (const c of ev.claims ?? []) add('claim', c.evidence);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
