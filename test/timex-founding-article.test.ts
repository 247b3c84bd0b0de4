import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/core/pipeline.js';
import { ingest } from '../src/extract.js';
import { sentences } from '../src/stages/sentences.js';
import { timexes } from '../src/stages/timexes/timex-stage.js';

const text = readFileSync(
  fileURLToPath(new URL('../../examples/baghdad-rally-2020-01-24.txt', import.meta.url)),
  'utf8',
);
// The temporal stage alone, after ingest and sentences: later stages (events) refine some of
// these timexes, and this file checks what the temporal stage itself leaves for them.
const doc = createPipeline([sentences(), timexes()]).run(ingest({ text }));
const found = doc.layer('timex');

function find(surface: string, nth = 0) {
  const hits = found.filter((t) => doc.surface(t) === surface);
  const t = hits[nth];
  assert.ok(t, `no timex "${surface}" (#${nth}); found: ${found.map((x) => doc.surface(x)).join(' | ')}`);
  return t;
}

test('the founding article is dated from its furniture line, which is not itself analysed', () => {
  assert.equal(doc.meta.published, '2020-01-24');
  const furniture = doc.meta.furniture[0];
  assert.ok(furniture);
  assert.equal(found.filter((t) => t.start < furniture.end && furniture.start < t.end).length, 0);
});

test('weekdays resolve against the publication date (a Friday) with the clause tense', () => {
  assert.equal(find('Friday', 0).attrs.value, '2020-01-24'); // "reported on Friday"
  assert.equal(find('Friday', 1).attrs.value, '2020-01-24'); // "Friday’s rallies"
  assert.equal(find('Thursday').attrs.value, '2020-01-23'); // "Speaking on Thursday"
  assert.deepEqual(find('Friday').attrs.stated, ['weekday']);
});

test('"late Thursday afternoon" is the end of that afternoon', () => {
  const t = find('late Thursday afternoon');
  assert.equal(t.attrs.type, 'TIME');
  assert.equal(t.attrs.value, '2020-01-23TAF');
  assert.equal(t.attrs.mod, 'END');
});

test('"last week" is the ISO week before, "earlier this month" the month', () => {
  assert.equal(find('last week').attrs.value, '2020-W03');
  const month = find('earlier this month');
  assert.equal(month.attrs.value, '2020-01');
  assert.equal(month.attrs.mod, 'START');
  assert.equal(find('earlier this month', 1).attrs.value, '2020-01');
});

test('"On January 5" and "today’s" resolve to days of 2020', () => {
  const jan5 = find('January 5');
  assert.equal(jan5.attrs.value, '2020-01-05');
  assert.deepEqual(jan5.attrs.stated, ['month', 'day']);
  assert.equal(find('today').attrs.value, '2020-01-24');
});

test('"a century after the Great Iraqi Revolution of 1920" is anchored on 1920', () => {
  const year = find('1920');
  assert.equal(year.attrs.value, '1920');
  const century = find('a century');
  assert.equal(century.attrs.value, '2020');
  assert.equal(century.attrs.anchor, year.id);
  assert.equal(century.attrs.relative?.duration, 'P100Y');
  assert.equal(century.attrs.relative?.direction, 'after');
});

test('"two days after Washington assassinated…" is left for the event stage with its anchor span', () => {
  const t = find('two days');
  // Until the event stage dates the killing, the text states a duration (TimeML: P2D).
  assert.equal(t.attrs.type, 'DURATION');
  assert.equal(t.attrs.value, 'P2D');
  assert.equal(t.attrs.anchor, undefined);
  assert.equal(t.attrs.relative?.duration, 'P2D');
  assert.equal(t.attrs.relative?.direction, 'after');
  const span = t.attrs.relative?.anchorSpan;
  assert.ok(span);
  assert.equal(doc.surface(span), 'Washington assassinated Soleimani and Muhandis');
});

test('the caption’s "January 24, 2019" keeps its stated year and raises a date-conflict warning', () => {
  const t = find('January 24, 2019');
  assert.equal(t.attrs.value, '2019-01-24');
  assert.equal(doc.zoneAt(t.start), 'caption');
  const w = doc.warnings.find((x) => x.kind === 'date-conflict');
  assert.ok(w, 'no date-conflict warning');
  assert.equal(w.start, t.start);
  assert.equal(w.end, t.end);
  assert.equal(doc.warnings.filter((x) => x.kind === 'date-conflict').length, 1);
});

test('every timex span is trimmed and carries provenance', () => {
  for (const t of found) {
    assert.match(doc.surface(t), /^\S(?:.*\S)?$/s);
    assert.equal(t.by.stage, 'timexes');
    assert.ok(t.by.rule);
    assert.ok(t.by.confidence > 0 && t.by.confidence <= 1);
  }
});
