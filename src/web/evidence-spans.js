// The evidence of an event as a list of spans with the field each supports, and the article text
// rendered with those spans highlighted. Overlapping spans are cut at every boundary so that
// each piece of text is one element, marked with the most specific field that covers it.

/** Fields in the order of precedence when spans overlap, with their names for people. */
export const FIELDS = [
  ['date', 'date'],
  ['place', 'place'],
  ['size', 'size'],
  ['count', 'count'],
  ['actor', 'actor'],
  ['target', 'target'],
  ['trigger', 'event mention'],
  ['claim', 'claim'],
  ['quote', 'quote'],
  ['speaker', 'speaker'],
];
const RANK = new Map(FIELDS.map(([f], i) => [f, i]));
const NAME = new Map(FIELDS);

/** The name of a field for people. */
export function fieldName(field) {
  return NAME.get(field) ?? field;
}

/** Every evidence span of an event (a record's or a report's event), in text order. */
export function eventEvidence(ev, textLength) {
  const out = [];
  const add = (field, spans, label) => {
    for (const s of spans ?? []) {
      if (s && s.start >= 0 && s.end <= textLength && s.start < s.end)
        out.push({ field, label, start: s.start, end: s.end });
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

/**
 * Renders `text` into `container` with `spans` highlighted as `<mark>` elements. The first piece
 * of each span gets the id `${idPrefix}-${index}` so that a field list can link to its words.
 * Each highlight ends with visually hidden words naming its field, for screen readers.
 */
export function renderHighlighted(container, text, spans, idPrefix = 'ev') {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  spans.forEach((s, i) => {
    if (!starts.has(s.start)) starts.set(s.start, []);
    starts.get(s.start).push(i);
  });
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      frag.append(piece);
      continue;
    }
    covering.sort((x, y) => (RANK.get(x.field) ?? 99) - (RANK.get(y.field) ?? 99));
    const top = covering[0];
    const mark = document.createElement('mark');
    mark.className = `hl hl-${top.field}`;
    const fields = [...new Set(covering.map((s) => s.field))];
    mark.dataset.fields = fields.join(' ');
    mark.title = covering.map((s) => fieldName(s.field) + (s.label ? `: ${s.label}` : '')).join('; ');
    const ids = starts.get(a) ?? [];
    if (ids.length > 0) mark.id = `${idPrefix}-${ids[0]}`;
    mark.append(piece);
    // Announce the field once, at the end of the span, not after every piece of it.
    if (covering.some((s) => s.end === b)) {
      const sr = document.createElement('span');
      sr.className = 'sr-only';
      sr.textContent = ` (${fields.map(fieldName).join(', ')})`;
      mark.append(sr);
    }
    frag.append(mark);
  }
  container.append(frag);
}
