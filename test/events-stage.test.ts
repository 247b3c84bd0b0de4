import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import type { EventAttrs } from '../src/core/layers.js';
import { createPipeline } from '../src/core/pipeline.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';
import { extract } from '../src/extract.js';
import { REPO_ROOT, assertValidRecord } from './helpers/record-checks.js';

const by = { stage: 'test', confidence: 1 };

/** Runs sentences and numbers, lets the test add layers, then runs the event stage (rules only). */
function run(
  text: string,
  layers: (doc: Doc) => void = () => {},
  published = '2021-03-12',
): { doc: Doc; evs: EventAttrs[] } {
  const doc = createPipeline([sentences(), numbers()]).run(Doc.create(text, { published }));
  layers(doc);
  createPipeline([events({ classifier: null })], ['sentence', 'token', 'number']).run(doc);
  return { doc, evs: doc.layer('event').map((e) => e.attrs) };
}

function at(doc: Doc, s: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = doc.text.indexOf(s, i + 1);
  assert.ok(i >= 0, `"${s}" in text`);
  return { start: i, end: i + s.length };
}

test('a protest with a size, a claim and a stated date', () => {
  const text = 'On Monday, hundreds of nurses protested outside the ministry in Lyon, demanding higher pay.';
  const { doc, evs } = run(text, (d) => {
    d.add('timex', { ...at(d, 'On Monday'), attrs: { type: 'DATE', value: '2021-03-08', stated: ['weekday'] }, by });
    d.add('place', {
      ...at(d, 'Lyon'),
      attrs: { name: 'Lyon', lat: 45.75, lon: 4.85, country: 'FR', featureCode: 'PPLA', use: 'literal' },
      by,
    });
  });
  assert.equal(evs.length, 1);
  const e = evs[0]!;
  assert.equal(e.type, 'PROTEST');
  assert.equal(e.mode, 'demo');
  assert.deepEqual(e.acled, { eventType: 'Protests', subEventType: 'Peaceful protest' });
  assert.equal(e.factuality, 'asserted');
  assert.equal(e.date.value, '2021-03-08');
  assert.equal(e.date.certainty, 'stated');
  assert.deepEqual([e.size?.low, e.size?.high, e.size?.text], [200, 999, 'hundreds']);
  assert.equal(e.location?.name, 'Lyon');
  assert.equal(e.location?.precision, 'city');
  assert.equal(e.actors[0]?.acled, 'Protesters (France)');
  assert.equal(e.claims[0]?.text, 'demanding higher pay');
  for (const c of e.claims) assert.equal(doc.surface(c.evidence[0]!), c.text);
});

test('a call to demonstrate is a request, not a demonstration', () => {
  const { evs } = run('The union leader called on workers to stage a general strike against the reform.');
  assert.deepEqual(
    evs.map((e) => [e.type, e.factuality]),
    [['REQUEST', 'asserted']],
  );
  assert.match(evs[0]!.claims[0]!.text, /^stage a general strike/);
});

test('a threat is THREATEN, and the attack it names did not happen', () => {
  const { evs } = run('A militia spokesman said force will be used against the foreign troops if they do not leave.');
  assert.deepEqual(
    evs.map((e) => [e.type, e.mode, e.factuality]),
    [['THREATEN', 'violence', 'threatened']],
  );
});

test('denied and hypothetical events are marked, historical ones too', () => {
  assert.equal(
    run('Police said officers did not arrest anyone at the march.').evs.find((e) => e.type === 'COERCE')?.factuality,
    'negated',
  );
  assert.equal(run('Officials fear that riots could erupt next week.').evs[0]?.factuality, 'hypothetical');
  const { evs } = run(
    'The strike recalled the great uprising of 1936. Workers staged mass protests across the country at the time.',
  );
  assert.equal(evs.at(-1)?.factuality, 'historical');
  assert.equal(evs.at(-1)?.date.value, '1936');
});

test('mentions of one rally are one event, with every mention and source', () => {
  const text =
    'Thousands of farmers rallied in Pune on Friday. According to Reuters, the rally blocked the main road. The protesters went home at dusk.';
  const { evs } = run(text);
  const protests = evs.filter((e) => e.type === 'PROTEST');
  assert.equal(protests.length, 1);
  // rallied, the rally, blocked the main road (its obstruction), the protesters
  assert.equal(protests[0]!.mentions.length, 4);
  assert.equal(protests[0]!.factuality, 'asserted');
  assert.deepEqual(
    protests[0]!.sources.map((s) => s.name),
    ['Reuters'],
  );
});

