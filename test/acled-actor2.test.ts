import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorKind, EventAttrs, EventParticipant } from '../src/core/layers.js';
import { extract } from '../src/extract.js';
import { acledActor2, type Actor2Party } from '../src/stages/events/acled-mapping.js';
import {
  AcledActorNamer,
  learnCounterparts,
  learnMainActors,
  trainAcledActorModel,
  type AcledActorExample,
} from '../src/stages/events/acled-actor-model.js';
import { nameTargets, withinPeriod } from '../src/stages/events/actor-adapter.js';

const police: Actor2Party = { name: 'Police', kind: 'police', country: 'IN', acled: 'Police Forces of India (2014-)' };
const ministry: Actor2Party = { name: 'Ministry', kind: 'government', country: 'IN' };
const event = (subEventType: string, targets: Actor2Party[], country = 'IN') => ({
  acled: { subEventType },
  targets,
  location: { country },
});

test("ACLED's second actor: the civilians of violence against civilians, named or not", () => {
  assert.equal(acledActor2(event('Attack', []))?.acled, 'Civilians (India)');
  assert.equal(acledActor2(event('Abduction/forced disappearance', [ministry]))?.acled, 'Civilians (India)');
  assert.equal(acledActor2(event('Arrests', [], 'MX'))?.kind, 'civilians');
  const named = { name: 'Villagers', kind: 'civilians' as const, country: 'NG', acled: 'Civilians (Nigeria)' };
  assert.equal(acledActor2(event('Attack', [ministry, named]))?.acled, 'Civilians (Nigeria)');
});

test("ACLED's second actor of a protest is only a force that intervened; of a riot, the force or its victims", () => {
  assert.equal(acledActor2(event('Peaceful protest', [ministry, police])), undefined);
  assert.equal(acledActor2(event('Protest with intervention', [ministry, police])), police);
  assert.equal(acledActor2(event('Protest with intervention', [ministry])), undefined);
  const victims: Actor2Party = { name: 'Residents', kind: 'civilians', acled: 'Civilians (India)' };
  assert.equal(acledActor2(event('Mob violence', [ministry, victims])), victims);
  assert.equal(acledActor2(event('Violent demonstration', [victims, police])), police);
  assert.equal(acledActor2(event('Armed clash', [ministry, police])), ministry);
});

test("what was looted or destroyed was the civilians' unless the words name an armed side's", () => {
  assert.equal(acledActor2(event('Looting/property destruction', [ministry]))?.acled, 'Civilians (India)');
  assert.equal(acledActor2(event('Looting/property destruction', [ministry, police])), police);
});

test("a battle's usual other side is learnt where the notes agree on it", () => {
  const row = (actor1: string, actor2: string, eventType = 'Battles'): AcledActorExample => ({
    text: 'x',
    eventType,
    country: 'Ruritania',
    actors: [actor1, actor2, '', ''],
  });
  const rows = [
    ...Array.from({ length: 4 }, () => row('Red Army', 'Blue Militia')),
    row('Red Army', 'Green Front'),
    row('Gold Band', 'Blue Militia'),
    row('Gold Band', 'Green Front'),
    row('Gold Band', 'Red Army'),
    ...Array.from({ length: 3 }, () => row('Grey Gang', 'Civilians (Ruritania)', 'Violence against civilians')),
  ];
  const learnt = learnCounterparts(rows);
  assert.deepEqual(learnt['Battles|Red Army'], ['Blue Militia', 0.8]);
  assert.equal(learnt['Battles|Gold Band'], undefined, 'no side dominates');
  assert.equal(learnt['Violence against civilians|Grey Gang'], undefined, 'battles only');
});

test('a monitor note that names one side of a front takes the side the notes code against it', () => {
  const rows: AcledActorExample[] = Array.from({ length: 6 }, (_, i) => ({
    text: `On ${i + 1} June 2020, the Red Army fired mortars at positions near Golf.`,
    eventType: 'Battles',
    country: 'Ukraine',
    actors: ['Red Army', 'Blue Militia', '', ''],
  }));
  const namer = new AcledActorNamer(trainAcledActorModel(rows));
  const source = 'Explosions were observed in both directions of the frontline.';
  const actors = [
    { name: 'Red Army', kind: 'military' as const, acled: 'Red Army', evidence: [{ start: 0, end: 10 }] },
  ];
  const targets: EventAttrs['targets'] = [];
  const mention = { start: 0, end: 10 };
  const battle = { eventType: 'Battles', subEventType: 'Armed clash' };
  assert.equal(nameTargets(actors, targets, battle, 'UA', namer, source, mention), true);
  assert.equal(targets[0]?.acled, 'Blue Militia');
  assert.deepEqual(targets[0]?.evidence, [mention], 'it stands on the mention of the clash');
  const attack = { eventType: 'Violence against civilians', subEventType: 'Attack' };
  const none: EventAttrs['targets'] = [];
  assert.equal(nameTargets(actors, none, attack, 'UA', namer, source, mention), false);
  assert.deepEqual(none, []);
});

