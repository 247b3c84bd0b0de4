// The events page: filters kept in the URL, a map and a timeline of every matching event, and a
// paged list. The map and timeline draw the events of the filters other than the dates once, so
// that brushing the timeline only redraws; the list asks the API with every filter.
import { getJson, filterQuery } from './api-client.js';
import { EVENT_TYPES, typeColour } from './event-types.js';
import { MapView } from './map-view.js';
import { TimelineView, dayNumber, dayString } from './timeline-view.js';

const PAGE = 50;
const $ = (id) => document.getElementById(id);
const FILTER_KEYS = ['type', 'country', 'from', 'to', 'actor', 'text'];

/** The state of the page, read from and written to the URL. */
function readUrl() {
  const q = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTER_KEYS) f[k] = q.get(k) ?? '';
  return { filters: f, offset: Math.max(0, Number(q.get('offset')) || 0) };
}

function writeUrl(state, push) {
  const qs = filterQuery(state.filters, state.offset ? { offset: state.offset } : {});
  const url = `${location.pathname}${qs ? '?' + qs : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

let state = readUrl();
let points = null;
let pointsKey = '';
let days = [];
let mapView;
let timeline;

function formToFilters() {
  const types = [...document.querySelectorAll('#type-boxes input:checked')].map((i) => i.value);
  return {
    type: types.join(','),
    country: $('f-country').value.trim().toUpperCase(),
    from: $('f-from').value,
    to: $('f-to').value,
    actor: $('f-actor').value.trim(),
    text: $('f-text').value.trim(),
  };
}

function filtersToForm(f) {
  const types = new Set(f.type ? f.type.split(',') : []);
  for (const box of document.querySelectorAll('#type-boxes input')) box.checked = types.has(box.value);
  $('f-country').value = f.country;
  $('f-from').value = f.from;
  $('f-to').value = f.to;
  $('f-actor').value = f.actor;
  $('f-text').value = f.text;
}

function buildTypeBoxes() {
  const box = $('type-boxes');
  for (const [type, colour, words] of EVENT_TYPES) {
    const label = document.createElement('label');
    label.className = 'type-box';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = type;
    input.setAttribute('aria-label', `${type} (${words})`);
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    swatch.setAttribute('aria-hidden', 'true');
    label.append(input, swatch, type.charAt(0) + type.slice(1).toLowerCase());
    box.append(label);
  }
}

/** Indices of the points inside the date filters (the brush). */
function visibleIndices() {
  const lo = state.filters.from ? dayNumber(state.filters.from) : -Infinity;
  const hi = state.filters.to ? dayNumber(state.filters.to) : Infinity;
  const out = [];
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (lo === -Infinity && hi === Infinity) out.push(i);
    else if (d >= lo && d <= hi) out.push(i);
  }
  return out;
}

async function loadPoints() {
  const { from: _from, to: _to, ...rest } = state.filters;
  const key = filterQuery(rest);
  if (points && key === pointsKey) return;
  points = await getJson(`/api/event-points${key ? '?' + key : ''}`);
  pointsKey = key;
  days = points.day.map(dayNumber);
  timeline.setDays(days);
}

function drawViews() {
  const idx = visibleIndices();
  mapView.setPoints(points, idx);
  const { from, to } = state.filters;
  timeline.setBrush(from || to ? [from ? dayNumber(from) : timeline.lo, to ? dayNumber(to) : timeline.hi] : null);
  return idx;
}

function cell(text, cls) {
  const td = document.createElement('td');
  if (cls) td.className = cls;
  td.textContent = text;
  return td;
}

function eventRow(e) {
  const tr = document.createElement('tr');
  const date = e.date.earliest === e.date.latest ? e.date.value : `${e.date.earliest} – ${e.date.latest}`;
  const when = document.createElement('td');
  const a = document.createElement('a');
  a.href = `/event.html?id=${encodeURIComponent(e.id)}`;
  a.textContent = date;
  when.append(a);
  const type = document.createElement('td');
  const sw = document.createElement('span');
  sw.className = 'swatch';
  sw.style.background = typeColour(e.type);
  sw.setAttribute('aria-hidden', 'true');
  type.append(sw, e.type + (e.mode ? ` / ${e.mode}` : ''));
  const place = e.location ? `${e.location.name}${e.location.country ? ', ' + e.location.country : ''}` : '—';
  const parties = [...e.actors.map((p) => p.name), ...e.targets.map((p) => `→ ${p.name}`)].join('; ') || '—';
  tr.append(when, type, cell(place), cell(parties), cell(String(e.sources), 'num'));
  return tr;
}

async function loadList() {
  const qs = filterQuery(state.filters, { limit: PAGE, offset: state.offset });
  const page = await getJson(`/api/events?${qs}`);
  const rows = $('event-rows');
  rows.replaceChildren(...page.events.map(eventRow));
  if (page.events.length === 0) {
    const tr = document.createElement('tr');
    const td = cell('No events match these filters.');
    td.colSpan = 5;
    tr.append(td);
    rows.append(tr);
  }
  const first = page.total === 0 ? 0 : state.offset + 1;
  $('page-info').textContent = `${first}–${state.offset + page.events.length} of ${page.total.toLocaleString('en')}`;
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= page.total;
  return page.total;
}

function summarise(idx, total) {
  let placed = 0;
  for (const i of idx) if (points.lat[i] !== null) placed++;
  const parts = [`${total.toLocaleString('en')} events`];
  parts.push(`${placed.toLocaleString('en')} on the map`);
  if (idx.length - placed > 0) parts.push(`${(idx.length - placed).toLocaleString('en')} without a place`);
  if (points.truncated) parts.push(`map limited to the newest ${points.id.length.toLocaleString('en')}`);
  $('summary').textContent = parts.join(' · ');
}

async function refresh({ push = false } = {}) {
  writeUrl(state, push);
  try {
    // The list and the points are independent requests: ask for both at once.
    const list = loadList();
    await loadPoints();
    const idx = drawViews();
    summarise(idx, await list);
  } catch (e) {
    $('summary').textContent = `Could not load events: ${e.message}`;
  }
  document.documentElement.dataset.rendered = String(Math.round(performance.now()));
}

function showCluster(ids, label) {
  const list = $('cluster-items');
  list.replaceChildren();
  $('cluster-h').textContent = label;
  for (const id of ids) {
    const i = points.id.indexOf(id);
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/event.html?id=${encodeURIComponent(id)}`;
    a.textContent = `${points.day[i]} · ${points.type[i]}${points.country[i] ? ' · ' + points.country[i] : ''}`;
    li.append(a);
    list.append(li);
  }
  $('cluster-list').hidden = false;
  $('cluster-h').focus();
}

