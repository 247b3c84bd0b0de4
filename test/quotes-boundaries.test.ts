import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import {
  chooseBoundary,
  contentEndCandidates,
  contentStartCandidates,
  cueLeftCandidates,
  cueRightCandidates,
  sourceEndCandidates,
  sourceStartCandidates,
  type BoundaryDecision,
  type BoundaryKind,
} from '../src/stages/quotes/boundaries.js';
import type { Tok } from '../src/stages/quotes/cue-classifier.js';
import { cueMatches, cueStem } from '../src/stages/quotes/cue-lexicon.js';
import { quotes } from '../src/stages/quotes/quotes-stage.js';
import { scanTokens, sentences } from '../src/stages/sentences.js';

const tokens = (s: string): Tok[] =>
  scanTokens(s).map((t) => ({
    start: t.start,
    end: t.end,
    raw: s.slice(t.start, t.end),
    w: s.slice(t.start, t.end).toLowerCase(),
  }));
const at = (T: Tok[], w: string): number => T.findIndex((t) => t.w === w);
const words = (T: Tok[], from: number, to: number): string =>
  T.slice(from, to)
    .map((t) => t.raw)
    .join(' ');

test('inflections of one verb share a stem', () => {
  assert.equal(cueStem('admits'), cueStem('admitted'));
  assert.equal(cueStem('announces'), cueStem('announced'));
  assert.equal(cueStem('testifies'), cueStem('testified'));
  assert.notEqual(cueStem('said'), cueStem('sailed'));
});

test('a word the annotators never marked borrows the entry of a sibling inflection', () => {
  const plain = cueMatches(['he', 'reiterated'], 1, 0.02);
  assert.ok(plain.length > 0 && !plain[0]!.borrowed, '"reiterated" is a lexicon phrase');
  const [sibling] = cueMatches(['he', 'reiterates'], 1, 0.02);
  assert.ok(sibling?.borrowed, '"reiterates" borrows it');
  assert.equal(sibling.key, 'reiterates');
  assert.equal(sibling.entry, plain[plain.length - 1]!.entry);
  assert.deepEqual(cueMatches(['the', 'table'], 1, 0.02), [], 'a noun with no cue sibling is no candidate');
});

test('cue extensions stop at quotation marks and punctuation, and the rule choice is always a candidate', () => {
  const T = tokens('Sanders said in an interview with CNN: “We will win.”');
  const said = at(T, 'said');
  const right = cueRightCandidates(T, said + 1, T.length - 1, said + 1, 'said');
  const ends = right.map((c) => words(T, said, c.at));
  assert.ok(ends.includes('said'));
  assert.ok(ends.includes('said in an interview'));
  assert.ok(ends.includes('said in an interview with CNN :'), 'a colon may close the cue');
  assert.ok(!ends.some((e) => e.includes('“')), 'never into the quotation');
  const R = tokens('The network reported on Friday that crowds gathered.');
  const reported = at(R, 'reported');
  const later = cueRightCandidates(R, reported + 1, R.length - 1, reported + 1, 'reported');
  assert.deepEqual(
    later.map((c) => words(R, reported, c.at)),
    ['reported', 'reported on'],
    '"on Friday" is never part of the cue',
  );
  const M = tokens('Mook has also flatly refused to speculate.');
  const cueAt = at(M, 'to');
  const back = (lo: number): number[] =>
    cueLeftCandidates(M, cueAt, cueAt + 2, lo, cueAt, 'to speculate').map((c) => c.at);
  assert.deepEqual(back(0), [cueAt, cueAt - 1, cueAt - 2, cueAt - 3, cueAt - 4], 'up to four words back');
  assert.deepEqual(back(cueAt - 1), [cueAt, cueAt - 1], 'never before the previous cue');
});

test('source candidates span the clause before the cue; content ends only at clause breaks outside quotations', () => {
  const T = tokens(
    'In May, a federal judge in Ohio, who heard the case, said the law “was unfair, and harsh” while critics disagreed.',
  );
  const said = at(T, 'said');
  const starts = sourceStartCandidates(T, 0, said, 3, 'said').map((c) => c.at);
  assert.ok(starts.includes(3), 'the rule choice ("a federal judge …")');
  assert.ok(!starts.some((k) => T[k]!.w === ','), 'a source never starts on punctuation');
  const ends = sourceEndCandidates(T, 3, said, false, 'said').map((c) => words(T, 3, c.at));
  assert.ok(ends.includes('a federal judge in Ohio'));
  assert.ok(ends.includes('a federal judge in Ohio , who heard the case ,'));
  const quoted = (k: number): boolean =>
    T[k]!.start >= T[at(T, 'was') - 1]!.start && T[k]!.end <= T[at(T, 'harsh') + 1]!.end;
  const content = contentEndCandidates(T, said + 1, T.length - 1, 'said', quoted).map((c) => words(T, said + 1, c.at));
  assert.ok(content.includes('the law “ was unfair , and harsh ”'), 'after the quotation');
  assert.ok(!content.some((c) => c.endsWith('unfair')), 'not inside the quotation');
  assert.ok(
    content.some((c) => c.endsWith('disagreed')),
    'the end of the sentence',
  );
});

