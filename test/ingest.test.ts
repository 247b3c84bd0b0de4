import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract, ingest } from '../src/extract.js';
import { decodeBytes } from '../src/ingest/decode-bytes.js';
import { InputError } from '../src/ingest/input-error.js';
import { assertValidRecord, REPO_ROOT } from './helpers/record-checks.js';

const seedText = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
const seedHtml = readFileSync(new URL('examples/baghdad-rally-2020-01-24.html', REPO_ROOT), 'utf8');

test('the founding article: published date and reposter from the furniture line, which stays in the text', () => {
  const record = extract(seedText);
  assertValidRecord(record);
  assert.equal(record.text, seedText);
  assert.equal(record.document.published, '2020-01-24');
  assert.equal(record.document.postedBy, 'martyrashrakat');
  assert.equal(record.document.outlet, 'Press TV');
  const [furniture] = record.document.furniture;
  assert.ok(furniture);
  assert.equal(seedText.slice(furniture.start, furniture.end), 'date 2020-01-24 Posted on by martyrashrakat');
  const [caption] = record.document.captions;
  assert.ok(caption);
  assert.match(seedText.slice(caption.start, caption.end), /^Screenshot from a live Press TV feed.*2019\.$/);
});

test('the founding article as HTML gives the same metadata and the same story text', () => {
  const fromText = extract(seedText);
  const fromHtml = extract({ html: seedHtml });
  assertValidRecord(fromHtml);
  for (const key of ['published', 'outlet', 'postedBy'] as const) {
    assert.equal(fromHtml.document[key], fromText.document[key], key);
  }
  const story = (r: typeof fromText) => {
    const t = r.text as string;
    const skip = [...r.document.furniture, ...r.document.captions];
    return t
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !skip.some((s) => t.slice(s.start, s.end).trim() === p));
  };
  assert.deepEqual(story(fromHtml), story(fromText));
  assert.equal(fromHtml.document.captions.length, 1);
});

test('furniture is found only at the edges of a page', () => {
  const text =
    'Posted on March 3, 2021 by editor\n\nThe council met. Posted on the wall was a notice.\n\nShare this:\n';
  const doc = ingest(text);
  assert.deepEqual(
    doc.meta.furniture.map((s) => text.slice(s.start, s.end)),
    ['Posted on March 3, 2021 by editor', 'Share this:'],
  );
  assert.equal(doc.meta.published, '2021-03-03');
});

test('a bare date line under the headline is the date stamp; a date in the story is not', () => {
  const text = 'Test flight delayed after accident\nSeptember 01 , 2007\nThe flight was delayed today.\n';
  const doc = ingest(text);
  assert.equal(doc.meta.published, '2007-09-01');
  assert.deepEqual(
    doc.meta.furniture.map((s) => text.slice(s.start, s.end)),
    ['September 01 , 2007'],
  );
  const story = 'The council met on Monday.\nMarch 3, 2021\nIt adjourned.\n';
  assert.equal(ingest(story).meta.published, undefined);
});

test('input fields override what the page says; a bad published date is refused', () => {
  const doc = ingest({ text: 'date 2020-01-24 Posted on by x\n\nStory.', published: '2020-02-01', outlet: 'Wire' });
  assert.equal(doc.meta.published, '2020-02-01');
  assert.equal(doc.meta.outlet, 'Wire');
  assert.throws(() => ingest({ id: 'a1', text: 'Story.', published: 'yesterday' }), /a1: "published" must be a date/);
});

test('bad bytes get one clear error naming the input', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(), /in\.txt: empty input/],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /in\.txt: binary data/],
    [new Uint8Array([0x41, 0x81, 0x8d, 0xc3, 0x28, 0x90]), /in\.txt: text encoding could not be detected/],
    [new TextEncoder().encode('   \n\n  '), /in\.txt: empty input \(only whitespace\)/],
  ];
  for (const [bytes, message] of cases) {
    assert.throws(
      () => decodeBytes(bytes, 'in.txt'),
      (e: unknown) => e instanceof InputError && message.test(e.message),
    );
  }
});

test('Latin-1 wire copy is decoded, UTF-8 with a BOM loses the BOM', () => {
  assert.equal(decodeBytes(new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]), 'x'), 'São Paulo');
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'x'), 'hi');
});

test('HTML without an article is refused', () => {
  assert.throws(
    () => extract({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }, { input: 'page.html' }),
    /page\.html: no article text found in the HTML/,
  );
});
