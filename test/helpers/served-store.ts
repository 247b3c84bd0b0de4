/**
 * A store for the server and browser tests: the fixture corpus plus the founding article, run
 * through the real pipeline. Until the pipeline finds the article's events itself, the founding
 * article's record is given a hand-written rally event (with evidence found in its own text), so
 * that the event page always has the founding event to show.
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

/** Whether the founding article's event came from the pipeline (false: the hand-written one). */
export let foundingEventExtracted = false;

/** The founding article as the store takes it. */
export function foundingDocument() {
  const article = { id: 'baghdad-rally', text: FOUNDING_TEXT };
  const record = extract(article);
  foundingEventExtracted = record.events.some((e) => e.type === 'PROTEST');
  if (!foundingEventExtracted) {
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
export async function servedStore(path: string): Promise<Store> {
  const store = SqliteStore.open(path);
  await store.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));
  await store.writeBatch([foundingDocument()]);
  return store;
}
