/**
 * The HTTP API, called in-process (`app.request`) over a store of hand-written fixture articles
 * and the founding article.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { createServerApp } from '../src/server/server-app.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { fixtureDocument } from './helpers/fixture-records.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { FOUNDING_TEXT, servedStore } from './helpers/served-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-server-'));
let store: Store;
let app: Hono;

before(async () => {
  store = await servedStore(join(dir, 'api.db'));
  app = createServerApp({ store, writeToken: 'secret-token-1234', maxBodyBytes: 64 * 1024 });
});
after(async () => {
  await store.close();
});

async function getJson(path: string, status = 200): Promise<Record<string, unknown>> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

async function problem(res: Response, status: number): Promise<{ detail: string; parameter?: string }> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    parameter?: string;
  };
  assert.equal(body.status, status);
  assert.ok(body.title && body.type && body.detail, 'type, title and detail are given');
  return body;
}

type EventList = {
  total: number;
  limit: number;
  offset: number;
  events: { id: string; type: string; location?: { country: string } }[];
};

async function baghdadId(): Promise<string> {
  const list = (await getJson('/api/events?country=IQ')) as unknown as EventList;
  assert.equal(list.total, 1);
  return list.events[0]!.id;
}

describe('event list', () => {
  test('lists every merged event newest first, with the total', async () => {
    const list = (await getJson('/api/events')) as unknown as EventList;
    assert.equal(list.total, 6);
    assert.equal(list.events.length, 6);
    assert.equal(list.events.at(-1)!.location?.country, 'IQ', 'the 2020 rally is the oldest');
  });

  test('pages with limit and offset', async () => {
    const a = (await getJson('/api/events?limit=4')) as unknown as EventList;
    const b = (await getJson('/api/events?limit=4&offset=4')) as unknown as EventList;
    assert.equal(a.events.length, 4);
    assert.equal(b.events.length, 2);
    assert.equal(new Set([...a.events, ...b.events].map((e) => e.id)).size, 6);
    const past = (await getJson('/api/events?offset=99')) as unknown as EventList;
    assert.deepEqual(past.events, []);
  });

  test('filters as dateline events does', async () => {
    const total = async (q: string) => ((await getJson(`/api/events?${q}`)) as unknown as EventList).total;
    assert.equal(await total('type=PROTEST'), 4);
    assert.equal(await total('type=protest,coerce'), 5);
    assert.equal(await total('country=ng'), 4);
    assert.equal(await total('from=2021-05-01&to=2021-05-10'), 3);
    assert.equal(await total('actor=nurses'), 1);
    assert.equal(await total('text=tear%20gas'), 1);
    assert.equal(await total('min-sources=2'), 1);
    assert.equal(await total('near=33.3,44.4,50'), 1);
    assert.equal(await total('type=PROTEST&country=IQ&from=2020-01-24&to=2020-01-24'), 1);
  });

  test('wrong filters and pages are 400 problems naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/events?country=Iraq', 'country'],
      ['/api/events?type=RIOT', 'type'],
      ['/api/events?from=24/01/2020', 'from'],
      ['/api/events?near=1,2', 'near'],
      ['/api/events?limit=ten', 'limit'],
      ['/api/events?limit=5000', 'limit'],
      ['/api/events?offset=-1', 'offset'],
      [`/api/events?actor=${'x'.repeat(600)}`, 'actor'],
    ];
    for (const [path, parameter] of cases) {
      const body = await problem(await app.request(path), 400);
      assert.equal(body.parameter, parameter, path);
      assert.doesNotMatch(body.detail, /--/, 'API messages name parameters, not CLI options');
    }
  });

  test('event points carry every matching event as parallel arrays', async () => {
    const p = (await getJson('/api/event-points?type=PROTEST')) as Record<string, unknown[]> & { total: number };
    assert.equal(p.total, 4);
    for (const k of ['id', 'day', 'type', 'lat', 'lon', 'country', 'sources']) assert.equal(p[k]!.length, 4, k);
    assert.ok(p.day!.includes('2020-01-24'));
    assert.ok(p.type!.every((t) => t === 'PROTEST'));
  });
});

describe('one event, one document', () => {
  test('an event comes with each report, its evidence as words, and provenance', async () => {
    const id = await baghdadId();
    const detail = (await getJson(`/api/events/${id}`)) as {
      event: { id: string; type: string };
      reports: {
        evidence: { field: string; text: string }[];
        provenance: { stage: string; confidence: number };
        document: { id: string };
      }[];
    };
    assert.equal(detail.event.id, id);
    assert.equal(detail.event.type, 'PROTEST');
    const [report] = detail.reports;
    assert.ok(report);
    const words = (field: string) => report.evidence.filter((e) => e.field === field).map((e) => e.text);
    assert.ok(words('place').includes('Baghdad'));
    assert.ok(words('date').length > 0);
    assert.ok(words('actor').length > 0);
    assert.equal(typeof report.provenance.stage, 'string');
    assert.ok(report.provenance.confidence > 0 && report.provenance.confidence <= 1);
    for (const e of report.evidence) assert.ok(FOUNDING_TEXT.includes(e.text));
  });

  test('unknown or malformed event ids are 404 problems', async () => {
    await problem(await app.request('/api/events/999999'), 404);
    await problem(await app.request('/api/events/..%2F..%2Fetc'), 404);
  });

  test('a document comes with its exact text and its annotation layers', async () => {
    const id = await baghdadId();
    const detail = (await getJson(`/api/events/${id}`)) as { reports: { document: { id: string } }[] };
    const doc = (await getJson(`/api/documents/${detail.reports[0]!.document.id}`)) as {
      text: string;
      document: { outlet?: string; recordId: string };
      record: Record<string, unknown[]>;
    };
    assert.equal(doc.text, FOUNDING_TEXT);
    assert.equal(doc.document.recordId, 'baghdad-rally');
    for (const layer of ['entities', 'timexes', 'places', 'quotes', 'attributions', 'events', 'warnings']) {
      assert.ok(Array.isArray(doc.record[layer]), layer);
    }
    assert.ok(doc.record.events!.length >= 1);
    await problem(await app.request('/api/documents/424242'), 404);
    await problem(await app.request('/api/documents/abc'), 404);
  });
});

describe('search and export', () => {
  test('search finds articles and marks the match; q is required', async () => {
    const res = (await getJson('/api/search?q=pensions')) as {
      hits: { snippet: string; document: { recordId: string } }[];
    };
    assert.equal(res.hits.length, 1);
    assert.equal(res.hits[0]!.document.recordId, 'herald-2');
    assert.match(res.hits[0]!.snippet, /\[pensions\]/);
    assert.equal(((await getJson('/api/search?q=Soleimani')) as { hits: unknown[] }).hits.length, 1);
    assert.equal((await problem(await app.request('/api/search'), 400)).parameter, 'q');
  });

  test('exports in every format of dateline export, filtered', async () => {
    const geo = await app.request('/api/export?format=geojson&type=PROTEST');
    assert.equal(geo.status, 200);
    assert.match(geo.headers.get('content-disposition') ?? '', /attachment; filename="dateline-events\./);
    const fc = (await geo.json()) as { type: string; features: unknown[] };
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 4);
    const csv = await (await app.request('/api/export?format=acled-csv&country=IQ')).text();
    const lines = csv.trim().split('\n');
    assert.match(lines[0]!, /event_id_cnty/);
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /Iraq/);
    const jsonl = await (await app.request('/api/export?format=jsonl')).text();
    assert.equal(jsonl.trim().split('\n').length, 6);
    const plover = await (await app.request('/api/export?format=plover-json&country=KE')).text();
    assert.equal(plover.trim().split('\n').length, 1);
    assert.equal((await problem(await app.request('/api/export?format=xlsx'), 400)).parameter, 'format');
  });
});

describe('extract', () => {
  const text = 'Farmers blocked the main road into Kisumu on Monday, 3 March 2025, to protest the price of fertiliser.';

  test('takes plain text, HTML and JSON, and answers the record', async () => {
    const plain = await app.request('/api/extract?published=2025-03-04&outlet=Lake%20Times', {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    assert.equal(plain.status, 200);
    const r1 = (await plain.json()) as {
      text: string;
      document: { published?: string; outlet?: string };
      events: unknown[];
    };
    assert.equal(r1.text, text);
    assert.equal(r1.document.published, '2025-03-04');
    assert.equal(r1.document.outlet, 'Lake Times');
    assert.ok(Array.isArray(r1.events));
    const html = await app.request('/api/extract', {
      method: 'POST',
      body: `<html><head><title>Road blocked</title></head><body><article><h1>Road blocked</h1><p>${text}</p></article></body></html>`,
      headers: { 'content-type': 'text/html' },
    });
    assert.equal(html.status, 200);
    assert.match(((await html.json()) as { text: string }).text, /Farmers blocked the main road/);
    const json = await app.request('/api/extract', {
      method: 'POST',
      body: JSON.stringify({ id: 'k1', text, published: '2025-03-04' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(json.status, 200);
    assert.equal(((await json.json()) as { id: string }).id, 'k1');
  });

  test('bad bodies are problems: empty, unknown fields, wrong types, unsupported media, too large', async () => {
    const post = (body: string, type: string) =>
      app.request('/api/extract', { method: 'POST', body, headers: { 'content-type': type } });
    assert.match((await problem(await post('   ', 'text/plain'), 422)).detail, /empty/);
    assert.equal((await problem(await post('{"txt": "x"}', 'application/json'), 422)).parameter, 'txt');
    assert.equal((await problem(await post('{"text": 5}', 'application/json'), 422)).parameter, 'text');
    await problem(await post('[1,2]', 'application/json'), 422);
    await problem(await post('{"text": ', 'application/json'), 400);
    await problem(await post(JSON.stringify({ text, published: 'yesterday' }), 'application/json'), 422);
    await problem(await post(text, 'application/pdf'), 415);
    await problem(await post('a'.repeat(70 * 1024), 'text/plain'), 413);
  });
});

describe('writing', () => {
  const article =
    'Dock workers walked out in Mombasa on Tuesday, 8 April 2025, over unpaid overtime, their union said.';

  test('storing an article needs the token when one is set', async () => {
    const send = (auth?: string) =>
      app.request('/api/documents?published=2025-04-09', {
        method: 'POST',
        body: article,
        headers: { 'content-type': 'text/plain', ...(auth && { authorization: auth }) },
      });
    const before = (await store.stats()).documents;
    const denied = await send();
    await problem(denied, 401);
    assert.match(denied.headers.get('www-authenticate') ?? '', /Bearer/);
    await problem(await send('Bearer wrong-token-0000'), 401);
    assert.equal((await store.stats()).documents, before, 'nothing was written without the token');
    const created = await send('Bearer secret-token-1234');
    assert.equal(created.status, 201);
    assert.equal(((await created.json()) as { stored: boolean }).stored, true);
    assert.equal((await store.stats()).documents, before + 1);
    const again = await send('Bearer secret-token-1234');
    assert.equal(again.status, 200, 'the same article twice is stored once');
    assert.equal(((await again.json()) as { stored: boolean }).stored, false);
    const hits = (await getJson('/api/search?q=Mombasa')) as { hits: unknown[] };
    assert.equal(hits.hits.length, 1);
  });

  test('without a token set, a loopback server stores without one', async () => {
    const open = createServerApp({ store, web: false });
    const res = await open.request('/api/documents', {
      method: 'POST',
      body: JSON.stringify({ text: 'Teachers marched in Eldoret on 2 April 2025 demanding new contracts.' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 201);
    await problem(await open.request('/'), 404);
  });
});

describe('documents of the API and the web app', () => {
  test('the OpenAPI document describes every API route', async () => {
    const doc = (await getJson('/openapi.json')) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\.1/);
    const routes = [
      '/api/extract',
      '/api/documents',
      '/api/documents/{id}',
      '/api/events',
      '/api/event-points',
      '/api/events/{id}',
      '/api/search',
      '/api/export',
      '/api/stats',
    ];
    for (const r of routes) assert.ok(doc.paths[r], r);
    assert.ok(doc.paths['/api/documents']!.post, 'storing is a POST');
  });

  test('pages and the basemap are served from this process with a strict content policy', async () => {
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await page.text();
    assert.doesNotMatch(html, /https?:\/\//, 'nothing is loaded from elsewhere');
    for (const p of ['/event.html', '/extract.html', '/app.css', '/explore-page.js', '/map-view.js']) {
      assert.equal((await app.request(p)).status, 200, p);
    }
    const base = (await getJson('/basemap.json')) as { countries: { code: string; rings: number[][] }[] };
    const iraq = base.countries.find((c) => c.code === 'IQ');
    assert.ok(iraq && iraq.rings[0]!.length > 10);
    const [lon, lat] = iraq.rings[0]!;
    assert.ok(lon! > 38 && lon! < 49 && lat! > 29 && lat! < 38, 'Iraq is where Iraq is');
    await problem(await app.request('/..%2Fpackage.json'), 404);
    await problem(await app.request('/%2E%2E/%2E%2E/package.json'), 404);
    await problem(await app.request('/nowhere.html'), 404);
  });

  test('the events page names its first API requests in its head, spelt as its scripts ask for them', async () => {
    const html = await (await app.request('/?type=PROTEST&from=2021-05-01&offset=50&bogus=1')).text();
    const preloads = [...html.matchAll(/<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"/g)].map(
      (m) => m[1]!.replaceAll('&amp;', '&'),
    );
    assert.deepEqual(preloads, [
      '/api/event-points?type=PROTEST',
      '/api/events?type=PROTEST&from=2021-05-01&limit=50&offset=50',
    ]);
    assert.match(await (await app.request('/')).text(), /href="\/api\/event-points"/);
    assert.equal((await app.request(preloads[1]!)).status, 200);
  });

  test("the web app's files and the basemap carry ETags, and a browser holding them gets a 304", async () => {
    for (const p of ['/', '/explore-page.js', '/app.css', '/basemap.json']) {
      const first = await app.request(p);
      const tag = first.headers.get('etag');
      assert.match(tag ?? '', /^"[\w-]+"$/, p);
      const again = await app.request(p, { headers: { 'if-none-match': tag! } });
      assert.equal(again.status, 304, p);
      assert.equal(await again.text(), '', p);
      const stale = await app.request(p, { headers: { 'if-none-match': '"not-it"' } });
      assert.equal(stale.status, 200, p);
    }
  });

  test('stats count the store', async () => {
    const s = (await getJson('/api/stats')) as { documents: number; mergedEvents: number };
    assert.ok(s.documents >= 8);
    assert.ok(s.mergedEvents >= 6);
  });
});

describe('answers kept by the server', () => {
  test('the list and the map points follow a write by another process at once', async () => {
    const path = join(dir, 'shared.db');
    const served = SqliteStore.open(path);
    await served.writeBatch(FIXTURE_CORPUS.slice(0, 2).map(fixtureDocument));
    const open = createServerApp({ store: served, web: false });
    const total = async () => ((await (await open.request('/api/events')).json()) as EventList).total;
    const points = async () => ((await (await open.request('/api/event-points')).json()) as { id: string[] }).id.length;
    const before = await served.countEvents({});
    assert.equal(await total(), before);
    assert.equal(await points(), before);
    assert.equal(await total(), before, 'asked again: the kept answer');
    // Another connection (as `dateline ingest` in another process) adds events.
    const other = SqliteStore.open(path);
    await other.writeBatch(FIXTURE_CORPUS.slice(2).map(fixtureDocument));
    await other.close();
    const now = await served.countEvents({});
    assert.ok(now > before);
    assert.equal(await total(), now);
    assert.equal(await points(), now);
    await served.close();
  });
});
