import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { EventClassifier, trainAcledSubEventClassifier } from '../src/stages/events/event-classifier.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';

/** Rules only (no model): class/mode/ACLED sub-event type of each event found. */
function coded(text: string): string[] {
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  return doc.layer('event').map((e) => `${e.attrs.type}/${e.attrs.mode ?? '-'}/${e.attrs.acled?.subEventType ?? '-'}`);
}

test('fire aimed at positions with a long list of weapons is an attack', () => {
  assert.deepEqual(
    coded(
      'The rebels fired rifles, heavy machine guns, anti-tank weapons and small arms at the positions of the army.',
    ),
    ['ASSAULT/firearms/Attack'],
  );
});

test('property burned down, trees uprooted or cut down, windows smashed: property destruction', () => {
  for (const s of [
    'Soldiers burned down a school near the river.',
    'The homes of three farmers were later burned.',
    'Settlers uprooted 200 young vines on the hill.',
    'Settlers cut down nearly 40 privately owned olive trees.',
    'Masked men smashed the windows of a bank branch.',
  ])
    assert.deepEqual(coded(s), ['COERCE/seize/Looting/property destruction'], s);
});

test('a road blocked, a crowd dispersed, burning debris: protests', () => {
  assert.deepEqual(coded('Flood victims blocked the national road outside the town hall.'), [
    'PROTEST/obstruct/Peaceful protest',
  ]);
  assert.deepEqual(coded('Police dispersed about 300 teachers outside the ministry.'), [
    'PROTEST/demo/Protest with intervention',
  ]);
  assert.deepEqual(coded('Youths were burning debris on the avenue.'), ['PROTEST/riot/Violent demonstration']);
});

test('detonating, leaving people dead, a passive release from prison', () => {
  assert.deepEqual(coded('Militants cut power to the town after detonating two pylons.'), [
    'ASSAULT/explosives/Remote explosive/landmine/IED',
  ]);
  assert.deepEqual(coded('An operation near the river left four militants dead.'), ['ASSAULT/-/Attack']);
  assert.deepEqual(coded('Twelve guards were released from rebel prisons on Sunday.'), ['RETREAT/release/Other']);
});

test('restrictions on movement and assembly are COERCE restrict, and a ban on protests is no protest', () => {
  assert.deepEqual(coded('The governor extended the ban on all forms of marches, protests and sit-ins for a month.'), [
    'COERCE/restrict/Change to group/activity',
  ]);
  assert.deepEqual(coded('Troops sealed off the old city.'), ['COERCE/restrict/Change to group/activity']);
  assert.deepEqual(coded('The province halted all entries and departures for two weeks.'), [
    'COERCE/restrict/Change to group/activity',
  ]);
  assert.deepEqual(coded('Militiamen besieged the town from the north.'), ['COERCE/restrict/Change to group/activity']);
});

test('fire set by a crowd is a riot, by armed men or no one named property destruction; a lynching mob violence', () => {
  assert.deepEqual(coded('Angry residents set fire to the police station.'), ['PROTEST/riot/Violent demonstration']);
  for (const s of [
    'Two trucks were set on fire by a group of armed men.',
    'Suspected militants torched a pickup truck near the bridge.',
    'Unknown arsonists set fire to a car outside the bank.',
  ])
    assert.deepEqual(coded(s), ['COERCE/seize/Looting/property destruction'], s);
  assert.deepEqual(coded('Villagers lynched two suspected thieves.'), ['ASSAULT/primitive/Mob violence']);
});

test('a town taken by force is a battle over territory, not a deployment', () => {
  assert.deepEqual(coded('The army retook the town of Golf on Monday.'), [
    'ASSAULT/firearms/Government regains territory',
  ]);
});

test('positions fortified and checkpoints placed are deployments', () => {
  assert.deepEqual(coded('Loyalist forces established fortifications east of the port.'), [
    'MOBILIZE/police/Change to group/activity',
  ]);
  assert.deepEqual(coded('The gang had placed two check points on the federal road.'), [
    'MOBILIZE/police/Change to group/activity',
  ]);
});

test('business and figurative senses of the same verbs are not events', () => {
  for (const s of [
    'The board fired the chief executive on Monday.',
    'The board fired its CEO and two directors at the annual meeting.',
    'Regulators blocked the merger of the two airlines.',
    'Shareholders blocked the proposed deal.',
    'The startup burned cash for three years.',
    'The company dispersed funds to its subsidiaries.',
    'Critics besieged the company with complaints.',
    'The chain smashed sales records in March.',
    'The fund cut down its holdings of bonds.',
    'The lender sealed the deal with a handshake.',
    'High winds uprooted many maize plants.',
  ])
    assert.deepEqual(coded(s), [], s);
});

