import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseFeed } from '../src/ingest/feeds.js';
import { ingestCorpus } from '../src/ingest/ingest-corpus.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { StoreFullError } from '../src/store/store.js';
import { REPO_ROOT } from './helpers/record-checks.js';

const BIN = fileURLToPath(new URL('bin/dateline', REPO_ROOT));
const XZ_FIXTURE = fileURLToPath(new URL('test/fixtures/wire-stories.sgm.xz', REPO_ROOT));
const root = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));

function write(dir: string, name: string, content: string | Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Gazette</title>
<item><title>Bakers protest flour prices</title><link>https://gazette.example/bakers</link>
<pubDate>Tue, 04 May 2021 18:30:00 GMT</pubDate><dc:creator>A. Writer</dc:creator>
<content:encoded><![CDATA[<p>Hundreds of bakers protested outside the town hall on Tuesday.</p><p>They want the price of flour capped &amp; subsidised.</p>]]></content:encoded>
<guid>gazette-1</guid></item>
<item><title>Council approves new bridge</title><link>https://gazette.example/bridge</link>
<pubDate>Wed, 05 May 2021 08:00:00 GMT</pubDate>
<description>The council voted on Wednesday to build a second bridge over the river.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title>
<entry><title>Miners end sit-in</title><id>urn:hill:7</id>
<link rel="alternate" href="https://hill.example/miners"/><published>2021-06-01T10:00:00Z</published>
<author><name>B. Reporter</name></author>
<content type="html">&lt;p&gt;Miners ended a three-day sit-in at the Eastfield pit on Monday after the owners agreed to talks.&lt;/p&gt;</content></entry>
</feed>`;

function story(i: number): string {
  return `Workers at plant number ${i} in the northern district held a meeting on Monday about shift pattern ${i * 7}, and ${i % 13} delegates were elected to speak for them.`;
}

test('feeds: RSS and Atom items become articles with title, link, date, author and outlet', () => {
  const rss = parseFeed(RSS, 'gazette.xml');
  assert.equal(rss.length, 2);
  assert.equal(rss[0]!.title, 'Bakers protest flour prices');
  assert.equal(rss[0]!.url, 'https://gazette.example/bakers');
  assert.equal(rss[0]!.published, '2021-05-04');
  assert.equal(rss[0]!.outlet, 'Valley Gazette');
  assert.equal(rss[0]!.author, 'A. Writer');
  assert.equal(rss[0]!.id, 'gazette-1');
  assert.match(
    rss[0]!.text!,
    /^Bakers protest flour prices\n\nHundreds of bakers.*Tuesday\.\n\nThey want the price of flour capped & subsidised\.$/,
  );
  assert.equal(rss[1]!.id, 'https://gazette.example/bridge');
  const atom = parseFeed(ATOM, 'hill.atom');
  assert.equal(atom.length, 1);
  assert.equal(atom[0]!.url, 'https://hill.example/miners');
  assert.equal(atom[0]!.published, '2021-06-01');
  assert.equal(atom[0]!.author, 'B. Reporter');
  assert.equal(atom[0]!.outlet, 'Hill Times');
  assert.match(atom[0]!.text!, /Miners ended a three-day sit-in/);
  assert.throws(() => parseFeed('<html><body>no feed</body></html>', 'page.xml'), /not an RSS or Atom feed/);
});

test('ingest reads text, HTML, JSON Lines, feeds and Reuters SGML (plain and xz) from nested directories', async () => {
  const dir = join(root, 'mixed');
  write(dir, 'note.txt', 'Police arrested 12 people in Lagos on Monday after a protest over fuel prices.\n');
  write(
    join(dir, 'pages'),
    'page.html',
    '<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1><p>A storm flooded three villages on the coast on Sunday, officials said, and schools were closed.</p><p>Rescue teams reached the villages by boat on Monday morning.</p></article></body></html>',
  );
  write(
    dir,
    'batch.jsonl',
    [
      JSON.stringify({
        id: 'j1',
        text: 'Farmers marched in Kano on Friday to demand better prices.',
        published: '2021-03-05',
      }),
      JSON.stringify({
        id: 'j2',
        text: 'The minister resigned on Tuesday after a row over the budget.',
        outlet: 'Capital News',
      }),
    ].join('\n') + '\n',
  );
  write(join(dir, 'feeds'), 'gazette.rss', RSS);
  write(join(dir, 'feeds'), 'hill.atom', ATOM);
  write(dir, 'wire.sgm.xz', readFileSync(XZ_FIXTURE));
  write(dir, 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  write(dir, '.hidden.txt', 'A hidden file is not read.');
  const store = SqliteStore.open(join(root, 'mixed.db'));
  const s = await ingestCorpus(store, [dir], { workers: 2, batchSize: 3 });
  assert.equal(s.errors, 0, JSON.stringify(s.errorSamples));
  assert.equal(s.added, 1 + 1 + 2 + 2 + 1 + 2);
  assert.equal(s.files, 6, 'the image and the hidden file are passed over');
  const stats = await store.stats();
  assert.equal(stats.documents, 9);
  assert.equal(stats.records, 9);
  const [hit] = await store.search('dockworkers');
  assert.equal(hit?.document.title, 'DOCKWORKERS STRIKE IN PORT TOWN');
  assert.equal(hit?.document.published, '1987-03-12');
  const [miners] = await store.search('sit-in');
  assert.equal(miners?.document.outlet, 'Hill Times');
  assert.equal(miners?.document.url, 'https://hill.example/miners');
  const [html] = await store.search('flooded villages');
  assert.equal(html?.document.title, 'Storm hits coast');
  const rec = await store.getRecord(html!.document.id);
  assert.equal(typeof rec?.text, 'string');
  assert.deepEqual(await store.check(), []);
  await store.close();
});

test('re-ingesting adds nothing: unchanged files are skipped whole, touched ones by content hash', async () => {
  const dir = join(root, 'again');
  for (let i = 0; i < 30; i++) write(dir, `s${String(i).padStart(2, '0')}.txt`, story(i));
  const store = SqliteStore.open(join(root, 'again.db'));
  const first = await ingestCorpus(store, [dir], { workers: 1 });
  assert.equal(first.added, 30);
  const second = await ingestCorpus(store, [dir], { workers: 1 });
  assert.equal(second.added, 0);
  assert.equal(second.skippedFiles, 30);
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(dir, 's03.txt'), later, later);
  write(dir, 's99.txt', story(99));
  const third = await ingestCorpus(store, [dir], { workers: 1 });
  assert.equal(third.added, 1, 'only the new file');
  assert.equal(third.skipped, 1, 'the touched file is read, found by hash, not extracted');
  assert.equal((await store.stats()).documents, 31);
  await store.close();
});

test('an article repeated within one run is extracted once, whether its first copy is written yet or not', async () => {
  const dir = join(root, 'repeats');
  // One article per line, in order; with one worker, jobs of one article and batches of two,
  // the second copy comes before the first is written and the later ones after.
  const lines = [3, 4, 3, 5, 6, 7, 8, 3, 9, 4].map((i) => JSON.stringify({ id: `n${i}`, text: story(i) }));
  write(dir, 'wire.jsonl', lines.join('\n') + '\n');
  const store = SqliteStore.open(join(root, 'repeats.db'));
  const s = await ingestCorpus(store, [dir], { workers: 1, jobSize: 1, batchSize: 2 });
  assert.equal(s.added, 7, 'stories 3 to 9, once each');
  assert.equal(s.skipped, 3, 'the copies of stories 3 and 4');
  const stats = await store.stats();
  assert.equal(stats.documents, 7);
  assert.deepEqual(await store.check(), []);
  await store.close();
});

test('corrupt and truncated files are recorded as errors and the run goes on; a rerun records nothing twice', async () => {
  const dir = join(root, 'bad');
  write(dir, 'good.txt', story(1));
  write(dir, 'binary.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x01, 0x02]));
  write(dir, 'empty.txt', '');
  write(dir, 'lines.jsonl', JSON.stringify({ id: 'ok', text: story(2) }) + '\n{"id": "cut", "text": "The mayor sa');
  const xz = readFileSync(XZ_FIXTURE);
  write(dir, 'cut.sgm.xz', xz.subarray(0, Math.floor(xz.length / 2)));
  write(
    dir,
    'cut.sgm',
    '<REUTERS NEWID="1"><DATE>1-APR-1987</DATE><TITLE>FERRY SERVICE RESUMES</TITLE><BODY>The ferry service between the islands resumed on Wednesday after repairs.</BODY></REUTERS>\n<REUTERS NEWID="2"><TITLE>PORT',
  );
  write(dir, 'cut.rss', RSS.slice(0, RSS.indexOf('<item>', RSS.indexOf('</item>')) + 40));
  const store = SqliteStore.open(join(root, 'bad.db'));
  const s = await ingestCorpus(store, [dir], { workers: 2 });
  const messages = s.errorSamples.map((e) => `${e.input.slice(dir.length + 1)}: ${e.message}`).sort();
  assert.equal(s.added, 4, 'good.txt, the good JSONL line, the closed SGML story, the closed feed item');
  assert.equal(s.errors, 6, messages.join('\n'));
  const expect = [
    /^binary\.txt: binary data/,
    /^cut\.rss: truncated: 1 feed item/,
    /^cut\.sgm\.xz: corrupt or truncated xz/,
    /^cut\.sgm: truncated: 1 story/,
    /^empty\.txt: empty input/,
    /^lines\.jsonl:2: malformed JSON/,
  ];
  expect.forEach((re, i) => assert.match(messages[i] ?? '', re));
  assert.equal((await store.stats()).errors, 6);
  const again = await ingestCorpus(store, [dir], { workers: 2 });
  assert.equal(again.added + again.errors, 0);
  assert.equal((await store.stats()).errors, 6);
  assert.deepEqual(await store.check(), []);
  await store.close();
});

test('a full disk stops the ingest with a clear error; the store stays consistent and a rerun goes on', async () => {
  const dir = join(root, 'full');
  for (let i = 0; i < 400; i++) write(dir, `f${String(i).padStart(3, '0')}.txt`, story(i) + ' ' + story(i + 1000));
  const path = join(root, 'full.db');
  const small = SqliteStore.open(path, { maxPageCount: 90 });
  await assert.rejects(ingestCorpus(small, [dir], { workers: 1, batchSize: 20 }), (e: unknown) => {
    assert.ok(e instanceof StoreFullError);
    assert.match((e as Error).message, /full.*not written/);
    return true;
  });
  const partial = await small.stats();
  assert.ok(partial.documents > 0 && partial.documents < 400);
  assert.deepEqual(await small.check(), []);
  await small.close();
  const roomy = SqliteStore.open(path);
  const rest = await ingestCorpus(roomy, [dir], { workers: 1 });
  assert.equal(rest.added, 400 - partial.documents);
  assert.equal((await roomy.stats()).documents, 400);
  await roomy.close();
});

test('an ingest killed mid-way and rerun loses nothing and doubles nothing; readers see whole batches meanwhile', async () => {
  const dir = join(root, 'kill');
  const n = 4000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `k${i}`, text: story(i) }));
  write(dir, 'many.jsonl', lines.join('\n') + '\n');
  const db = join(root, 'kill.db');
  const child = spawn(
    process.execPath,
    [BIN, 'ingest', '--db', db, '--workers', '1', '--batch', '25', '--quiet', dir],
    {
      stdio: 'ignore',
    },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  let reader: SqliteStore | undefined;
  let lastSeen = 0;
  let readings = 0;
  while (!exited) {
    await new Promise((r) => setTimeout(r, 15));
    try {
      reader ??= SqliteStore.open(db, { readonly: true });
    } catch {
      continue; // not created yet
    }
    let s;
    try {
      s = await reader.stats();
    } catch {
      continue; // schema not migrated yet
    }
    readings++;
    assert.equal(s.records, s.documents, 'a reader never sees a document without its record');
    assert.ok(s.documents >= lastSeen, 'counts never go back');
    assert.equal(s.documents % 25 === 0 || s.documents === n, true, `whole batches only (saw ${s.documents})`);
    lastSeen = s.documents;
    if (s.documents >= 200) {
      child.kill('SIGKILL');
      break;
    }
  }
  await new Promise<void>((r) => (exited ? r() : child.once('exit', () => r())));
  await reader?.close();
  assert.ok(readings > 0);
  assert.ok(lastSeen < n, 'killed before the end');
  const store = SqliteStore.open(db);
  const killedAt = (await store.stats()).documents;
  assert.ok(killedAt < n, `killed with ${killedAt} of ${n} written`);
  const rerun = await ingestCorpus(store, [dir], { workers: 2 });
  assert.equal(rerun.added, n - killedAt);
  assert.equal(rerun.skipped, killedAt);
  const stats = await store.stats();
  assert.equal(stats.documents, n);
  assert.equal(stats.records, n);
  assert.deepEqual(await store.check(), []);
  await store.close();
});