test('a regime period that began after the event is dropped from its name', () => {
  assert.equal(withinPeriod('Military Forces of Iraq (2018-)', 1987), 'Military Forces of Iraq');
  assert.equal(withinPeriod('Military Forces of Iraq (2018-)', 2020), 'Military Forces of Iraq (2018-)');
  assert.equal(withinPeriod('Government of Iraq (2014-2018)', 2019), 'Government of Iraq');
  assert.equal(
    withinPeriod('Military Forces of Yemen (2016-) Supreme Political Council', 2010),
    'Military Forces of Yemen Supreme Political Council',
  );
  assert.equal(withinPeriod('Taliban', 1987), 'Taliban');
  assert.equal(withinPeriod('Military Forces of Iraq (2018-)', undefined), 'Military Forces of Iraq (2018-)');
});

const first = (text: string, published = '2020-05-10') => extract({ text, published }).events[0];

test('a protest the police broke up is one with intervention, and the police are its other side', () => {
  const e = first(
    'Hundreds of migrant workers protested in Surat on Friday, demanding to go home. Police dispersed them.',
  );
  assert.equal(e?.acled?.subEventType, 'Protest with intervention');
  assert.equal(e && acledActor2(e)?.kind, 'police');
  assert.match((e && acledActor2(e)?.acled) ?? '', /^Police Forces of India/);
  const gassed = first('Police fired tear gas at protesters in Baghdad on Friday.');
  assert.equal(gassed?.acled?.subEventType, 'Protest with intervention');
});

test('an arrest a protest is about is no intervention in it', () => {
  for (const text of [
    'Journalists protested in Lahore on Saturday against the arrest of their editor. He was arrested in connection with an old case.',
    'Protesters gathered outside the court in Tripoli on Friday and demanded the release of activists who were detained in recent demonstrations.',
  ]) {
    const e = first(text);
    assert.equal(e?.type, 'PROTEST', text);
    assert.equal(e?.acled?.subEventType, 'Peaceful protest', text);
    assert.equal(e && acledActor2(e), undefined, text);
  }
});

test('one victim of any trade or title counts one death', () => {
  for (const text of [
    'On 8 May 2020, a drug suspect was shot dead by unidentified assailants in Guihulngan.',
    'On 3 May 2020, unidentified gunmen killed a revenue collector at the main bus station of Warri.',
    'On 1 May 2020, militants beheaded an electoral delegate near Diinsoor.',
  ])
    assert.equal(first(text)?.fatalities, 1, text);
  for (const text of [
    'On 2 May 2020, locals held a protest in Shahdadkot demanding justice for a community youth who was killed by influential men.',
    'In 2003, a horse in Pahrump was killed after being attacked by bees, officials said on Monday.',
  ])
    assert.equal(first(text)?.fatalities, undefined, text);
});

test("the ACLED name of a battle's other side comes from the words of the note", () => {
  const e = first('On 9 May 2020, Afghan forces clashed with Taliban militants in Charbolak district, Balkh.');
  assert.equal(e?.acled?.eventType, 'Battles');
  const side = e && acledActor2(e);
  assert.equal(side?.acled, 'Taliban');
});

test('an actor ACLED codes only beside another is learnt as standing for that side', () => {
  const row = (actors: string[]): AcledActorExample => ({
    text: 'x',
    eventType: 'Battles',
    country: 'Ruritania',
    actors,
  });
  const rows = [
    ...Array.from({ length: 4 }, () => row(['Red Army', 'Blue Front', '', "Hill People's Militia"])),
    ...Array.from({ length: 3 }, () => row(['Gold Band', 'Red Army', 'Grey Band', ''])),
    ...Array.from({ length: 3 }, () => row(['Grey Band', 'Red Army', '', ''])),
  ];
  const learnt = learnMainActors(rows);
  assert.deepEqual(learnt["Hill People's Militia"], ['Blue Front', 1]);
  assert.equal(learnt['Grey Band'], undefined, 'a main actor in its own right');
  const namer = new AcledActorNamer({ ...trainAcledActorModel(rows), mainActors: learnt });
  assert.equal(namer.mainActorOf('Hill Peoples Militia'), 'Blue Front', 'written without its apostrophe');
});