test('an attribution layer makes an event reported and names its source', () => {
  const text = 'The agency said that soldiers deployed checkpoints across the city.';
  const { evs } = run(text, (d) => {
    d.add('attribution', {
      ...at(d, 'soldiers deployed checkpoints across the city'),
      attrs: { source: { ...at(d, 'The agency'), text: 'The agency' } },
      by,
    });
  });
  assert.equal(evs[0]?.type, 'MOBILIZE');
  assert.equal(evs[0]?.factuality, 'reported');
  assert.equal(evs[0]?.sources[0]?.name, 'The agency');
  assert.ok(evs[0]?.sources[0]?.attribution);
});

test('fatalities, injuries and arrests with their evidence', () => {
  const { doc, evs } = run(
    'Gunmen killed 4 villagers and wounded two others near the market. Police arrested 12 suspects.',
  );
  const attack = evs.find((e) => e.type === 'ASSAULT')!;
  assert.equal(attack.fatalities, 4);
  assert.equal(attack.injuries, 2);
  assert.equal(doc.surface(attack.counts![0]!.evidence[0]!), '4');
  const arrest = evs.find((e) => e.type === 'COERCE')!;
  assert.equal(arrest.arrests, 12);
  assert.equal(attack.actors[0]?.kind, 'unidentified-armed-group');
});

test('a toll restated in later sentences is counted once; separate tolls add up', () => {
  const restated = run(
    'Gunmen killed 12 villagers near the market on Monday. The attack killed 12 people, officials said.',
  ).evs.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(
    restated.map((e) => e.fatalities),
    [12],
  );
  const separate = run('Gunmen killed 3 villagers in Kabo. Militants killed 2 farmers in Kabo.').evs.filter(
    (e) => e.type === 'ASSAULT',
  );
  assert.equal(
    separate.reduce((n, e) => n + (e.fatalities ?? 0), 0),
    5,
  );
});

test('"two days after" dates the anchor event from the governing one', () => {
  const text =
    'On March 9, the assembly voted for a bill calling for new elections two days after gunmen killed the mayor.';
  const { doc, evs } = run(text, (d) => {
    d.add('timex', { ...at(d, 'March 9'), attrs: { type: 'DATE', value: '2021-03-09', stated: ['month', 'day'] }, by });
    d.add('timex', {
      ...at(d, 'two days after'),
      attrs: {
        type: 'DURATION',
        value: 'P2D',
        stated: [],
        relative: { duration: 'P2D', direction: 'after', anchorSpan: at(d, 'gunmen killed the mayor') },
      },
      by,
    });
  });
  const killing = evs.find((e) => e.type === 'ASSAULT')!;
  assert.equal(killing.date.value, '2021-03-07');
  assert.equal(killing.date.certainty, 'inferred');
  const rel = doc.layer('timex')[1]!;
  assert.equal(rel.attrs.type, 'DATE');
  assert.equal(rel.attrs.value, '2021-03-09');
  assert.equal(rel.attrs.anchor, doc.layer('event').find((e) => e.attrs.type === 'ASSAULT')!.id);
});

test('a caption year that conflicts warns, and the event keeps the year of publication', () => {
  const text =
    'Crowds of protesters gather in Quito on May 3, 2020.\n\nLarge crowds of protesters gathered in Quito on Sunday.';
  const { doc, evs } = run(
    text,
    (d) => {
      d.add('timex', { ...at(d, 'May 3, 2020'), attrs: { type: 'DATE', value: '2020-05-03', stated: ['year'] }, by });
      d.add('timex', { ...at(d, 'Sunday'), attrs: { type: 'DATE', value: '2021-05-03', stated: ['weekday'] }, by });
    },
    '2021-05-04',
  );
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.date.value, '2021-05-03');
  assert.ok(doc.warnings.some((w) => w.kind === 'event-date-conflict'));
});

test('sizes stated two ways warn; an unlocated event warns once places exist', () => {
  const text = 'About 300 people marched. Organisers said the march drew 5,000 people.';
  const { doc } = run(text, (d) => d.touch('place'));
  assert.ok(doc.warnings.some((w) => w.kind === 'size-conflict'));
  assert.ok(doc.warnings.some((w) => w.kind === 'event-place-unresolved'));
});

test('words inside names do not trigger events', () => {
  assert.deepEqual(run('The Popular Mobilization Units issued a statement.').evs, []);
});

