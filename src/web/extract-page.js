// Paste an article or pick a file, and see its record at once: each event with its fields, the
// text with the evidence of the chosen event highlighted, quotes, sources, warnings, the JSON.
import { postBody } from './api-client.js';
import { eventEvidence, FIELDS, renderHighlighted } from './evidence-spans.js';
import { attributionList, el, eventFields, highlightKey, quoteList, warningList } from './record-view.js';

const $ = (id) => document.getElementById(id);
let fileBody = null;

function contentTypeOf(name, text) {
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.html?$/i.test(name) || /^\s*<(!doctype|html|body|article|p|div)\b/i.test(text)) return 'text/html';
  return 'text/plain';
}

function showEvent(record, i) {
  const text = record.text ?? '';
  const ev = record.events[i];
  const spans = ev ? eventEvidence(ev, text.length) : [];
  // Quotes are shown too, so that the text reads as the record does.
  for (const q of record.quotes ?? []) {
    spans.push({ field: 'quote', start: q.start, end: q.end });
    if (q.speaker) spans.push({ field: 'speaker', start: q.speaker.start, end: q.speaker.end });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  renderHighlighted($('article-text'), text, spans, 'x');
  $('key').replaceChildren(highlightKey(FIELDS.map(([f]) => f).filter((f) => spans.some((s) => s.field === f))));
  for (const b of document.querySelectorAll('#events [role=tab]'))
    b.setAttribute('aria-selected', String(Number(b.dataset.i) === i));
  const panel = $('event-panel');
  if (panel) panel.replaceChildren(ev ? eventFields(ev, spans, text, 'x') : '');
}

function showRecord(record) {
  const events = record.events ?? [];
  const box = $('events');
  box.replaceChildren();
  if (events.length === 0) {
    box.append(el('p', { class: 'hint' }, 'No events were found in this article.'));
  } else {
    const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Events of the article' });
    events.forEach((ev, i) => {
      const b = el(
        'button',
        { type: 'button', role: 'tab', 'data-i': String(i) },
        `${ev.id}: ${ev.type}${ev.location ? ' · ' + ev.location.name : ''} · ${ev.date.value}`,
      );
      b.setAttribute('aria-controls', 'event-panel');
      b.addEventListener('click', () => showEvent(record, i));
      b.addEventListener('keydown', (e) => {
        const n = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -1;
        if (n >= 0 && n < events.length) {
          showEvent(record, n);
          tabs.children[n].focus();
        }
      });
      tabs.append(b);
    });
    box.append(tabs, el('div', { id: 'event-panel', role: 'tabpanel', class: 'event-panel' }));
  }
  $('quotes').replaceChildren(quoteList(record));
  $('sources').replaceChildren(attributionList(record));
  $('warnings').replaceChildren(warningList(record));
  $('json').textContent = JSON.stringify(record, null, 2);
  showEvent(record, 0);
  $('result').hidden = false;
  $('result-h').focus();
}

async function submit(e) {
  e.preventDefault();
  const typed = $('article').value;
  const body = fileBody ?? { name: '', text: typed };
  if (!body.text.trim()) {
    $('status').textContent = 'Paste an article or choose a file first.';
    return;
  }
  const q = new URLSearchParams();
  if ($('published').value) q.set('published', $('published').value);
  if ($('title-in').value.trim()) q.set('title', $('title-in').value.trim());
  if ($('outlet').value.trim()) q.set('outlet', $('outlet').value.trim());
  $('status').textContent = 'Extracting…';
  const t0 = performance.now();
  try {
    const record = await postBody(`/api/extract?${q}`, body.text, contentTypeOf(body.name, body.text));
    $('status').textContent =
      `${record.events.length} event${record.events.length === 1 ? '' : 's'}, ${record.quotes.length} quote${record.quotes.length === 1 ? '' : 's'}, ${record.warnings.length} warning${record.warnings.length === 1 ? '' : 's'} (${Math.round(performance.now() - t0)} ms).`;
    showRecord(record);
  } catch (err) {
    $('status').textContent = `Could not extract: ${err.message}`;
  }
}

$('file').addEventListener('change', async () => {
  const f = $('file').files[0];
  if (!f) {
    fileBody = null;
    return;
  }
  const text = await f.text();
  fileBody = { name: f.name, text };
  $('article').value = /\.json$/i.test(f.name) ? text : text.slice(0, 200000);
  $('status').textContent = `Read ${f.name} (${text.length.toLocaleString('en')} characters).`;
});
$('article').addEventListener('input', () => (fileBody = null));
$('extract-form').addEventListener('submit', submit);