test('what was fired on names the other side; a country that says where does not', () => {
  const shelled = first(
    'On 9 May 2020, NAF forces fired 82mm mortars at the governmental positions near Pavlopil, Donetsk.',
  );
  assert.equal(shelled?.acled?.eventType, 'Explosions/Remote violence');
  assert.match((shelled && acledActor2(shelled)?.acled) ?? '', /^Military Forces of Ukraine/);
  const farms = first(
    'On 3 May 2020, pro-Houthi forces fired mortar shells at farms in Al Jabaliyah area in western Yemen, with no report of fatalities.',
  );
  assert.ok(
    farms?.targets.every((t) => t.kind !== 'government'),
    JSON.stringify(farms?.targets),
  );
});

test("mob violence no force met: the other crowd where two fought, else the mob's victims", () => {
  const fought = first(
    'On 8 May 2020, two groups of villagers clashed over water rotation in Mirpurkhas, attacking each other with sticks.',
  );
  const beaten = first('On 8 May 2020, in Manaus, a mob beat up a suspected thief inside a bus terminal.');
  for (const [e, kind] of [
    [fought, 'rioters'],
    [beaten, 'civilians'],
  ] as const) {
    assert.equal(e?.acled?.subEventType, 'Mob violence');
    assert.equal(e && acledActor2(e)?.kind, kind, JSON.stringify(e?.targets));
  }
  const parties = (subEventType: string, targets: Actor2Party[]) => ({ acled: { subEventType }, targets });
  const rivals: Actor2Party = { name: 'Rioters (Pakistan)', kind: 'rioters', acled: 'Rioters (Pakistan)' };
  assert.equal(acledActor2(parties('Mob violence', [rivals])), rivals);
  assert.equal(acledActor2(parties('Mob violence', [rivals, police])), police);
});

test('a place the tagger took for a name is no participant', () => {
  const e = first('On 4 May 2020, gunmen attacked Toungo and Kwarra Township, killing two villagers.');
  assert.ok(e);
  assert.ok(
    [...e.actors, ...e.targets].every((p) => !/Township$/.test(p.name)),
    JSON.stringify([e.actors, e.targets]),
  );
});

test("in a battle the first actor's own state's forces are on its side, not the other", () => {
  const namer = new AcledActorNamer(trainAcledActorModel([]));
  // A participant standing on [at, at + 1): the spans do not matter to the order.
  const side = (name: string, kind: ActorKind, at: number, acled?: string): EventParticipant => ({
    name,
    kind,
    ...(acled && { acled }),
    evidence: [{ start: at, end: at + 1 }],
  });
  const battle = { eventType: 'Battles', subEventType: 'Armed clash' };
  const mention = { start: 9, end: 10 };
  const source = 'Military police officers were attacked by armed men and police officers shot back.';
  const brazil = [side('Police', 'police', 1, 'Police Forces of Brazil (2019-)')];
  brazil.push(side('Armed men', 'unidentified-armed-group', 2, 'Unidentified Armed Group (Brazil)'));
  const mp = [side('Military police', 'military', 0, 'Military Forces of Brazil (2019-) Military Police')];
  nameTargets(mp, brazil, battle, 'BR', namer, source, mention);
  assert.deepEqual(
    brazil.map((t) => t.acled),
    ['Unidentified Armed Group (Brazil)', 'Police Forces of Brazil (2019-)'],
  );
  // Yemen's forces of 2012 and the Houthis' of 2016 are two sides.
  const yemen = [side('Officials', 'government', 1)];
  yemen.push(side('Houthis', 'military', 2, 'Military Forces of Yemen (2016-) Supreme Political Council'));
  const hadi = [side('Hadi forces', 'military', 0, 'Military Forces of Yemen (2012-)')];
  nameTargets(hadi, yemen, battle, 'YE', namer, source, mention);
  assert.equal(yemen[0]?.name, 'Houthis');
});

