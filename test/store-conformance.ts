/**
 * The store conformance suite: every implementation of `Store` runs it with a factory that
 * gives a fresh, empty store. It tests the contract (idempotent batches, merging, near-duplicate
 * sources, filters, search, consistency), never one implementation's internals.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Store } from '../src/store/store.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureDocument, type FixtureArticle } from './helpers/fixture-records.js';

/** Makes a fresh, empty store; called once per test. */
export type StoreFactory = () => Promise<Store>;

async function loaded(factory: StoreFactory): Promise<Store> {
  const store = await factory();
  // Two batches, so that merging across batches is exercised too.
  await store.writeBatch(FIXTURE_CORPUS.slice(0, 2).map(fixtureDocument));
  await store.writeBatch(FIXTURE_CORPUS.slice(2).map(fixtureDocument));
  return store;
}

async function ids(store: Store, filter: Parameters<Store['listEvents']>[0]): Promise<string[][]> {
  const list = await store.listEvents(filter, { limit: 100 });
  assert.equal(await store.countEvents(filter), list.length, 'countEvents agrees with listEvents');
  assert.deepEqual(
    await store.listEventPoints(filter, { limit: 100 }),
    list.map((e) => ({
      id: e.id,
      day: e.date.earliest.slice(0, 10),
      type: e.type,
      lat: e.location?.lat ?? null,
      lon: e.location?.lon ?? null,
      country: e.location?.country ?? null,
      sources: e.sources,
    })),
    'listEventPoints is listEvents reduced to points, in the same order',
  );
  assert.deepEqual(
    JSON.parse(await store.listEventsJson(filter, { limit: 100 })),
    list,
    'listEventsJson is listEvents as JSON',
  );
  const out: string[][] = [];
  for (const e of list) {
    const detail = await store.getEvent(e.id);
    assert.deepEqual(e, detail?.event, 'a listed event is the event as getEvent reads it');
    out.push(detail!.reports.map((r) => r.document.recordId).sort());
  }
  return out;
}

