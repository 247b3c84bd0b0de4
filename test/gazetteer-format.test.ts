/**
 * An index from another version of Dateline is refused with its reason (not read wrongly), and
 * the name filter answers for whatever size it was built with.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createPipeline } from '../src/core/pipeline.js';
import { Doc } from '../src/core/doc.js';
import { GAZETTEER_FORMAT, gazetteerFormat } from '../src/gazetteer/gazetteer.js';
import { filterAdd, filterHas } from '../src/gazetteer/name-filter.js';
import { places } from '../src/stages/places/index.js';
import { sentences } from '../src/stages/sentences.js';

test('the name filter answers for the size it was built with', () => {
  for (const bytes of [64, 4096]) {
    const bits = new Uint8Array(bytes);
    const names = ['kisumu', 'ouagadougou', 'tal tamer', '~mirpurkhas'];
    for (const n of names) filterAdd(bits, n);
    for (const n of names) assert.ok(filterHas(bits, n), `${n} in a ${bytes}-byte filter`);
  }
  const big = new Uint8Array(4096);
  filterAdd(big, 'kisumu');
  assert.equal(filterHas(big, 'zorblatistan'), false);
});

test('an index from another version is refused, with the reason in the warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-gaz-'));
  const path = join(dir, 'old.sqlite');
  const db = new Database(path);
  db.exec("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL); INSERT INTO meta VALUES ('built', 'then')");
  db.close();
  assert.equal(gazetteerFormat(path), undefined);
  assert.notEqual(GAZETTEER_FORMAT, undefined);
  process.env.DATELINE_GAZETTEER = path;
  const doc = createPipeline([sentences(), places()]).run(
    Doc.create('Traders in Kisumu closed their stalls.', { published: '2021-05-03' }),
  );
  assert.equal(doc.layer('place').length, 0);
  const warning = doc.warnings.find((w) => w.kind === 'gazetteer-missing');
  assert.ok(warning, 'a warning says why places were skipped');
  assert.match(warning.message, /another version of Dateline \(format none, this one reads \d+\)/);
  assert.match(warning.message, /npm run build:gazetteer/);
});