// Invented notes for a small model: evacuations after fighting are "Other", lockdowns are security
// measures, clashes and beatings are what they say.
const NOTES: { text: string; label: string }[] = [];
for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
  NOTES.push({
    text: `On 2 May 2020, two hundred families evacuated from ${town} following the eruption of hostilities between clans.`,
    label: 'Other',
  });
  NOTES.push({ text: `On 2 May 2020, soldiers and rebels clashed with rifles near ${town}.`, label: 'Armed clash' });
  NOTES.push({ text: `On 2 May 2020, police beat a street vendor in ${town}.`, label: 'Attack' });
  NOTES.push({
    text: `On 2 May 2020, the governor sealed off ${town} and halted all entries and departures.`,
    label: 'Change to group/activity',
  });
  NOTES.push({
    text: `On 2 May 2020, members of a cartel delivered food packages to families in ${town}.`,
    label: 'Change to group/activity',
  });
  NOTES.push({
    text: `On 2 May 2020, residents held a discussion and film screening in ${town} to remember the murders of farmers.`,
    label: 'Peaceful protest',
  });
}

function withModel(text: string): { type: string; sub: string | undefined; rule: string }[] {
  const classifier = new EventClassifier(trainAcledSubEventClassifier(NOTES, { bags: 1 }));
  const doc = createPipeline([sentences(), numbers(), events({ classifier, actorNamer: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  return doc
    .layer('event')
    .map((e) => ({ type: e.attrs.type, sub: e.attrs.acled?.subEventType, rule: e.attrs.by.rule ?? '' }));
}

test('the model may make a background word ("hostilities") a strategic development, not a beating', () => {
  const [evacuation] = withModel(
    'Ninety families evacuated from Golf following the eruption of hostilities between clans.',
  );
  assert.equal(evacuation?.sub, 'Other');
  assert.equal(evacuation?.type, 'ASSAULT', 'a label without a PLOVER class keeps the trigger’s');
  assert.match(evacuation!.rule, /acled:model/);
  const [clash] = withModel('Soldiers and rebels clashed with rifles near Golf.');
  assert.equal(clash?.sub, 'Armed clash');
  const [beating] = withModel('Police beat a vendor in Golf.');
  assert.equal(beating?.sub, 'Attack');
});

test('a rule whose ACLED type lies outside its PLOVER class keeps its class when the model agrees', () => {
  const [restriction] = withModel('The governor sealed off Golf and halted all entries and departures.');
  assert.equal(restriction?.sub, 'Change to group/activity');
  assert.equal(restriction?.type, 'COERCE');
  assert.match(restriction!.rule, /acled:model/);
});

test('aid handed out by an armed group is a strategic development where the model surely reads one', () => {
  const [aid] = withModel('Members of a cartel delivered food packages to families in Golf.');
  assert.equal(aid?.type, 'AID', 'the PLOVER class stays');
  assert.equal(aid?.sub, 'Change to group/activity');
  assert.match(aid!.rule, /acled:model/);
  // Rules alone do not code it: ACLED's types for aid come from reading the whole paragraph.
  assert.deepEqual(coded('Members of a cartel delivered food packages to families in Golf.'), ['AID/-/-']);
});

test('a mob that kills is no peaceful protest, however peaceful the model reads the paragraph', () => {
  const text =
    'Residents held a discussion and film screening in Golf on the murders, in which a mob shot two farmers.';
  const subs = withModel(text).map((e) => e.sub);
  assert.ok(subs.length > 0);
  assert.ok(!subs.includes('Peaceful protest'), subs.join());
});

test('people taken with no one killed are an abduction, whatever attack the model reads; taken and killed, an attack', () => {
  // A model that has only seen kidnappings coded as attacks.
  const notes = [
    { text: 'Gunmen kidnapped a trader and shot him dead in the market.', label: 'Attack' },
    { text: 'Militants abducted two farmers and killed them near the village.', label: 'Attack' },
    { text: 'Soldiers and rebels clashed near the border, killing four.', label: 'Armed clash' },
    { text: 'Protesters marched to the town hall demanding water.', label: 'Peaceful protest' },
  ];
  const classifier = new EventClassifier(trainAcledSubEventClassifier(notes, { bags: 1 }));
  const sub = (text: string) =>
    createPipeline([sentences(), numbers(), events({ classifier, actorNamer: null })])
      .run(Doc.create(text, { published: '2021-06-01' }))
      .layer('event')
      .map((e) => e.attrs.acled?.subEventType)[0];
  assert.equal(sub('Gunmen kidnapped five brothers in Taizz. No one was hurt.'), 'Abduction/forced disappearance');
  assert.equal(sub('Gunmen kidnapped three men in Cintalapa. The victims were later killed.'), 'Attack');
});