test('the founding article yields its core events and a valid record', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
  const r = extract(text);
  assertValidRecord(r);
  const types = r.events.map((e) => `${e.type}:${e.factuality}`);
  for (const t of [
    'PROTEST:asserted',
    'ASSAULT:asserted',
    'REQUEST:asserted',
    'MOBILIZE:reported',
    'THREATEN:threatened',
    'PROTEST:historical',
  ])
    assert.ok(types.includes(t), `${t} in ${types.join(' ')}`);
  const rally = r.events.find((e) => e.type === 'PROTEST' && e.factuality === 'asserted')!;
  assert.equal(rally.size?.text, 'tens of thousands');
  assert.ok(rally.mentions.length >= 5);
  assert.ok(
    !r.events.some(
      (e) =>
        e.type === 'PROTEST' && /million-strong/.test(r.text!.slice(e.mentions[0]!.start, e.mentions[0]!.end + 40)),
    ),
  );
});

test('the founding article: the Karbala buses, the vote in Iraq and the presupposed missile attack', async () => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
  const r = extract(text);
  const said = (e: (typeof r.events)[number]) => e.mentions.map((m) => text.slice(m.start, m.end)).join('|');
  // Setting out for the rally from Karbala is an event of its own, in Karbala, not merged into
  // the rally in Baghdad nor taking the rally's later mentions.
  const buses = r.events.find((e) => /boarding buses/.test(said(e)));
  assert.equal(buses?.type, 'PROTEST');
  assert.equal(buses?.location?.name, 'Karbala');
  assert.equal(buses?.date.value, '2020-01-24');
  assert.deepEqual(buses?.mentions.length, 1);
  // The parliament's vote happened in Iraq (its actor's country), not in the United States that
  // "US-led forces" and "Washington" name.
  const vote = r.events.find((e) => /^voted$/.test(said(e)));
  assert.equal(vote?.location?.country, 'IQ');
  // "Yasser added that Iran's missile attack … was a prelude": the attack is presupposed, the
  // source's claim is about it; the article asserts it happened.
  const attack = r.events.find((e) => /missile attack/.test(said(e)));
  assert.equal(attack?.factuality, 'asserted');
  assert.equal(attack?.sources[0]?.name, 'Yasser');
});

test("an event reported as a source's claim stays reported; one it presupposes is asserted", () => {
  const claimed = run('Police said that gunmen attacked a checkpoint near the border.').evs[0];
  assert.equal(claimed?.factuality, 'reported');
  const presupposed = run("Police said that the gunmen's attack on the checkpoint was planned for weeks.").evs[0];
  assert.equal(presupposed?.factuality, 'asserted');
});

test('boarding buses is a protest only in an article about a protest', () => {
  assert.deepEqual(run('Tourists were seen boarding buses to the airport.').evs, []);
  const { evs } = run('Workers were seen boarding buses heading to the capital for the rally against the reform.');
  assert.ok(evs.some((e) => e.type === 'PROTEST'));
});

test('"said that protesters gathered in …" is reported: a complementizer is not a determiner', () => {
  const e = run('Witnesses said that hundreds of protesters gathered in the square.').evs[0];
  assert.equal(e?.factuality, 'reported');
});

test('the date of an event: fronted over vaguer, outside over parenthesised, never a name or a count', () => {
  const dated = (text: string, timexes: [string, string][]) =>
    run(
      text,
      (d) => {
        for (const [surface, value] of timexes)
          d.add('timex', { ...at(d, surface), attrs: { type: 'DATE', value, stated: ['day'] }, by });
      },
      // (Published after the days these reports tell.)
      '2021-08-01',
    ).evs[0]?.date.value;
  // "7 July" names a neighbourhood; "at" a day without a time is a place.
  assert.equal(
    dated('On 2 May 2021, gunmen fired at 7 July and College areas of the city.', [
      ['2 May 2021', '2021-05-02'],
      ['7 July', '2021-07-07'],
    ]),
    '2021-05-02',
  );
  // A range in parentheses qualifies the date before it.
  assert.equal(
    dated('Around 6 May 2021 (from 6-7 May), residents burned tires in the town.', [
      ['6 May 2021', '2021-05-06'],
      ['7 May', '2021-05-07'],
    ]),
    '2021-05-06',
  );
  // "nearly 2000 migrant workers" is a crowd, not a year.
  assert.equal(
    dated('On 8 May 2021, nearly 2000 migrant workers gathered in the city.', [
      ['8 May 2021', '2021-05-08'],
      ['2000', '2000'],
    ]),
    '2021-05-08',
  );
  // A fronted day dates the sentence; "the weekend" belongs to the clause inside it.
  assert.equal(
    dated('On 9 May 2021, hundreds of workers protested until the end of the weekend in the city.', [
      ['9 May 2021', '2021-05-09'],
      ['the weekend', '2021-W18-WE'],
    ]),
    '2021-05-09',
  );
  // So after a label, and "last night", read from the publication date, belongs to the arrest.
  const lastNight = (text: string) =>
    run(text, (d) => {
      d.add('timex', {
        ...at(d, '29 April 2021'),
        attrs: { type: 'DATE', value: '2021-04-29', stated: ['day', 'month', 'year'] },
        by,
      });
      d.add('timex', { ...at(d, 'last night'), attrs: { type: 'TIME', value: '2021-04-28TNI', stated: [] }, by });
    }).evs[0]?.date.value;
  assert.equal(
    lastNight(
      'Protests: On 29 April 2021, protesters blocked a roundabout in demonstration against an arrest last night.',
    ),
    '2021-04-29',
  );
});

