import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventAttrs } from '../src/core/layers.js';
import {
  EventClassifier,
  featuresOf,
  trainAcledSubEventClassifier,
  trainEventClassifier,
} from '../src/stages/events/event-classifier.js';
import { bySalience } from '../src/stages/events/salience.js';

// Invented notes, a few per class.
const NOTES: { text: string; label: string }[] = [];
for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
  NOTES.push({
    text: `On 2 May 2020, hundreds of nurses marched peacefully in ${town} demanding pay.`,
    label: 'Peaceful protest',
  });
  NOTES.push({
    text: `On 2 May 2020, an angry mob burned tyres and threw stones at shops in ${town}.`,
    label: 'Violent demonstration',
  });
  NOTES.push({
    text: `On 2 May 2020, army artillery shelled rebel positions near ${town}.`,
    label: 'Shelling/artillery/missile attack',
  });
  NOTES.push({ text: `On 2 May 2020, soldiers and rebels clashed with rifles near ${town}.`, label: 'Armed clash' });
}

test('the leading date of a note is not a feature', () => {
  assert.deepEqual(featuresOf('On 9 May 2020, troops clashed.'), featuresOf('troops clashed.'));
});

test('the classifier learns notes and is deterministic', () => {
  const a = trainEventClassifier(NOTES);
  const b = trainEventClassifier(NOTES);
  assert.deepEqual(a, b);
  const c = new EventClassifier(a);
  assert.equal(c.predict('Nurses marched peacefully in Foxtrot, demanding pay.').label, 'Peaceful protest');
  assert.equal(c.predict('A mob threw stones and burned tyres in Golf.').label, 'Violent demonstration');
  assert.equal(c.predict('Artillery shelled positions near Hotel.').label, 'Shelling/artillery/missile attack');
  const ranked = c.rank('Rebels clashed with soldiers near Juliet.');
  assert.equal(ranked[0]!.label, 'Armed clash');
  assert.ok(Math.abs(ranked.reduce((s, p) => s + p.confidence, 0) - 1) < 1e-9, 'confidences sum to one');
});

test('coarse classes lend their weights to each of their labels', () => {
  // "Grenade" is seen once; the explosions it shares its event type with teach it "shelled".
  const notes = [...NOTES, { text: 'A grenade was thrown at a checkpoint.', label: 'Grenade' }];
  const plain = new EventClassifier(trainEventClassifier(notes, { bags: 1 }));
  const grouped = new EventClassifier(trainAcledSubEventClassifier(notes, { bags: 1, logistic: false }));
  const score = (c: EventClassifier) =>
    c.rank('Artillery shelled positions.').find((p) => p.label === 'Grenade')!.confidence;
  assert.ok(score(grouped) > score(plain));
});

test('the logistic regression is trained alongside and scores on its own', () => {
  const model = trainAcledSubEventClassifier(NOTES, { bags: 1 });
  assert.deepEqual(model, trainAcledSubEventClassifier(NOTES, { bags: 1 }), 'deterministic');
  assert.ok(model.logistic && model.logistic.weights.length > 0 && model.logistic.groups!.length > 0);
  // Without the perceptrons' weights, the regression alone still reads the notes.
  const alone = new EventClassifier({ ...model, weights: [], groups: { ...model.groups!, weights: [] } });
  assert.equal(alone.predict('A mob threw stones and burned tyres in Golf.').label, 'Violent demonstration');
  assert.equal(alone.predict('Artillery shelled positions near Hotel.').label, 'Shelling/artillery/missile attack');
  const none = new EventClassifier({
    ...model,
    weights: [],
    groups: { ...model.groups!, weights: [] },
    logistic: undefined,
  });
  assert.equal(none.rank('Artillery shelled positions near Hotel.')[0]!.confidence, 1 / 4, 'no weights, no answer');
});

test('records list the main event first: ACLED-coded and happened, then the rest', () => {
  const ev = (acled: boolean, factuality: EventAttrs['factuality'], type: EventAttrs['type'] = 'ASSAULT') => ({
    attrs: { type, factuality, ...(acled && { acled: { eventType: 'Battles', subEventType: 'Armed clash' } }) },
  });
  const threat = ev(false, 'threatened', 'THREATEN');
  const joint = ev(false, 'asserted', 'COOPERATE');
  const fight = ev(true, 'asserted');
  const recalled = ev(true, 'historical');
  const later = ev(true, 'reported');
  // An agreement ACLED would code as a strategic development comes after its own events.
  const deal = ev(true, 'asserted', 'AGREE');
  assert.deepEqual(bySalience([threat, deal, joint, recalled, fight, later]), [
    fight,
    later,
    deal,
    joint,
    threat,
    recalled,
  ]);
});
