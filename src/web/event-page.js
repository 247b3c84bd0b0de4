// One event: its fields with the words that support them highlighted in the article, the
// quotes, the sources and warnings of that article, and the other articles reporting the event.
// `?report=ID` picks which article's report to show (the first by default).
import { getJson } from './api-client.js';
import { eventEvidence, FIELDS } from './evidence-spans.js';
import { renderHighlighted } from './evidence-spans.js';
import { attributionList, eventFields, highlightKey, quoteList, warningList, el } from './record-view.js';

const $ = (id) => document.getElementById(id);

async function main() {
  const q = new URLSearchParams(location.search);
  const id = q.get('id') ?? '';
  if (!id) {
    $('status').textContent = 'No event given: open one from the event list.';
    return;
  }
  let detail;
  try {
    detail = await getJson(`/api/events/${encodeURIComponent(id)}`);
  } catch (e) {
    $('status').textContent = `Could not load event ${id}: ${e.message}`;
    return;
  }
  const { event, reports } = detail;
  const report = reports.find((r) => r.id === q.get('report')) ?? reports[0];
  const place = event.location ? ` in ${event.location.name}` : '';
  const title = `${event.type}${event.mode ? ' / ' + event.mode : ''}${place}, ${event.date.value}`;
  $('title').textContent = title;
  document.title = `Dateline — ${title}`;
  if (!report) {
    $('status').textContent = 'This event has no reports.';
    return;
  }
  const doc = await getJson(`/api/documents/${encodeURIComponent(report.document.id)}`);
  const text = doc.text;
  const spans = eventEvidence(report.event, text.length);
  renderHighlighted($('article-text'), text, spans, 'ev');
  const used = FIELDS.map(([f]) => f).filter((f) => spans.some((s) => s.field === f));
  $('key').replaceChildren(highlightKey(used));
  $('fields').replaceChildren(eventFields({ ...report.event }, spans, text, 'ev'));
  const d = doc.document;
  $('article-meta').textContent = [d.title, d.outlet, d.published, d.author].filter(Boolean).join(' · ') || d.input;
  if (d.url) {
    $('article-meta').append(' · ', el('a', { href: d.url, rel: 'noreferrer' }, 'original'));
  }
  const others = reports.filter((r) => r !== report);
  $('others').replaceChildren(
    ...(others.length
      ? others.map((r) =>
          el(
            'li',
            {},
            el(
              'a',
              { href: `/event.html?id=${encodeURIComponent(event.id)}&report=${encodeURIComponent(r.id)}` },
              [r.document.title ?? r.document.recordId, r.document.outlet, r.document.published]
                .filter(Boolean)
                .join(' · '),
            ),
            r.document.duplicateOf ? el('span', { class: 'hint' }, ' (a copy of an earlier article)') : '',
          ),
        )
      : [el('li', { class: 'hint' }, 'No other article reports it.')]),
  );
  const sources = el(
    'p',
    {},
    `${event.sources} independent source${event.sources === 1 ? '' : 's'}, ${event.reports} report${event.reports === 1 ? '' : 's'}: ${event.outlets.join('; ') || 'outlet unknown'}.`,
  );
  $('sources').replaceChildren(sources, doc.record ? attributionList(doc.record) : '');
  $('warnings').replaceChildren(doc.record ? warningList(doc.record) : '');
  $('quotes').replaceChildren(doc.record ? quoteList(doc.record) : '');
  $('status').textContent = `${spans.length} pieces of evidence highlighted in the article.`;
  $('content').hidden = false;
  document.documentElement.dataset.rendered = String(Math.round(performance.now()));
}

void main();