test("the note's country picks a toponym's namesake there", () => {
  // Nothing but the words says which Tripoli: the dollar crisis is Lebanon's.
  const rec = extract({
    id: 'tripoli',
    published: '2021-03-02',
    text: 'On 2 March 2021, protesters demonstrating against the high US dollar exchange rate and dire living conditions blocked the main square in Tripoli.',
  });
  assert.equal(rec.events[0]?.location?.country, 'LB');
  assert.equal(rec.events[0]?.location?.name, 'Tripoli');
});

test('what a charge names is no event; an arrest with no harm told stays an arrest; a passive subject is acted on', () => {
  const { evs } = run('The mason was charged with sexual assault and two counts of risk of injury to a minor.');
  assert.deepEqual(evs, []);
  const listed = run(
    'His convictions date to 1990, including assault with intent to kill, second-degree arson and burglary, records show.',
  );
  assert.deepEqual(listed.evs, []);
  const record = extract({
    id: 'burglary',
    published: '2021-05-03',
    text: 'SPRINGVILLE, May 3 - A burglary suspect, Tom Baker, 31, was arrested by Springville police at the scene after the homeowner blocked his car in the driveway, officials said.',
  });
  assert.equal(record.events.length, 1);
  const [e] = record.events;
  assert.equal(e!.type, 'COERCE');
  assert.equal(e!.acled?.subEventType, 'Arrests');
  assert.ok(
    e!.targets.some((t) => t.name === 'Tom Baker'),
    JSON.stringify(e!.targets),
  );
  assert.ok(!e!.actors.some((a) => a.name === 'Tom Baker'), JSON.stringify(e!.actors));
});

test("the officer named after a force's acronym in a passive arrest is its actor, not its target", () => {
  const record = extract({
    id: 'officer',
    published: '2021-05-03',
    text: 'A Salem woman was arrested at her home. Kay Dunn, 20, of 14 Oak St. was arrested by SPD Patrolman Lisa Grant.',
  });
  const arrest = record.events.find((e) => e.targets.some((t) => t.name === 'Kay Dunn'));
  assert.ok(arrest, JSON.stringify(record.events.map((e) => e.targets)));
  assert.ok(!arrest.targets.some((t) => /Lisa Grant|Oak St/.test(t.name)), JSON.stringify(arrest.targets));
  assert.ok(
    arrest.actors.some((a) => a.name === 'Lisa Grant'),
    JSON.stringify(arrest.actors),
  );
});

test('a passive arrest by a town’s police has the police for its actor; whom the charge names is no target', () => {
  const record = extract({
    id: 'town-police',
    published: '2021-05-03',
    text: 'Tom Hale, 40, was arrested by Salem police on Friday and charged with lying to authorities during the inquiry.',
  });
  const arrest = record.events.find((e) => e.acled?.subEventType === 'Arrests');
  assert.ok(arrest, JSON.stringify(record.events.map((e) => e.type)));
  assert.deepEqual(
    arrest.targets.map((t) => t.name),
    ['Tom Hale'],
  );
  assert.ok(
    arrest.actors.some((a) => /police/i.test(a.name)),
    JSON.stringify(arrest.actors),
  );
});

test('a place’s name before a person says where she is from: no government is party to her arrest', () => {
  const record = extract({
    id: 'resident',
    published: '2021-05-03',
    text: 'A Paris woman was arrested at her home on Friday for filing a false report, police said.',
  });
  const arrest = record.events.find((e) => e.acled?.subEventType === 'Arrests');
  assert.ok(arrest, JSON.stringify(record.events.map((e) => e.type)));
  assert.ok(!arrest.targets.some((t) => /Paris|France/.test(t.name)), JSON.stringify(arrest.targets));
});