test("a toll a note shares out between events is this event's share", () => {
  assert.equal(
    first(
      'On 8 May 2020, 6 militants were killed by police in Chora district. Fatalities are split across 2 events (3).',
    )?.fatalities,
    3,
  );
  assert.equal(
    first(
      'On 2 May 2020, militias clashed over land in Gwankwai. 4 people were killed. Fatalities split between 2 events.',
    )?.fatalities,
    2,
  );
  assert.equal(
    first(
      'On 28 April 2020, rebels fired mortars at army positions near Golf. One soldier was killed [1 fatality split among 12 events].',
    )?.fatalities,
    0,
  );
  // Shared out once: "coded as 10 and split up between 3 events" is 3 already.
  assert.equal(
    first(
      'On 2 May 2020, rebels shelled army positions near Golf, killing several soldiers. Unknown number of fatalities coded as 10 and split up between 3 events.',
    )?.fatalities,
    3,
  );
  // A march split between two places tells no toll, nor does the death it marches over.
  for (const text of [
    'On 2 May 2020, about 200 workers marched in Golf, split between two locations, after a miner was killed.',
    'On 2 May 2020, about 200 workers marched in Golf after a miner was killed.',
    'Hundreds of workers marched in Golf on Saturday after a miner was killed.',
  ])
    assert.equal(first(text)?.fatalities, undefined, text);
});

test('one death told by who did it, and a toll the coder states in a sentence of its own', () => {
  for (const text of [
    'On 5 May 2020, a village headman was attacked and beaten to death by a crowd in Golf.',
    'On 3 May 2020, militants shot and killed a district administration soldier (off-duty) in Golf town.',
    'On 1 May 2020, a security guard fatally shot a man who was not wearing a face mask in Golf.',
    'On 3 May 2020, militants executed a young male in the public square of Golf.',
  ])
    assert.equal(first(text)?.fatalities, 1, text);
  assert.equal(
    first(
      'On 4 May 2020, armed men attacked a family in Golf. The victims were taken away and later found. 3 fatalities.',
    )?.fatalities,
    3,
  );
  assert.equal(
    first('Police executed a search warrant at a house in Golf on Monday and arrested two men.')?.fatalities,
    undefined,
  );
});

test("an outbreak's toll inside an article told as one paragraph is no toll of its events", () => {
  const e = first(
    'Local residents attacked and damaged transport vehicles in Golf on Monday. The outbreak has caused some 180 fatalities in the province since March, officials said.',
  );
  assert.ok(e);
  assert.equal(e.fatalities, undefined);
});

test('a participant names each span of its evidence once', () => {
  const e = first('Police fired tear gas at protesters in Baghdad on Friday, killing two.');
  assert.ok(e);
  for (const p of [...e.actors, ...e.targets]) {
    const spans = p.evidence.map((x) => `${x.start}-${x.end}`);
    assert.equal(new Set(spans).size, spans.length, JSON.stringify(p));
  }
});

test('two mentions of one party, named alike by ACLED, are listed once with the evidence of both', () => {
  const text = 'On 6 May 2020, 3 PKK militants were killed during operations carried out by the Gendarmerie in Ovacik.';
  const e = first(text);
  const pkk = e?.targets.filter((t) => t.acled === 'PKK: Kurdistan Workers Party') ?? [];
  assert.equal(pkk.length, 1, JSON.stringify(e?.targets));
  assert.deepEqual(
    pkk[0]!.evidence.map((s) => text.slice(s.start, s.end)),
    ['PKK', 'militants'],
  );
});

test('a fight told as done is a battle, never the background of a strategic development', () => {
  const e = first('Rebels fought against government troops near Goma on Friday, a spokesman said.');
  assert.equal(e?.acled?.eventType, 'Battles');
  // Fighting in a relative clause is the background of what the note is about.
  const recruit = first(
    'On 4 May 2020, Saudi forces in Hadibu launched a recruitment campaign to establish a new force neutral from both pro-STC and pro-Hadi forces that recently clashed in the island.',
  );
  assert.notEqual(recruit?.acled?.eventType, 'Battles');
});

test('a weapon or a word of the trade the tagger took for a name is no party', () => {
  const text = 'On 7 May 2020, an unidentified IED exploded near Yusufiyah, leaving 1 police officer injured.';
  const e = first(text);
  const parties = [...(e?.actors ?? []), ...(e?.targets ?? [])].map((p) => p.acled ?? p.name);
  assert.ok(!parties.includes('IED'), parties.join(', '));
  assert.equal(e && acledActor2(e)?.kind, 'police');
});
