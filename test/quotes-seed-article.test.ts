import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../src/extract.js';
import { buildRecord } from '../src/record/build-record.js';
import { assertValidRecord, REPO_ROOT } from './helpers/record-checks.js';

const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
const doc = analyze({ id: 'seed', text, published: '2020-01-24' });
const record = buildRecord('seed', doc);

const quoteStarting = (prefix: string) => {
  const q = record.quotes.find((x) => x.text.replace(/^[“"]/, '').startsWith(prefix));
  assert.ok(q, `a quote starting "${prefix}"`);
  return q;
};

test('the seed record validates', () => {
  assertValidRecord(record);
});

test("Sadr's two tweeted quotations are direct, his", () => {
  for (const prefix of ['Oh women, men and youth', 'Spread the word of an independent future Iraq']) {
    const q = quoteStarting(prefix);
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Muqtada al-Sadr');
  }
  assert.equal(quoteStarting('Oh women').medium, 'tweet');
});

test('Jaafar al-Husseini via al-Mayadeen: indirect speech with the fragment "other means"', () => {
  const q = quoteStarting('that “other means” will be used');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speaker?.name, 'Jaafar al-Husseini');
  assert.equal(q.outlet?.name, 'al-Mayadeen');
  assert.equal(q.medium, 'television');
  assert.equal(quoteStarting('that American presence has led to corruption').speaker?.name, 'Jaafar al-Husseini');
});

test('Firas al-Yasser via Tasnim: direct and indirect, "He added" and "he said" resolved to him', () => {
  const first = quoteStarting('that today’s rallies marked');
  assert.equal(first.speaker?.name, 'Firas al-Yasser');
  assert.equal(first.outlet?.name, 'Tasnim News Agency');
  const added = quoteStarting('that Iraqi resistance groups support');
  assert.equal(added.speaker?.text, 'He');
  assert.equal(added.speaker?.name, 'Firas al-Yasser');
  assert.equal(added.kind, 'mixed', 'the scare quote "theory of dependence and humiliation" is his fragment');
  const direct = quoteStarting('We believe we have reached the zero hour');
  assert.equal(direct.kind, 'direct');
  assert.equal(direct.speaker?.text, 'he');
  assert.equal(direct.speaker?.name, 'Firas al-Yasser');
  assert.equal(quoteStarting("that Iran's missile attack").speaker?.name, 'Firas al-Yasser');
});

test('Qais al-Khazali: indirect with the "second revolution" fragment', () => {
  const q = record.quotes.find((x) => x.text.includes('“second revolution”'));
  assert.ok(q);
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speaker?.name, 'Qais al-Khazali');
  assert.equal(q.cue?.text, 'has described');
});

test('scare quotes are fragments of a speaker, never free-standing quotes', () => {
  for (const scare of ['“tyrants”', '“theory of dependence and humiliation”', '“second revolution”']) {
    assert.ok(!record.quotes.some((q) => q.text === scare), `${scare} is not a quote of its own`);
    const holder = record.quotes.find((q) => q.text.includes(scare));
    assert.ok(holder?.speaker, `${scare} sits in an attributed quote`);
  }
  assert.equal(record.quotes.find((q) => q.text.includes('“tyrants”'))?.speaker?.name, 'Muqtada al-Sadr');
});

test('attributions: Reuters, al-Ahd news network and Press TV, each with its claim', () => {
  const by = (name: string) => record.attributions.find((a) => a.source.text === name);
  assert.ok(by('Reuters')?.text.startsWith('new checkpoints were installed'));
  assert.equal(by('Reuters')?.cue?.text, 'According to');
  assert.ok(by('al-Ahd news network')?.text.startsWith('that Iraqis from'));
  assert.equal(by('al-Ahd news network')?.cue?.text, 'reported');
  assert.ok(by('Press TV')?.text.startsWith('tens of thousands of Iraqi protesters'));
});

test('nothing the reporter states is made a quote', () => {
  for (const q of record.quotes) assert.ok(!/^The protesters were seen|^Major crowds/.test(q.text), q.text);
  assert.ok(
    record.quotes.every((q) => q.speaker),
    'every quote has a speaker',
  );
});