test('the model picks the best-scoring candidate, and the rule when it has no weights or ties', () => {
  const cands = [
    { at: 3, features: ['rule=1'] },
    { at: 5, features: ['w=judge'] },
  ];
  const model = new Map<BoundaryKind, Map<string, number>>([['source-start', new Map([['w=judge', 2]])]]);
  assert.equal(chooseBoundary('source-start', cands, 3, model), 5);
  assert.equal(chooseBoundary('source-end', cands, 3, model), 3, 'no weights for the kind');
  assert.equal(
    chooseBoundary(
      'source-start',
      [
        { at: 5, features: ['x'] },
        { at: 3, features: ['y'] },
      ],
      3,
      model,
    ),
    3,
    'a tie',
  );
});

test('the stage reports every edge it decides, and runs without the learned edges', () => {
  const text = 'The senator said on Friday that the bill would pass, while her aides declined to comment.';
  const seen: BoundaryDecision[] = [];
  const traced = createPipeline([sentences(), quotes({ trace: (d) => seen.push(d) })]).run(Doc.create(text));
  const kinds = new Set(seen.map((d) => d.kind));
  for (const k of ['cue-left', 'cue-right', 'source-start', 'content-end'] as const) assert.ok(kinds.has(k), k);
  for (const d of seen) assert.ok(d.candidates.length > 0);
  const rules = createPipeline([sentences(), quotes({ boundaries: [] })]).run(Doc.create(text));
  const q = rules.layer('quote')[0]!;
  assert.equal(q.attrs.speaker?.text, 'The senator');
  assert.ok(rules.surface(q).startsWith('that the bill would pass'));
  assert.ok(traced.layer('quote').length > 0);
});

test('content starts lie between the cue and the first quotation mark, the rule choice among them', () => {
  const T = tokens('Mook refused to speculate on Friday.');
  const b = at(T, 'refused') + 1;
  const starts = contentStartCandidates(T, b, T.length - 1, b, 'refused').map((c) => T[c.at]!.w);
  assert.deepEqual(starts.slice(0, 3), ['to', 'speculate', 'on'], 'any word after the cue');
  const Q = tokens('The governor told reporters on Friday, “We will not back down.”');
  const told = at(Q, 'told') + 1;
  const rule = Q.findIndex((t) => t.raw === '“');
  const cands = contentStartCandidates(Q, told, Q.length - 1, rule, 'told');
  assert.ok(
    cands.some((c) => c.at === rule && c.features.includes('rule=1')),
    'the rule choice is a candidate',
  );
  assert.ok(
    cands.every((c) => c.at <= rule),
    'nothing inside the quotation',
  );
  assert.ok(!cands.some((c) => Q[c.at]!.w === ','), 'never at a comma');
  const far = tokens('She said in a long interview with the local radio station on Friday that taxes would rise.');
  const s = at(far, 'said') + 1;
  const that = at(far, 'that');
  const farCands = contentStartCandidates(far, s, far.length - 1, that, 'said');
  assert.ok(
    farCands.some((c) => c.at === that),
    'a rule choice further than eight words stays a candidate',
  );
  assert.equal(chooseBoundary('content-start', farCands, that, new Map()), that, 'no model keeps the rule');
});

test('a capitalised modal inside the sentence is no candidate start of the cue', () => {
  const T = tokens('The columnist Robert Will wrote that the council had lost its way.');
  const i = at(T, 'wrote');
  const starts = cueLeftCandidates(T, i, i + 1, 0, i, 'wrote').map((c) => c.at);
  assert.deepEqual(starts, [i]);
  const U = tokens('The council will never say that it lost its way.');
  const j = at(U, 'say');
  assert.ok(cueLeftCandidates(U, j, j + 1, 0, j, 'say').some((c) => c.at === at(U, 'will')));
});

test('a content end candidate knows whether the clause after its break holds a likely cue', () => {
  const T = tokens('The governor said the budget was balanced, even as the auditor warned that revenue fell.');
  const said = at(T, 'said');
  const warned = at(T, 'warned');
  const none = (): boolean => false;
  const feats = (cueAt?: Map<number, number>): Map<string, string[]> =>
    new Map(
      contentEndCandidates(T, said + 1, T.length - 1, 'said', none, cueAt).map((c) => [
        words(T, said + 1, c.at),
        c.features,
      ]),
    );
  const withCue = feats(new Map([[warned, 0.95]]));
  assert.ok(withCue.get('the budget was balanced ,')!.includes('ahead=hi'), 'a likely cue follows "even as"');
  assert.ok(
    withCue.get('the budget was balanced')!.includes('ahead=hi'),
    'a run of break words (", even as") opens one clause: the comma sees its cue too',
  );
  const U = tokens(
    'The governor said the budget was balanced, and taxes fell while the auditor warned that revenue fell.',
  );
  const comma = contentEndCandidates(
    U,
    at(U, 'said') + 1,
    U.length - 1,
    'said',
    none,
    new Map([[at(U, 'warned'), 0.95]]),
  );
  assert.ok(
    comma.find((c) => c.at === at(U, ','))!.features.includes('ahead=no'),
    'the comma looks no further than the next break after a word',
  );
  const end = [...withCue.values()].find((f) => f.includes('end'))!;
  assert.ok(end.includes('end|inside=1'), 'the whole sentence would swallow the cue');
  assert.ok(
    feats(new Map([[warned, 0.2]]))
      .get('the budget was balanced ,')!
      .includes('ahead=lo'),
  );
  assert.ok(
    ![...feats().values()].flat().some((f) => f.startsWith('ahead') || f.startsWith('end|inside')),
    'no cue map, no cue features',
  );
});
