/**
 * PLOVER's JSON exchange format, one event per line (the manual recommends newline-delimited
 * JSON), with the manual's field names: `id`, `date`, `enddate`, `actor`, `recipient`, `event`,
 * `mode`, `context`, `event_loc`, `event_text`, `cite_info`, `coder`, `coded_date`.
 */
import type { ActorKind } from '../core/layers.js';
import type { EventDetail, EventParty, EventReport } from '../store/store.js';
import { countryInfo } from './country-info.js';
import { mentionText, type ExportContext, type ExportFormat } from './export-context.js';

/** PLOVER's sector code for an actor kind. */
export function ploverSector(kind: ActorKind): string {
  switch (kind) {
    case 'government':
      return 'GOV';
    case 'military':
      return 'MIL';
    case 'police':
      return 'COP';
    case 'rebels':
      return 'REB';
    case 'political-militia':
    case 'identity-militia':
      return 'PRM';
    case 'unidentified-armed-group':
      return 'UAF';
    case 'protesters':
    case 'rioters':
    case 'civilians':
      return 'CVL';
    case 'media':
      return 'JRN';
    case 'international':
      return 'IGO';
    default:
      return 'UNK';
  }
}

function entity(p: EventParty, reports: EventReport[], text: string | undefined, role: 'actors' | 'targets') {
  const first = reports[0]?.event[role].find((x) => x.name === p.name);
  const span = first?.evidence[0];
  const code = countryInfo(p.country)?.iso3;
  return {
    ...(code && { code }),
    sector: ploverSector(p.kind),
    ...(text && span && { entity_text: text.slice(span.start, span.end) }),
    identifier_text: p.name,
  };
}

/** The PLOVER object of a canonical event. */
export async function ploverEvent(detail: EventDetail, ctx: Pick<ExportContext, 'documentText'>): Promise<object> {
  const e = detail.event;
  const first = detail.reports[0];
  const text = first ? await ctx.documentText(first.document.id) : undefined;
  const eventText: string[] = [];
  for (const r of detail.reports) {
    const t = mentionText(await ctx.documentText(r.document.id), r.event.mentions);
    if (t && !eventText.includes(t)) eventText.push(t);
  }
  const loc = e.location;
  const context = first?.event.context ?? [];
  const dead = e.fatalities;
  return {
    id: `dateline-${e.id}`,
    has_event: true,
    date: e.date.earliest,
    ...(e.date.latest !== e.date.earliest && { enddate: e.date.latest }),
    actor: e.actors.map((p) => entity(p, detail.reports, text, 'actors')),
    recipient: e.targets.map((p) => entity(p, detail.reports, text, 'targets')),
    event: [e.type],
    ...(e.mode && { mode: [e.mode] }),
    ...(context.length > 0 && { context }),
    ...(loc && {
      event_loc: {
        name: loc.name,
        lat: loc.lat,
        lon: loc.lon,
        ...(countryInfo(loc.country) && { code: countryInfo(loc.country)!.iso3 }),
        ...(loc.admin1 && { admin1: loc.admin1 }),
        precision: loc.precision,
      },
    }),
    event_text: eventText,
    ...((dead !== undefined || e.injuries !== undefined || e.arrests !== undefined) && {
      size: {
        ...(dead !== undefined && { dead }),
        ...(e.injuries !== undefined && { injured: e.injuries }),
        ...(e.arrests !== undefined && { arrested: e.arrests }),
      },
    }),
    cite_info: detail.reports.map((r) => ({
      corpus: r.document.outlet ?? 'dateline',
      citation: r.document.recordId,
      ...(r.document.url && { url: r.document.url }),
      ...(r.document.title && { title: r.document.title }),
      language: 'en',
    })),
    coder: 'dateline',
    coded_date: new Date().toISOString().slice(0, 10),
  };
}

/** The plover-json export format (JSON Lines). */
export const ploverJson: ExportFormat = {
  name: 'plover-json',
  contentType: 'application/x-ndjson',
  extension: 'jsonl',
  async run(ctx) {
    let n = 0;
    for await (const d of ctx.events) {
      await ctx.write(JSON.stringify(await ploverEvent(d, ctx)) + '\n');
      n++;
    }
    return n;
  },
};