test('a dateline’s place and agency are not actors', () => {
  const record = extract({
    id: 'dateline',
    published: '2008-12-03',
    text: 'HARARE, Dec 3 (Wire) - The South African Red Cross has sent medical aid to Zimbabwe, the charity said.',
  });
  const aid = record.events.find((e) => e.type === 'AID');
  assert.ok(aid, JSON.stringify(record.events.map((e) => e.type)));
  assert.deepEqual(
    aid.actors.map((a) => a.name),
    ['South African Red Cross'],
  );
});

test('what a crowd’s slogans urge is the protest’s claim, not a request of its own', () => {
  const { evs } = run(
    'About 1,700 protesters gathered in nearby streets, chanting slogans that urged the president to cancel the decision.',
  );
  assert.deepEqual(
    evs.map((e) => e.type),
    ['PROTEST'],
  );
  assert.ok(
    evs[0]!.claims.some((c) => /urged the president/.test(c.text)),
    JSON.stringify(evs[0]!.claims),
  );
});

test('a wire story’s headline and later casualty counts are its lead’s event; the date of a saying is not the deaths’', () => {
  const record = extract({
    id: 'truck',
    published: '2016-07-15',
    text: [
      'Truck attack kills at least 80.',
      '',
      'A truck rammed into a crowd in the seaside city of Nice on Thursday night, killing at least 80 people, officials said.',
      '',
      'The interior minister said early Friday that 80 people were killed and 18 others were critically injured.',
    ].join('\n'),
  });
  const attacks = record.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((e) => [e.date.value, e.location?.name])));
  assert.equal(attacks[0]!.date.value.slice(0, 10), '2016-07-14');
  assert.equal(attacks[0]!.location?.name, 'Nice');
  assert.equal(attacks[0]!.mentions.length >= 3, true);
});

test('force met by demonstrators is the protest it met; a protest recalled "since …, when" is another', () => {
  const record = extract({
    id: 'beirut',
    published: '2021-03-07',
    text: [
      'Thousands of protesters took to the streets of Beirut on Saturday to denounce the collapse of the pound.',
      '',
      'Security forces fired tear gas to disperse demonstrators who threw stones at the parliament building, and three people were wounded.',
      '',
      'The protests were the largest since October 2019, when hundreds of thousands demonstrated against the political elite.',
    ].join('\n'),
  });
  const protests = record.events.filter((e) => e.type === 'PROTEST');
  assert.deepEqual(
    protests.map((e) => e.date.value.slice(0, 7)),
    ['2021-03', '2019-10'],
  );
  assert.equal(protests[0]!.injuries, 3);
  assert.equal(protests[0]!.size?.text, 'Thousands');
});

test('vehicles counted are not the crowd', () => {
  const { evs } = run(
    'Hundreds of rioters clashed with soldiers in the square and hurled stones at two Police and one Military vehicles.',
  );
  assert.equal(evs[0]?.size?.text, 'Hundreds');
});

// The headline and lead of a report on an attack, shared by the full-article tests below.
const MARKET_ATTACK_LEAD = [
  'Gunman kills six at market.',
  '',
  'A gunman opened fire on shoppers at a market in the city of Lyon on Saturday afternoon, killing six people, police said.',
  '',
];

test('in a full article the attacker’s deeds told later, with no day or scene of their own, are the lead’s attack; an attack recalled stays apart', () => {
  const record = extract({
    id: 'market',
    published: '2021-06-13',
    text: [
      ...MARKET_ATTACK_LEAD,
      'The attacker was carrying explosives in a backpack when he reached the stalls at about 4:15 p.m., a police spokesman said.',
      '',
      'Witnesses said he stabbed a guard before fleeing.',
      '',
      'In March, gunmen killed 12 people at a cafe in Marseille.',
    ].join('\n'),
  });
  const attacks = record.events.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(
    attacks.map((e) => [e.date.value.slice(0, 10), e.location?.name]),
    [
      ['2021-06-12', 'Lyon'],
      ['2021-03', 'Marseille'],
    ],
  );
  const words = attacks[0]!.mentions.map((m) => record.text!.slice(m.start, m.end));
  assert.ok(words.includes('explosives') && words.includes('stabbed'), JSON.stringify(words));
});

test('an anniversary’s date is the remembered event’s, not the attack’s', () => {
  const record = extract({
    id: 'anniversary',
    published: '2021-06-13',
    text: [
      'A bomb exploded near the town hall in Lyon on Saturday, killing three people.',
      '',
      'The attack came on the anniversary of the founding of the republic on September 22, 1792.',
    ].join('\n'),
  });
  const attacks = record.events.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(
    attacks.map((e) => e.date.value.slice(0, 10)),
    ['2021-06-12'],
  );
});

