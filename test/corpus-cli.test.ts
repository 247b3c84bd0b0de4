import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureDocument } from './helpers/fixture-records.js';
import { REPO_ROOT } from './helpers/record-checks.js';

const BIN = fileURLToPath(new URL('bin/dateline', REPO_ROOT));
const dir = mkdtempSync(join(tmpdir(), 'dateline-corpus-cli-'));
const DB = join(dir, 'fixture.db');
{
  const store = SqliteStore.open(DB);
  await store.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));
  await store.close();
}

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('dateline ingest writes ./dateline.db by default and prints a JSON summary off a terminal', () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-cwd-'));
  writeFileSync(join(work, 'a.txt'), 'Police arrested 12 people in Lagos on Monday after a protest over fuel prices.');
  writeFileSync(join(work, 'b.txt'), 'The council voted on Wednesday to build a second bridge over the river.');
  const r = run(['ingest', '--workers', '1', '--worker-heap', '200', 'a.txt', 'b.txt', 'missing.txt'], work);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out) as {
    added: number;
    errors: number;
    errorSamples: { input: string; message: string }[];
  };
  assert.equal(summary.added, 2);
  assert.equal(summary.errors, 1);
  assert.deepEqual(summary.errorSamples, [{ input: 'missing.txt', message: 'no such file or directory' }]);
  assert.match(r.err, /ingest: .*articles/, 'plain progress lines on a non-terminal stderr');
  const stats = run(['stats'], work);
  assert.equal(stats.code, 0, stats.err);
  const s = JSON.parse(stats.out) as Record<string, number>;
  for (const k of ['documents', 'events', 'mergedEvents', 'errors']) assert.equal(typeof s[k], 'number', k);
  assert.equal(s.documents, 2);
  assert.equal(s.errors, 1);
  const again = run(['ingest', '--strict', 'a.txt', 'b.txt'], work);
  assert.equal(again.code, 0);
  assert.equal((JSON.parse(again.out) as { added: number }).added, 0);
});

test('dateline events filters and prints JSON Lines, a JSON array, or a table', () => {
  const ke = run(['events', '--db', DB, '--country', 'KE']);
  assert.equal(ke.code, 0, ke.err);
  const lines = ke.out.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal((JSON.parse(lines[0]!) as { type: string }).type, 'COERCE');
  const multi = run([
    'events',
    '--db',
    DB,
    '--type',
    'protest',
    '--near',
    '6.5,3.4,30',
    '--from',
    '2021-05-01',
    '--out',
    'json',
  ]);
  const arr = JSON.parse(multi.out) as { sources: number; outlets: string[] }[];
  assert.equal(arr.length, 2);
  assert.equal(run(['events', '--db', DB, '--min-sources', '2']).out.trim().split('\n').length, 1);
  assert.equal(
    run(['events', '--db', DB, '--actor', 'armed group', '--text', 'villagers']).out.trim().split('\n').length,
    1,
  );
  assert.equal(run(['events', '--db', DB, '--limit', '2', '--offset', '1']).out.trim().split('\n').length, 2);
  const table = run(['events', '--db', DB, '--out', 'table']);
  assert.match(table.out, /^\s*ID\s+DATE\s+TYPE\s+PLACE/);
  assert.match(table.out, /PROTEST\/demo\s+Lagos, NG/);
  assert.match(table.out, /5 of 5 events/);
  assert.equal(run(['events', '--db', DB, '--out', 'json', '--country', 'FR']).out, '[]\n');
});

test('dateline search, stats and export', () => {
  const s = run(['search', '--db', DB, 'tear', 'gas', '--out', 'json']);
  assert.equal(s.code, 0, s.err);
  assert.equal((JSON.parse(s.out) as unknown[]).length, 3);
  const stats = run(['stats', '--db', DB, '--out', 'table']);
  assert.match(stats.out, /merged events\s+5/);
  const csvPath = join(dir, 'events.csv');
  const ex = run(['export', '--db', DB, '--format', 'acled-csv', '--output', csvPath, '--country', 'NG']);
  assert.equal(ex.code, 0, ex.err);
  assert.match(ex.err, /4 events written/);
  assert.equal(readFileSync(csvPath, 'utf8').trim().split('\n').length, 5);
  const geo = run(['export', '--db', DB, '--format', 'geojson']);
  assert.equal((JSON.parse(geo.out) as { features: unknown[] }).features.length, 5);
});

test('usage mistakes exit 2, a missing database exits 1 without creating one', () => {
  for (const args of [
    ['events', '--db', DB, '--type', 'PARADE'],
    ['events', '--db', DB, '--near', '100,0,5'],
    ['events', '--db', DB, '--from', '4 May'],
    ['events', '--db', DB, '--country', 'Nigeria'],
    ['export', '--db', DB],
    ['export', '--db', DB, '--format', 'xml'],
    ['search', '--db', DB],
    ['ingest'],
    ['ingest', '--workers', 'two', 'x'],
    ['ingest', '--worker-heap', '16', 'x'],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /--help/);
  }
  const missing = run(['stats', '--db', join(dir, 'nope.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no such database/);
  assert.equal(run(['events', '--db', join(dir, 'nope.db')]).code, 1);
  for (const c of ['ingest', 'events', 'search', 'stats', 'export']) {
    const h = run([c, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, new RegExp(`^Usage: dateline ${c}`));
    assert.match(h.out, /--db PATH/);
  }
});
