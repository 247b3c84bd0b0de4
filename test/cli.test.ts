import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { DatelineRecord } from '../src/record/record-types.js';
import { assertValidRecord, REPO_ROOT } from './helpers/record-checks.js';

const BIN = fileURLToPath(new URL('bin/dateline', REPO_ROOT));
const SEED = fileURLToPath(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT));
const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('extract prints one pretty v1 record for the example article', () => {
  const r = run(['extract', SEED]);
  assert.equal(r.code, 0, r.err);
  const record = JSON.parse(r.out) as DatelineRecord;
  assertValidRecord(record);
  assert.equal(record.document.published, '2020-01-24');
  assert.equal(record.document.furniture.length, 1);
  assert.ok(r.out.startsWith('{\n'));
});

test('JSON Lines round-trip ids in input order, bad lines become error records and the batch goes on', () => {
  const input = file(
    'batch.jsonl',
    [
      JSON.stringify({ id: 'b', text: 'Police arrested 12 people in Lagos on Monday.', published: '2021-06-07' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'c', html: '<p>' + 'Hundreds marched in Quito against fuel prices. '.repeat(4) + '</p>' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'a', text: 'Talks resumed in Geneva.' }),
    ].join('\n') + '\n',
  );
  const r = run(['extract', input]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => l.id),
    ['b', null, 'c', 'd', 'a'],
  );
  assert.match(lines[1].error.input, /batch\.jsonl:2$/);
  assert.match(lines[1].error.message, /malformed JSON/);
  assert.match(lines[3].error.message, /neither a "text" nor an "html"/);
  assert.match(r.err, /batch\.jsonl:2: malformed JSON/);
  assert.match(r.err, /2 of 5 records failed/);
  for (const l of [lines[0], lines[2], lines[4]]) assertValidRecord(l);
  assert.equal(lines[0].document.published, '2021-06-07');
  assert.equal(run(['extract', '--strict', input]).code, 1);
});

test('standard input, --published and --no-text', () => {
  const r = run(['extract', '--published', '2019-05-01', '--no-text', '-'], 'Rebels attacked a convoy near Goma.');
  assert.equal(r.code, 0, r.err);
  const record = JSON.parse(r.out);
  assert.equal(record.text, undefined);
  assert.equal(record.document.published, '2019-05-01');
});

test('bad input gets one clear line naming it, a non-zero exit and no stack trace', () => {
  const cases: [string[], number, RegExp][] = [
    [['extract', file('empty.txt', '')], 1, /empty\.txt: empty input/],
    [['extract', file('img.txt', new Uint8Array([0x89, 0x50, 0, 0, 1, 2]))], 1, /img\.txt: binary data/],
    [['extract', join(dir, 'missing.txt')], 1, /missing\.txt: no such file/],
    [['extract', '--max-size', '10', SEED], 1, /over the size limit of 10 bytes/],
    [['extract', file('nav.html', '<html><body><nav>Home</nav></body></html>')], 1, /nav\.html: no article text/],
    [['extract', '--in', 'pdf', SEED], 2, /unknown --in 'pdf'/],
    [['extract', '--published', 'soon', SEED], 2, /--published must be YYYY-MM-DD/],
    [['frobnicate'], 2, /unknown command 'frobnicate'/],
  ];
  for (const [args, code, message] of cases) {
    const r = run(args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('--help and --version', () => {
  assert.match(run(['--help']).out, /Commands:\n\s+extract/);
  assert.match(run(['extract', '--help']).out, /Exit codes:/);
  assert.match(run(['--version']).out, /^\d+\.\d+\.\d+\n$/);
});

test('a reader that stops early ends the output quietly, with no stack trace', async () => {
  const { spawn } = await import('node:child_process');
  // Many records, written one by one: the pipe is closed while they are still coming.
  const lines = Array.from({ length: 300 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: `Police arrested ${i} people in Lagos on Monday.`, published: '2021-06-07' }),
  );
  const input = file('many.jsonl', lines.join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'extract', input], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // Like `| head -n 1`: read one chunk, then close the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(err, '');
  assert.equal(code, 0);
});