test('an attack that took in a protest in its sentence is dated by the attack’s own words', () => {
  const text = 'Police shot a man dead in the street on Tuesday, and protesters marched until 2 a.m. Friday.';
  const { evs } = run(text, (d) => {
    d.add('timex', { ...at(d, 'Tuesday'), attrs: { type: 'DATE', value: '2021-03-09', stated: ['weekday'] }, by });
    d.add('timex', {
      ...at(d, '2 a.m. Friday'),
      attrs: { type: 'TIME', value: '2021-03-12T02:00', stated: ['time', 'weekday'] },
      by,
    });
  });
  const attack = evs.find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.date.value, '2021-03-09', JSON.stringify(evs.map((e) => [e.type, e.date.value])));
});

test('deeds tallied over recurring time are no event; the worst in recent years is one', () => {
  assert.deepEqual(
    run('Relatives of people who were killed in mass shootings in recent years spoke to the senator.').evs.filter(
      (e) => e.type === 'ASSAULT',
    ),
    [],
  );
  assert.deepEqual(
    run('Hundreds of people are killed in bombings every year in the region.').evs.filter((e) => e.type === 'ASSAULT'),
    [],
  );
  assert.deepEqual(
    run('He was one of 300 people shot and killed by the police so far this year.').evs.filter(
      (e) => e.type === 'ASSAULT',
    ),
    [],
  );
  assert.equal(
    run('A car bomb killed nine people at the port, the deadliest attack in recent years.').evs.filter(
      (e) => e.type === 'ASSAULT',
    ).length,
    1,
  );
});

test('a casualty told with a week of its own, or placed elsewhere by the next sentence, is not the main attack', () => {
  const attacksOf = (lines: string[]) => {
    const text = lines.join('\n');
    return extract({ id: 'two', published: '2021-06-13', text })
      .events.filter((e) => e.type === 'ASSAULT')
      .map((e) => e.mentions.map((m) => text.slice(m.start, m.end)).join('|'));
  };
  assert.deepEqual(
    attacksOf([
      'Gunmen killed four soldiers at a checkpoint near Kano on Saturday, the army said.',
      '',
      'Last week, gunmen killed two farmers.',
    ]),
    ['killed', 'killed'],
  );
  assert.deepEqual(
    attacksOf([
      'A gunman shot three people outside a bank in Denver on Saturday night, police said.',
      '',
      'Two people were injured when a driver rammed pedestrians. Deputies in Reno said the driver fled.',
    ]),
    ['shot', 'injured'],
  );
});

test('a stated day dates an event before a longer but vaguer span', () => {
  const text =
    'Police shot a man dead on Tuesday in the street of his town, and officers fired on his mourners this weekend.';
  const { evs } = run(text, (d) => {
    d.add('timex', { ...at(d, 'Tuesday'), attrs: { type: 'DATE', value: '2021-03-09', stated: ['weekday'] }, by });
    d.add('timex', { ...at(d, 'this weekend'), attrs: { type: 'DATE', value: '2021-W10-WE', stated: [] }, by });
  });
  assert.deepEqual(
    evs.map((e) => [e.type, e.date.value]),
    [['ASSAULT', '2021-03-09']],
  );
});

test('a later mention merged into the attack adds its agents, not who condemns or tells of it', () => {
  const record = extract({
    id: 'market-condemned',
    published: '2021-06-13',
    text: [
      ...MARKET_ATTACK_LEAD,
      'President Emmanuel Macron condemned the attack.',
      '',
      'The crowd had been celebrating Bastille Day.',
    ].join('\n'),
  });
  const attack = record.events.find((e) => e.type === 'ASSAULT')!;
  const words = attack.mentions.map((m) => record.text!.slice(m.start, m.end));
  assert.ok(words.includes('attack'), JSON.stringify(words));
  const names = [...attack.actors, ...attack.targets].map((a) => a.name);
  assert.ok(!names.some((n) => /Macron|Bastille/.test(n)), JSON.stringify(names));
});

