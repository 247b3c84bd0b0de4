// Pieces of a record shown on the event page and the extract page: an event's fields with links
// to their evidence in the text, the quotes with their speakers, the sources and the warnings.
import { typeColour } from './event-types.js';
import { fieldName } from './evidence-spans.js';

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
}

export { el };

/**
 * A definition list of an event's fields. `evidence` is the event's evidence span list (as from
 * `eventEvidence`), whose index is the highlight's id suffix; each field links to its words.
 */
export function eventFields(ev, evidence, text, idPrefix) {
  const dl = el('dl', { class: 'fields-list' });
  const links = (field, label) => {
    const out = [];
    evidence.forEach((s, i) => {
      if (s.field !== field || (label !== undefined && s.label !== label)) return;
      out.push(
        ' ',
        el('a', { href: `#${idPrefix}-${i}`, class: `ev-link hl-${field}` }, `“${text.slice(s.start, s.end)}”`),
      );
    });
    return out;
  };
  const row = (term, value, ...ev) => {
    dl.append(el('dt', {}, term), el('dd', {}, value, ...ev));
  };
  const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = typeColour(ev.type);
  row('Type', el('span', {}, swatch, ev.type + (ev.mode ? ` / ${ev.mode}` : '')), ...links('trigger'));
  if (ev.acled) row('ACLED', `${ev.acled.eventType} — ${ev.acled.subEventType}`);
  const range =
    ev.date.earliest && ev.date.latest && ev.date.earliest !== ev.date.latest
      ? ` (${ev.date.earliest} – ${ev.date.latest})`
      : '';
  row('Date', `${ev.date.value}${range}${ev.date.certainty ? ', ' + ev.date.certainty : ''}`, ...links('date'));
  if (ev.location) {
    const l = ev.location;
    row(
      'Place',
      `${l.name}${l.admin1 ? ', ' + l.admin1 : ''}, ${l.country} (${l.precision}; ${l.lat.toFixed(3)}, ${l.lon.toFixed(3)})`,
      ...links('place'),
    );
  }
  for (const a of ev.actors ?? [])
    row('Actor', `${a.name} (${a.kind}${a.country ? ', ' + a.country : ''})`, ...links('actor', a.name));
  for (const t of ev.targets ?? [])
    row('Target', `${t.name} (${t.kind}${t.country ? ', ' + t.country : ''})`, ...links('target', t.name));
  if (ev.size)
    row(
      'Size',
      `${ev.size.low}${ev.size.high === null ? '+' : ev.size.high !== ev.size.low ? '–' + ev.size.high : ''} (“${ev.size.text}”)`,
      ...links('size'),
    );
  for (const c of ev.counts ?? [])
    row(c.what.charAt(0).toUpperCase() + c.what.slice(1), String(c.value), ...links('count', c.what));
  if (ev.factuality) row('Factuality', ev.factuality);
  if (ev.sources?.length) row('According to', ev.sources.map((s) => s.name).join('; '));
  if (ev.by)
    row(
      'Extracted by',
      `${ev.by.stage}${ev.by.rule ? ' · ' + ev.by.rule : ''}${ev.by.model ? ' · ' + ev.by.model : ''} · confidence ${(ev.confidence ?? ev.by.confidence ?? 0).toFixed(2)}`,
    );
  return dl;
}

/** The quotes of a record with their speakers. */
export function quoteList(record) {
  if (!record.quotes?.length) return el('p', { class: 'hint' }, 'No quotes.');
  return el(
    'ul',
    { class: 'quotes' },
    ...record.quotes.map((q) =>
      el(
        'li',
        {},
        el('blockquote', {}, q.text),
        el(
          'p',
          { class: 'speaker' },
          `— ${q.speaker ? q.speaker.text : 'speaker unknown'}`,
          q.cue ? ` (${q.cue.text})` : '',
          q.medium ? `, ${q.medium}` : '',
          ` · ${q.kind}`,
        ),
      ),
    ),
  );
}

/** The attributions (sources) of a record. */
export function attributionList(record) {
  if (!record.attributions?.length) return el('p', { class: 'hint' }, 'No attributed claims.');
  return el(
    'ul',
    { class: 'attributions' },
    ...record.attributions.map((a) => el('li', {}, el('strong', {}, a.source.text), ': ', a.text)),
  );
}

/** The warnings of a record. */
export function warningList(record) {
  if (!record.warnings?.length) return el('p', { class: 'hint' }, 'No warnings.');
  return el(
    'ul',
    { class: 'warnings' },
    ...record.warnings.map((w) => el('li', {}, el('code', {}, w.kind), ' ', w.message)),
  );
}

/** The colour key of the highlights. */
export function highlightKey(fields) {
  return el(
    'ul',
    { class: 'hl-key', 'aria-label': 'Highlight colours' },
    ...fields.map((f) => el('li', {}, el('mark', { class: `hl hl-${f}` }, fieldName(f)))),
  );
}
