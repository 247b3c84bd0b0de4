/**
 * A store for the server and browser tests: the fixture corpus plus the founding article. The
 * API tests give the founding article a hand-written rally event (evidence found in its own
 * text), so that their counts do not move as the pipeline improves; the browser test stores the
 * founding article as the pipeline extracts it, falling back to the hand-written event only
 * while the pipeline finds no event in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { articleHash } from '../../src/ingest/ingest-corpus.js';
import { minhashSignature } from '../../src/corpus/minhash.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { FIXTURE_CORPUS } from './fixture-corpus.js';
import { fixtureDocument, fixtureEventAttrs } from './fixture-records.js';
import { REPO_ROOT } from '../../bench/shared-data.js';

/** The founding article's text. */
export const FOUNDING_TEXT = readFileSync(join(REPO_ROOT, 'examples', 'baghdad-rally-2020-01-24.txt'), 'utf8');

/** The founding article as the store takes it; `extracted` keeps the pipeline's own events. */
export function foundingDocument(extracted = false) {
  const article = { id: 'baghdad-rally', text: FOUNDING_TEXT };
  const record = extract(article);
  if (!extracted || record.events.length === 0) {
    record.events = [
      {
        id: 'E1',
        ...fixtureEventAttrs(FOUNDING_TEXT, {
          type: 'PROTEST',
          mode: 'demo',
          date: '2020-01-24',
          dateText: 'on Friday',
          place: { name: 'Baghdad', lat: 33.3406, lon: 44.4009, country: 'IQ', text: 'Baghdad' },
          actors: [{ name: 'Protesters (Iraq)', kind: 'protesters', country: 'IQ', text: 'Iraqi protesters' }],
          size: { low: 20000, high: null, text: 'tens of thousands' },
          trigger: 'gathered',
        }),
      },
    ];
  }
  const { text, ...rest } = record;
  return {
    hash: articleHash(article),
    input: 'baghdad-rally.txt',
    text: text!,
    record: rest,
    minhash: minhashSignature(text!),
  };
}

/** A new SQLite store at `path` holding the fixture corpus and the founding article. */
export async function servedStore(path: string, extracted = false): Promise<Store> {
  const store = SqliteStore.open(path);
  await store.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));
  await store.writeBatch([foundingDocument(extracted)]);
  return store;
}