test('a day counted from a named day dates the events of its clause, with both as evidence', () => {
  const text =
    'Soldiers attacked the village on Monday. Three days later, gunmen killed two farmers near the river. ' +
    'The next day, hundreds of villagers protested in the town.';
  const { doc, evs } = run(text, (d) => {
    const monday = d.add('timex', {
      ...at(d, 'Monday'),
      attrs: { type: 'DATE', value: '2021-03-08', stated: ['weekday'] },
      by,
    });
    d.add('timex', {
      ...at(d, 'Three days'),
      attrs: {
        type: 'DURATION',
        value: 'P3D',
        stated: ['day'],
        relative: { duration: 'P3D', direction: 'after' },
        anchor: monday.id,
      },
      by,
    });
    d.add('timex', {
      ...at(d, 'The next day'),
      attrs: {
        type: 'DATE',
        value: '2021-03-12',
        stated: [],
        relative: { duration: 'P1D', direction: 'after' },
        anchor: d.layer('timex')[1]!.id,
      },
      by,
    });
  });
  const killing = evs.find((e) => e.mentions.some((m) => text.slice(m.start, m.end).includes('killed')))!;
  assert.equal(killing.date.value, '2021-03-11');
  assert.equal(killing.date.certainty, 'stated');
  assert.deepEqual(killing.date.evidence, [at(doc, 'Three days'), at(doc, 'Monday')]);
  const protest = evs.find((e) => e.type === 'PROTEST')!;
  assert.equal(protest.date.value, '2021-03-12');
  assert.deepEqual(protest.date.evidence, [at(doc, 'The next day'), at(doc, 'Three days')]);
  // The timexes themselves keep what the text states: the distance is still a duration.
  assert.equal(doc.layer('timex')[1]!.attrs.value, 'P3D');
});

test('end to end: "three days later" and "the next day" date their events from the day named before', () => {
  const text =
    'Soldiers attacked the village of Kabo on Monday. Three days later, gunmen killed two farmers in Kabo. ' +
    'The next day, hundreds of villagers protested in Kabo.';
  const r = extract({ id: 'later', published: '2021-03-12', text });
  const said = (e: (typeof r.events)[number]) => e.mentions.map((m) => text.slice(m.start, m.end)).join('|');
  assert.equal(r.events.find((e) => /killed/.test(said(e)))?.date.value, '2021-03-11');
  assert.equal(r.events.find((e) => /protested/.test(said(e)))?.date.value, '2021-03-12');
  assert.equal(r.events.find((e) => /attacked/.test(said(e)))?.date.value, '2021-03-08');
  // A distance counted from another distance counts from the day that one reaches.
  const chained =
    'Soldiers attacked the village of Kabo on Monday. Two days later, gunmen killed two farmers in Kabo. ' +
    'Three days later, hundreds of villagers protested in Kabo.';
  const r3 = extract({ id: 'chained', published: '2021-03-12', text: chained });
  assert.equal(r3.events.find((e) => e.type === 'PROTEST')?.date.value, '2021-03-13');
  const sameDay =
    'Soldiers attacked the village of Kabo on Monday. Later in the day, hundreds of villagers protested in Kabo.';
  const r2 = extract({ id: 'same-day', published: '2021-03-12', text: sameDay });
  const protest = r2.events.find((e) => e.type === 'PROTEST');
  assert.equal(protest?.date.value, '2021-03-08');
  assert.deepEqual(
    protest?.date.evidence.map((s) => sameDay.slice(s.start, s.end)),
    ['the day', 'Monday'],
  );
});

test('a span of years labels a budget or a season, not the day of the event', () => {
  const text = 'Hundreds of farmers protested in Paris on Monday against the 1987/88 farm price proposals.';
  const r = extract({ id: 'span', published: '2021-03-12', text });
  assert.equal(r.events.find((e) => e.type === 'PROTEST')?.date.value, '2021-03-08');
  assert.deepEqual(
    r.timexes.map((t) => [text.slice(t.start, t.end), t.value]),
    [
      ['Monday', '2021-03-08'],
      ['1987', '1987'],
      ['88', '1988'],
    ],
  );
});

test('the dead of an attack found on a later day are its dead, not an event of that day', () => {
  const text =
    'On 3 May 2021, armed men broke into a house in Kabo and kidnapped a man. The next day his corpse was found.';
  const r = extract({ id: 'found', published: '2021-05-05', text });
  const assaults = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(assaults.length, 1);
  assert.equal(assaults[0]?.date.value, '2021-05-03');
});

test('what is told as done is not dated after the report: a date after it is the deadline of what was asked', () => {
  // Published on a Wednesday.
  const date = (text: string) =>
    extract({ text, published: '2021-03-10' }).events.map((e) => [e.type, e.date.value, e.date.certainty]);
  assert.deepEqual(date('The judge has urged the agency to process the claims by July 31.'), [
    ['REQUEST', '2021-03-10', 'inferred'],
  ]);
  // Told ahead, the date stands; so does a dateline a day ahead of the filing date.
  assert.deepEqual(date('Nurses will protest outside the ministry on Friday.'), [['PROTEST', '2021-03-12', 'stated']]);
  assert.deepEqual(date('ANKARA, March 11 - Soldiers attacked a village near the border, killing two farmers.')[0], [
    'ASSAULT',
    '2021-03-11',
    'stated',
  ]);
});