async function loadCountries() {
  const base = await getJson('/basemap.json');
  mapView.setBasemap(base);
  const dl = $('countries');
  const seen = new Set();
  for (const c of [...base.countries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!c.code || seen.has(c.code)) continue;
    seen.add(c.code);
    const o = document.createElement('option');
    o.value = c.code;
    o.label = c.name;
    dl.append(o);
  }
}

function init() {
  buildTypeBoxes();
  filtersToForm(state.filters);
  mapView = new MapView($('map'), {
    tooltip: $('tooltip'),
    onOpenEvent: (id) => (location.href = `/event.html?id=${encodeURIComponent(id)}`),
    onShowList: showCluster,
  });
  timeline = new TimelineView($('timeline'), (range) => {
    state.filters.from = range ? dayString(range[0]) : '';
    state.filters.to = range ? dayString(range[1]) : '';
    state.offset = 0;
    filtersToForm(state.filters);
    void refresh();
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    state = { filters: formToFilters(), offset: 0 };
    void refresh({ push: true });
  });
  $('clear').addEventListener('click', () => {
    state = { filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])), offset: 0 };
    filtersToForm(state.filters);
    void refresh({ push: true });
  });
  $('prev').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE);
    void refresh({ push: true });
  });
  $('next').addEventListener('click', () => {
    state.offset += PAGE;
    void refresh({ push: true });
  });
  $('zoom-in').addEventListener('click', () => mapView.zoom(1.5));
  $('zoom-out').addEventListener('click', () => mapView.zoom(1 / 1.5));
  $('zoom-reset').addEventListener('click', () => mapView.reset());
  $('cluster-close').addEventListener('click', () => {
    $('cluster-list').hidden = true;
    $('map').focus();
  });
  $('cluster-list').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      $('cluster-list').hidden = true;
      $('map').focus();
    }
  });
  window.addEventListener('popstate', () => {
    state = readUrl();
    filtersToForm(state.filters);
    void refresh();
  });
  void loadCountries().catch(() => ($('map').dataset.basemap = 'missing'));
  void refresh();
}

init();
