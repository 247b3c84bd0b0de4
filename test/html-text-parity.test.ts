import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../src/extract.js';
import type { DatelineRecord } from '../src/record/record-types.js';
import { testGazetteer } from './helpers/ensure-gazetteer.js';
import { assertValidRecord, REPO_ROOT } from './helpers/record-checks.js';

/** What the pipeline found in the story (furniture and captions aside), without offsets. */
function storyAnalysis(r: DatelineRecord) {
  const skip = [...r.document.furniture, ...r.document.captions];
  const inStory = (a: { start: number }) => !skip.some((s) => s.start <= a.start && a.start < s.end);
  return {
    entities: r.entities.filter(inStory).map((e) => [e.text, e.type, e.canonical ?? '']),
    timexes: r.timexes.filter(inStory).map((t) => [t.text, t.type, t.value]),
    places: r.places.filter(inStory).map((p) => [p.text, p.geonameid ?? null, p.use]),
    quotes: r.quotes.filter(inStory).map((q) => [q.text, q.kind, q.speaker?.text ?? '']),
    attributions: r.attributions.filter(inStory).map((a) => [a.text, a.source.text]),
    events: r.events.map((e) => [e.type, e.mode ?? '', e.date.value, e.location?.name ?? '', e.factuality]),
  };
}

test('the founding article as text and as HTML gets the same analysis of its story', () => {
  testGazetteer();
  const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
  const html = readFileSync(new URL('examples/baghdad-rally-2020-01-24.html', REPO_ROOT), 'utf8');
  const fromText = extract(text);
  const fromHtml = extract({ html });
  assertValidRecord(fromText);
  assertValidRecord(fromHtml);
  const a = storyAnalysis(fromText);
  assert.ok(a.events.length > 0 && a.entities.length > 0 && a.places.length > 0, 'the pipeline found something');
  assert.deepEqual(storyAnalysis(fromHtml), a);
});