test('an arrest is no attack for a Ford Explorer or a narcotics search executed in its paragraph', () => {
  for (const text of [
    'A woman was arrested on drug charges Monday. Deputies went to the house to execute a narcotics search and found methamphetamine.',
    'Deputies arrested the driver of a Ford Explorer who had led them on a chase.',
  ])
    assert.deepEqual(
      extract({ text, published: '2009-03-04' }).events.map((e) => [e.type, e.acled?.subEventType]),
      [['COERCE', 'Arrests']],
      text,
    );
});

test('an arrest with no crowd, mob, riot or harm named is no riot', () => {
  const text =
    'Officers who were in marked police vehicles in the same parking lot arrested the two men as they tried to speed away.';
  assert.deepEqual(
    extract({ text, published: '2009-03-04' }).events.map((e) => [e.type, e.acled?.subEventType]),
    [['COERCE', 'Arrests']],
  );
});

test('a demand made by someone named or by a group is a request; a crowd’s demand beside its gathering is a protest', () => {
  const read = (text: string) => extract({ text, published: '2016-03-02' }).events.map((e) => e.type);
  for (const text of [
    'A major climate group is demanding that the candidates propose efforts to fight climate change.',
    'Prosecutors are demanding that the senator pay the government 4 million dollars.',
    'Trump is calling for a total and complete shutdown of Muslims entering the country, the ad says.',
  ])
    assert.deepEqual(read(text), ['REQUEST'], text);
  assert.deepEqual(read('Hundreds of workers gathered outside the factory, demanding unpaid wages.'), ['PROTEST']);
});

test('the month of a dateline is no march: an offensive told under "March 4" is no protest', () => {
  const text =
    'CAIRO, March 4 - The army said it had launched a new offensive against the rebels in the north-west of the country.';
  const types = extract({ text, published: '1987-03-04' }).events.map((e) => [e.type, e.acled?.eventType]);
  assert.deepEqual(types, [['ASSAULT', 'Battles']]);
});

test('a trigger after a comma shares its sentence’s subject, and an attack is no quote', () => {
  const r = extract({
    text: 'Gunmen attacked a police station in the town on Monday, killing two officers.',
    published: '2020-03-10',
  });
  assert.deepEqual(r.quotes, []);
  assert.equal(r.events.length, 1);
  const ev = r.events[0]!;
  assert.equal(ev.type, 'ASSAULT');
  assert.equal(ev.factuality, 'asserted');
  assert.deepEqual(
    ev.actors.map((a) => a.name),
    ['Gunmen'],
  );
  assert.ok(ev.targets.some((t) => /police/i.test(t.name)));
});

test('with no country told, no one country’s army is named as the actor', () => {
  const ev = extract({
    text: 'Rebels attacked an army post near the border, killing four soldiers.',
    published: '2020-03-10',
  }).events[0]!;
  assert.deepEqual(
    ev.actors.map((a) => a.name),
    ['Rebels'],
  );
});

test('an agency’s demand is no protest', () => {
  const read = (text: string) => extract({ text, published: '1987-03-04' }).events.map((e) => e.type);
  assert.deepEqual(read('He said the agency seemed to have stopped demanding such disclosures from companies.'), [
    'REQUEST',
  ]);
});

test('with no country told, no named group is guessed from the words of violence', () => {
  const ev = extract({ text: 'The army fired two missiles at the camp.', published: '2020-03-04' }).events[0]!;
  assert.equal(ev.type, 'ASSAULT');
  assert.deepEqual(
    ev.actors.map((a) => a.name),
    ['Army'],
  );
});

test('a shooting is looting or destruction only where something is taken, burnt or broken', () => {
  const read = (text: string) =>
    extract({ text, published: '2015-12-04' }).events.map((e) => e.acled?.subEventType ?? e.type);
  for (const text of [
    'Two drug suspects were killed during a police raid in the village.',
    'The suspect left the building, and 20 minutes later the shooting occurred.',
  ])
    assert.ok(!read(text).includes('Looting/property destruction'), text);
});

test('an unknown number of fatalities, coded as a number, is the event’s count, not a statistic', () => {
  const ev = extract({
    text: 'On 2 May 2020, government forces repelled an incursion near the town, killing several fighters. Unknown number of fatalities coded as 10.',
    published: '2020-05-02',
  }).events[0]!;
  assert.equal(ev.fatalities, 10);
});