/** Runs the suite against the stores `factory` makes. */
export function storeConformance(name: string, factory: StoreFactory): void {
  describe(`store conformance: ${name}`, () => {
    test('a written document reads back with its record, text and metadata', async () => {
      const store = await factory();
      const doc = fixtureDocument(FIXTURE_CORPUS[0]!);
      const res = await store.writeBatch([doc]);
      assert.deepEqual(res, { documents: 1, events: 1, errors: 0 });
      assert.deepEqual([...(await store.knownHashes([doc.hash, 'f'.repeat(64)]))], [doc.hash]);
      const [hit] = await store.search('tear gas');
      assert.ok(hit, 'full-text search finds the document');
      const stored = await store.getDocument(hit.document.id);
      assert.equal(stored?.text, doc.text);
      assert.equal(stored?.outlet, 'Lagos Herald');
      assert.equal(stored?.recordId, 'herald-1');
      const record = await store.getRecord(hit.document.id);
      assert.deepEqual(record, doc.record);
      await store.close();
    });

    test('writing the same batch twice adds nothing', async () => {
      const store = await factory();
      const docs = FIXTURE_CORPUS.map(fixtureDocument);
      const errors = [{ hash: 'e'.repeat(64), input: 'bad.jsonl:3', message: 'malformed JSON' }];
      const first = await store.writeBatch(docs, errors);
      assert.deepEqual(first, { documents: 7, events: 7, errors: 1 });
      const before = await store.stats();
      assert.deepEqual(await store.writeBatch(docs, errors), { documents: 0, events: 0, errors: 0 });
      assert.deepEqual(await store.stats(), before);
      assert.equal((await store.knownHashes(errors.map((e) => e.hash))).size, 1, 'errors count as known');
      assert.deepEqual(await store.check(), []);
      await store.close();
    });

    test('the change mark moves with every write', async () => {
      const store = await factory();
      const m0 = await store.changeMark();
      await store.writeBatch(FIXTURE_CORPUS.slice(0, 2).map(fixtureDocument));
      const m1 = await store.changeMark();
      assert.notEqual(m1, m0, 'a batch of documents');
      await store.writeBatch([], [{ hash: 'c'.repeat(64), input: 'y.txt', message: 'empty' }]);
      assert.notEqual(await store.changeMark(), m1, 'a batch of errors');
      await store.close();
    });

    test('stats count documents, duplicates, events, merged events, outlets and errors', async () => {
      const store = await loaded(factory);
      await store.writeBatch([], [{ hash: 'a'.repeat(64), input: 'x.html', message: 'binary data' }]);
      assert.deepEqual(await store.stats(), {
        documents: 7,
        duplicates: 1,
        records: 7,
        events: 7,
        mergedEvents: 5,
        sources: 6,
        errors: 1,
      });
      const [err] = await store.listErrors();
      assert.equal(err?.input, 'x.html');
      assert.equal(err?.message, 'binary data');
      await store.close();
    });

    test('reports of one protest by three articles become one event; the syndicated copy is not a source', async () => {
      const store = await loaded(factory);
      const [lagos] = await store.listEvents({ types: ['PROTEST'], minSources: 2 });
      assert.ok(lagos);
      assert.equal(lagos.reports, 3);
      assert.equal(lagos.sources, 2, 'the wire copy repeats the Herald and counts once');
      assert.deepEqual(lagos.outlets, ['Lagos Herald', 'Abuja Times', 'Daily Wire Service']);
      assert.equal(lagos.documents.length, 3);
      assert.equal(lagos.location?.name, 'Lagos');
      assert.equal(lagos.date.value, '2021-05-04');
      const detail = await store.getEvent(lagos.id);
      const copy = detail!.reports.find((r) => r.document.recordId === 'wire-copy-3');
      const original = detail!.reports.find((r) => r.document.recordId === 'herald-1');
      assert.equal(copy?.document.duplicateOf, original?.document.id);
      assert.equal((await store.getDocument(original!.document.id))?.duplicateOf, undefined);
      await store.close();
    });

    test('events in another city, on another day, of another type or in another country stay apart', async () => {
      const store = await loaded(factory);
      const all = (await ids(store, {})).map((r) => r.join(','));
      assert.equal(all.length, 5);
      assert.ok(all.includes('herald-1,times-7,wire-copy-3'));
      for (const single of ['ibadan-2', 'herald-2', 'kaduna-9', 'nairobi-4']) assert.ok(all.includes(single), single);
      assert.equal(all[0], 'kaduna-9', 'newest first');
      await store.close();
    });

    test('two events of one article are never merged with each other', async () => {
      const store = await factory();
      const text =
        'Traders protested in Lagos on 4 May 2021 over market fees. Later that day, bus drivers protested in Lagos against fuel costs.';
      const article: FixtureArticle = {
        id: 'two',
        text,
        events: [
          {
            type: 'PROTEST',
            date: '2021-05-04',
            dateText: '4 May 2021',
            trigger: 'protested',
            place: { name: 'Lagos', lat: 6.455, lon: 3.384, country: 'NG', text: 'Lagos' },
          },
          {
            type: 'PROTEST',
            date: '2021-05-04',
            dateText: 'that day',
            trigger: 'bus drivers protested',
            place: { name: 'Lagos', lat: 6.455, lon: 3.384, country: 'NG', text: 'Lagos' },
          },
        ],
      };
      await store.writeBatch([fixtureDocument(article)]);
      assert.equal((await store.stats()).mergedEvents, 2);
      await store.close();
    });

    test('filters: type, ACLED type, country, admin1, dates, near, actor, text, minimum sources', async () => {
      const store = await loaded(factory);
      const count = (f: Parameters<Store['countEvents']>[0]) => store.countEvents(f);
      assert.equal(await count({ types: ['PROTEST'] }), 3);
      assert.equal(await count({ types: ['PROTEST', 'COERCE'] }), 4);
      assert.equal(await count({ acledType: 'protests' }), 1);
      assert.equal(await count({ country: 'KE' }), 1);
      assert.equal(await count({ country: 'ng' }), 4);
      assert.equal(await count({ admin1: 'Kaduna' }), 1);
      assert.equal(await count({ from: '2021-05-01', to: '2021-05-10' }), 3);
      assert.equal(await count({ from: '2021-05-20', to: '2021-05-20' }), 1);
      assert.equal(await count({ near: { lat: 6.5, lon: 3.4, km: 30 } }), 2, 'the two Lagos protests');
      assert.equal(await count({ near: { lat: 6.5, lon: 3.4, km: 200 } }), 3, 'and Ibadan, 120 km away');
      assert.equal(await count({ actor: 'gunmen' }), 0, 'actor filter is on names, not surfaces');
      assert.equal(await count({ actor: 'armed group' }), 1);
      assert.equal(await count({ actor: 'nurses' }), 1);
      assert.equal(await count({ text: 'tear gas' }), 1);
      assert.equal(await count({ text: 'pensions OR grazing' }), 2);
      assert.equal(await count({ text: 'words nobody wrote' }), 0);
      assert.equal(await count({ minSources: 2 }), 1);
      assert.equal(await count({ types: ['PROTEST'], country: 'NG', from: '2021-05-04', minSources: 1 }), 3);
      const page1 = await store.listEvents({}, { limit: 2 });
      const page2 = await store.listEvents({}, { limit: 2, offset: 2 });
      assert.equal(page1.length, 2);
      assert.equal(new Set([...page1, ...page2].map((e) => e.id)).size, 4);
      await store.close();
    });

    test('an event carries its evidence; every span indexes its article', async () => {
      const store = await loaded(factory);
      const [kaduna] = await store.listEvents({ admin1: 'Kaduna' });
      assert.equal(kaduna?.fatalities, 5);
      assert.deepEqual(kaduna?.targets, [{ name: 'Civilians (Nigeria)', kind: 'civilians', country: 'NG' }]);
      const detail = await store.getEvent(kaduna!.id);
      const report = detail!.reports[0]!;
      const doc = await store.getDocument(report.document.id);
      const slice = (s: { start: number; end: number }) => doc!.text.slice(s.start, s.end);
      assert.equal(slice(report.event.date.evidence[0]!), '2 June 2021');
      assert.equal(slice(report.event.location!.evidence[0]!), 'Kaduna');
      assert.equal(slice(report.event.actors[0]!.evidence[0]!), 'Gunmen');
      assert.equal(slice(report.event.mentions[0]!), 'killed');
      assert.equal(await store.getEvent('999999'), undefined);
      assert.equal(await store.getEvent('not-an-id'), undefined);
      await store.close();
    });

    test('search ranks documents and marks the match; odd punctuation is not a syntax error', async () => {
      const store = await loaded(factory);
      const hits = await store.search('pensions');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.document.recordId, 'herald-2');
      assert.match(hits[0]!.snippet, /\[pensions\]/);
      assert.deepEqual(await store.search('"unbalanced AND ( *'), []);
      assert.equal((await store.search('"tear gas"')).length, 3);
      assert.equal((await store.search('nurses', { limit: 1 })).length, 1);
      await store.close();
    });

    test('iterating events yields every event with its reports, oldest first', async () => {
      const store = await loaded(factory);
      const dates: string[] = [];
      let reports = 0;
      for await (const d of store.iterateEvents()) {
        dates.push(d.event.date.earliest);
        reports += d.reports.length;
      }
      assert.equal(dates.length, 5);
      assert.equal(reports, 7);
      assert.deepEqual([...dates].sort(), dates);
      await store.close();
    });
  });
}
