import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import type { Stage } from '../src/core/stage.js';
import { analyze } from '../src/extract.js';
import { buildRecord } from '../src/record/build-record.js';
import { entities } from '../src/stages/entities/entities.js';
import { SupplementedGazetteer } from '../src/gazetteer/learned-places.js';
import { placeIndexOf, places } from '../src/stages/places/places-stage.js';
import { sentences } from '../src/stages/sentences.js';
import { testGazetteer } from './helpers/ensure-gazetteer.js';
import { assertValidRecord, REPO_ROOT } from './helpers/record-checks.js';

function run(text: string, extra: Stage[] = []): Doc {
  return createPipeline([sentences(), ...extra, places({ gazetteer: testGazetteer() })]).run(Doc.create(text));
}

function placesOf(doc: Doc) {
  return doc.layer('place').map((p) => ({ text: doc.surface(p), start: p.start, ...p.attrs }));
}

test('cities of one country resolve there and set the focus country', () => {
  const doc = run('Protesters gathered in Mosul on Sunday, and police in Basra dispersed a crowd of Iraqi students.');
  const ps = placesOf(doc);
  assert.deepEqual(
    ps.map((p) => [p.text, p.country]),
    [
      ['Mosul', 'IQ'],
      ['Basra', 'IQ'],
    ],
  );
  assert.equal(doc.meta.focusCountry, 'IQ');
  for (const p of ps) assert.ok(p.lat !== null && p.lon !== null && p.geonameid !== undefined);
});

test('a stated state picks the namesake ("Alexandria, La.")', () => {
  const ps = placesOf(run('A fire destroyed a home in Alexandria, La., on Tuesday, deputies said.'));
  const alex = ps.find((p) => p.text === 'Alexandria');
  assert.equal(alex?.country, 'US');
  assert.equal(alex?.admin1, 'Louisiana');
  assert.ok(ps.some((p) => p.text === 'La.' && p.featureCode === 'ADM1'));
});

test('designators choose a province or a city', () => {
  const ps = placesOf(run('Militants attacked the western province of Anbar. Pilgrims in Karbala city prayed.'));
  assert.equal(ps.find((p) => p.text === 'Anbar')?.featureCode, 'ADM1');
  assert.match(ps.find((p) => p.text === 'Karbala')?.featureCode ?? '', /^PPL/);
});

test('"the capital" is the capital of the focus country', () => {
  const ps = placesOf(run('Kenyan officials met in Mombasa on Monday. Later, protests spread to the capital.'));
  const capital = ps.find((p) => p.text === 'the capital');
  assert.equal(capital?.name, 'Nairobi');
  assert.equal(capital?.country, 'KE');
});

test('a capital acting as a government is metonymic', () => {
  const ps = placesOf(run('Moscow rejected the proposal, Ukrainian officials in Kyiv said.'));
  assert.equal(ps.find((p) => p.text === 'Moscow')?.use, 'metonymic');
  assert.equal(ps.find((p) => p.text === 'Kyiv')?.use, 'literal');
});

test('a person named like a place is not a place', () => {
  const ps = placesOf(run('Police said Henry Jordan, 44, of Dallas, was arrested. Jordan was released on bail.'));
  assert.deepEqual(
    ps.map((p) => p.text),
    ['Dallas'],
  );
});

test('an unknown name stays a toponym with a warning and does not empty the others', () => {
  const doc = run('Fighters seized Qwertzabad province overnight and shelled Aleppo.');
  const ps = placesOf(doc);
  const unknown = ps.find((p) => p.text === 'Qwertzabad');
  assert.ok(unknown, 'the unknown toponym is kept');
  assert.equal(unknown.lat, null);
  assert.equal(unknown.lon, null);
  assert.equal(ps.find((p) => p.text === 'Aleppo')?.country, 'SY');
  assert.ok(doc.warnings.some((w) => w.kind === 'place-unresolved' && w.start === unknown.start));
});

test('furniture is not analysed', () => {
  const text = 'Filed from Paris\n\nThe talks in Geneva ended.';
  const doc = createPipeline([sentences(), places({ gazetteer: testGazetteer() })]).run(
    Doc.create(text, { furniture: [{ start: 0, end: 16 }] }),
  );
  assert.deepEqual(
    doc.layer('place').map((p) => doc.surface(p)),
    ['Geneva'],
  );
});

/** Stands in for an entity stage: marks fixed spans with fixed types, as a model would. */
function entitiesAt(spans: [string, 'GPE' | 'PERSON' | 'FAC' | 'LOC' | 'MISC' | 'ORG'][]): Stage {
  return {
    name: 'test-entities',
    requires: ['token'],
    produces: ['entity'],
    run(doc) {
      doc.touch('entity');
      for (const [surface, type] of spans) {
        const start = doc.text.indexOf(surface);
        doc.add('entity', {
          start,
          end: start + surface.length,
          attrs: { type },
          by: { stage: 'test', confidence: 1 },
        });
      }
    },
  };
}

test('entity mentions add candidates, veto person names and get their type refined', () => {
  const text =
    'Lincoln spoke at Ain al-Asad while aid reached camps in Zorblatistan by Zorblat Road. Zorbla cars sold well.';
  const doc = run(text, [
    entitiesAt([
      ['Lincoln', 'PERSON'],
      ['Ain al-Asad', 'GPE'],
      ['Zorblatistan', 'GPE'],
      ['Zorblat Road', 'FAC'],
      ['Zorbla', 'GPE'],
    ]),
  ]);
  const ps = placesOf(doc);
  assert.ok(!ps.some((p) => p.text === 'Lincoln'));
  assert.equal(ps.find((p) => p.text === 'Ain al-Asad')?.featureCode, 'MILB');
  // An unknown GPE stays a toponym without coordinates; an unknown road is not guessed at.
  const unknown = ps.find((p) => p.text === 'Zorblatistan');
  assert.ok(unknown);
  assert.equal(unknown.lat, null);
  assert.ok(!ps.some((p) => p.text === 'Zorblat Road'));
  // Nor is an unknown name the model calls a GPE outside any locative context.
  assert.ok(!ps.some((p) => p.text === 'Zorbla'));
  const ent = doc.layer('entity').find((e) => doc.surface(e) === 'Ain al-Asad');
  assert.equal(ent?.attrs.type, 'FAC');
});

test('the founding article: every place resolved as a careful reader would', () => {
  const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
  const doc = run(text);
  const ps = placesOf(doc);
  const find = (t: string) => ps.filter((p) => p.text === t);
  assert.ok(find('Baghdad').every((p) => p.featureCode === 'PPLC' && p.country === 'IQ'));
  assert.equal(find('Jadriyah')[0]?.featureCode, 'PPLX');
  assert.equal(find('Baghdad University')[0]?.name, 'University of Baghdad');
  assert.equal(find('Karbala')[0]?.country, 'IQ');
  assert.match(find('Karbala')[0]?.featureCode ?? '', /^PPL/);
  assert.equal(find('Anbar')[0]?.featureCode, 'ADM1');
  assert.equal(find('Ain al-Assad')[0]?.featureCode, 'MILB');
  assert.equal(find('Iraq')[0]?.featureCode, 'PCLI');
  assert.equal(find('Iran')[0]?.country, 'IR');
  const washington = find('Washington');
  assert.ok(washington.length > 0 && washington.every((p) => p.use === 'metonymic' && p.country === 'US'));
  assert.ok(find('the capital').every((p) => p.name === 'Baghdad'));
  assert.ok(!ps.some((p) => /Iraqi|Lebanese/.test(p.text)), 'demonyms are not places');
  assert.equal(doc.meta.focusCountry, 'IQ');
  const record = buildRecord('seed', doc);
  assertValidRecord(record);
  assert.equal(record.document.focusCountry, 'IQ');
});

test('the founding article through the default pipeline (with the entity layer)', () => {
  const text = readFileSync(new URL('examples/baghdad-rally-2020-01-24.txt', REPO_ROOT), 'utf8');
  const doc = analyze({ id: 'seed', text, published: '2020-01-24' });
  const names = new Set(doc.layer('place').map((p) => `${doc.surface(p)}=${p.attrs.name}`));
  for (const expected of [
    'Baghdad=Baghdad',
    'Jadriyah=Jadriyah',
    'Baghdad University=University of Baghdad',
    'Karbala=Karbala',
    'Anbar=Anbar',
    'Ain al-Assad=Ain al-Asad air base',
    'Iraq=Iraq',
    'Iran=Iran',
  ])
    assert.ok(names.has(expected), expected);
  assert.ok(
    doc.layer('place').every((p) => p.attrs.lat !== null),
    'every place resolved',
  );
  assert.ok(
    doc
      .layer('place')
      .filter((p) => doc.surface(p) === 'Washington')
      .every((p) => p.attrs.use === 'metonymic'),
  );
  // "‘Zero hour …’" opens a line; the article also writes "the zero hour".
  assert.ok(!doc.layer('place').some((p) => doc.surface(p) === 'Zero'));
});

test('acronyms and movements are not the villages that share their letters', () => {
  const text = 'IS claimed the attack, and Taliban fighters struck a checkpoint near Mosul. US troops left.';
  const doc = run(text, [entitiesAt([['Taliban', 'MISC']])]);
  const ps = placesOf(doc);
  assert.ok(!ps.some((p) => p.text === 'IS'), JSON.stringify(ps.map((p) => p.text)));
  assert.ok(!ps.some((p) => p.text === 'Taliban'));
  assert.equal(ps.find((p) => p.text === 'Mosul')?.country, 'IQ');
  // A country's own abbreviation stays a country.
  assert.equal(ps.find((p) => p.text === 'US')?.featureCode, 'PCLI');
});

test('a name the tagger calls a person is a place when the text places it ("in Ludhiana (Punjab)")', () => {
  const text = 'A mob attacked a shopkeeper in Ludhiana (Punjab) on Tuesday.';
  const ps = placesOf(run(text, [entitiesAt([['Ludhiana', 'PERSON']])]));
  assert.equal(ps.find((p) => p.text === 'Ludhiana')?.country, 'IN');
});

test('a parenthesised hierarchy places a small place inside its units, or at them when it is unknown', () => {
  // The index knows only two villages called Pisky, both in Mykolaiv oblast: "Pisky, Donetsk" is
  // placed at Donetsk rather than 300 km away.
  const ps = placesOf(run('Shelling hit Pisky, Donetsk, and a farm in Mosul (Nineveh).'));
  const pisky = ps.find((p) => p.text === 'Pisky');
  assert.equal(pisky?.country, 'UA');
  assert.equal(pisky?.admin1, 'Donetsk');
  assert.equal(ps.find((p) => p.text === 'Mosul')?.country, 'IQ');
  // The Arabic article is optional: "Ar-Raqqa" is Raqqa.
  const raqqa = placesOf(run('Gunmen attacked a checkpoint in Ar-Raqqa on Sunday.')).find((p) => p.text === 'Ar-Raqqa');
  assert.equal(raqqa?.country, 'SY');
});

test('a city joined to its district is placed at the city; particles stay inside names', () => {
  const ps = placesOf(run('A grenade hit a checkpoint in Mogadishu-Hodan district on Monday.'));
  const mog = ps.find((p) => p.text === 'Mogadishu');
  assert.equal(mog?.country, 'SO');
  assert.equal(ps.length, 1);
  const ms = placesOf(run('Police seized a truck in Campo Grande, Mato Grosso do Sul, on Friday.'));
  assert.ok(
    ms.some((p) => p.text === 'Mato Grosso do Sul' && p.featureCode === 'ADM1'),
    JSON.stringify(ms),
  );
});

test('the first word of a longer name is not the town it spells elsewhere ("Bat Galim Square of Haifa")', () => {
  const ps = placesOf(run('Medical interns protested in Bat Galim Square of Haifa city on Saturday.'));
  assert.ok(!ps.some((p) => p.text === 'Bat'), JSON.stringify(ps.map((p) => p.text)));
  assert.equal(ps.find((p) => p.text === 'Haifa')?.country, 'IL');
});

test('a known name joined by a particle to other capitalized words is a piece of a longer name', () => {
  const ps = placesOf(
    run('Artillery shelled Qabr al Kabir in al-Hasakeh. A raid took place in Marawi, Lanao del Sur.'),
  );
  assert.ok(!ps.some((p) => p.text === 'Kabir' || p.text === 'Sur'), JSON.stringify(ps.map((p) => p.text)));
  assert.ok(ps.some((p) => p.text === 'al-Hasakeh' && p.country === 'SY'));
});

test("an armed movement's name is not the village that shares it", () => {
  const ps = placesOf(run('Fifty soldiers were released from Taliban prisons in Kunduz province.'));
  assert.deepEqual(
    ps.map((p) => p.text),
    ['Kunduz'],
  );
});

test('a hyphenated Arabic article or "wa" also joins a piece to a longer name', () => {
  const ps = placesOf(run('Forces clashed in Wadi al-Rabi. Airstrikes targeted Khabb wa ash Shaaf district.'));
  assert.ok(!ps.some((p) => p.text === 'Wadi' && p.lat !== null), JSON.stringify(ps.map((p) => p.text)));
  assert.ok(!ps.some((p) => p.text === 'Shaaf' && p.lat !== null));
});

test('"Molotov cocktail" names no city', () => {
  assert.deepEqual(
    placesOf(run('Rioters hurled a Molotov cocktail at a bank in Sidon.')).map((p) => p.text),
    ['Sidon'],
  );
});

test('local units name places the gazetteer lacks ("X tehsil", "X township")', () => {
  const ps = placesOf(run('Gunmen attacked Zorvakiri township in Benue. Police raided Qorbandi tehsil.'));
  assert.ok(
    ps.some((p) => p.text === 'Zorvakiri'),
    JSON.stringify(ps.map((p) => p.text)),
  );
  assert.ok(ps.some((p) => p.text === 'Qorbandi'));
});

test('a town whose container follows in parentheses is a place, whatever the tagger says', () => {
  const ps = placesOf(run('Gunmen killed a revenue collector at the bus station of Warri (Warri South LGA, Delta).'));
  assert.ok(
    ps.some((p) => p.text === 'Warri' && p.country === 'NG'),
    JSON.stringify(ps.map((p) => p.text)),
  );
});

test('a country naming a currency is not a place of the story', () => {
  const ps = placesOf(run('Protesters angry at the high US dollar exchange rate blocked a road in Tripoli, Lebanon.'));
  assert.ok(!ps.some((p) => p.text === 'US'), JSON.stringify(ps.map((p) => p.text)));
  assert.ok(ps.some((p) => p.text === 'Lebanon'));
});

test('the units listed in parentheses after a place are places, whatever the tagger says', () => {
  const doc = createPipeline([sentences(), entities(), places({ gazetteer: testGazetteer() })]).run(
    Doc.create('Gunmen seized a truck near Kolbaye (Dori, Seno) on Sunday.'),
  );
  const ps = placesOf(doc);
  assert.ok(
    ps.some((p) => p.text === 'Dori' && p.country === 'BF'),
    JSON.stringify(ps.map((p) => [p.text, p.country])),
  );
});

test('two spelling variants that agree on a country vouch for each other', () => {
  const ps = placesOf(run('Militants shot a soldier at Kelmadow (Wanla Weyn, Lower Shabelle) on Monday.'));
  assert.deepEqual(
    ps.filter((p) => p.lat !== null).map((p) => [p.text, p.country]),
    [
      ['Wanla Weyn', 'SO'],
      ['Lower Shabelle', 'SO'],
    ],
  );
});

test('later stages can weigh namesakes in the index the places stage resolved with', () => {
  const index = testGazetteer();
  const doc = createPipeline([sentences(), places({ gazetteer: index })]).run(Doc.create('Clashes in Mosul.'));
  assert.equal(placeIndexOf(doc), index);
  assert.equal(placeIndexOf(Doc.create('No stage ran.')), undefined);
});

test('the Arabic article written in lower case belongs to the name ("in el Hermel")', () => {
  const ps = placesOf(run('Protesters gathered outside the town hall in el Hermel on Monday.'));
  assert.deepEqual(
    ps.map((p) => [p.text, p.country]),
    [['Hermel', 'LB']],
  );
});

test('a place event coders recorded, after a locative word, is a place whatever the tagger says', () => {
  const learned = new SupplementedGazetteer(testGazetteer(), [
    { name: 'Khutir Vilny', lat: 48.68, lon: 38.55, country: 'UA', featureCode: 'PPL', events: 3 },
  ]);
  const doc = createPipeline([sentences(), entities(), places({ gazetteer: learned })]).run(
    Doc.create('Monitors observed 25 explosions in both directions of the frontline near Khutir Vilny.'),
  );
  assert.deepEqual(
    placesOf(doc).map((p) => [p.text, p.country]),
    [['Khutir Vilny', 'UA']],
  );
});

test('common words, dates and international bodies are not the villages named after them', () => {
  const text =
    'Bombs killed 24 people in Kenya and 10 in Tanzania on Nov. 7. More than 500 were hurt, Red Cross officials ' +
    'said. Days after the bombings in East Africa, U.S. forces struck back.';
  const ps = placesOf(analyze(text));
  assert.deepEqual(
    ps.map((p) => [p.text, p.country ?? null]),
    [
      ['Kenya', 'KE'],
      ['Tanzania', 'TZ'],
      ['Africa', null],
      ['U.S.', 'US'],
    ],
  );
});

test('a name joined by the Arabic article "es" is looked up whole ("Dar es Salaam")', () => {
  const ps = placesOf(analyze('The embassies in Nairobi, Kenya and Dar es Salaam, Tanzania, were bombed.'));
  const dar = ps.find((p) => p.text === 'Dar es Salaam');
  assert.equal(dar?.country, 'TZ');
  assert.ok(!ps.some((p) => p.text === 'Dar'));
});

test('two particles in a row stay inside a name ("Santa Cruz de la Sierra"); "ki" joins a piece to a longer name', () => {
  const ps = placesOf(analyze('Workers marched in Santa Cruz de la Sierra on Monday.'));
  assert.deepEqual(
    ps.map((p) => [p.text, p.country]),
    [['Santa Cruz de la Sierra', 'BO']],
  );
  const qs = placesOf(analyze('Villagers of Guru ki Wadali village, Amritsar (Punjab), blocked a road.'));
  assert.ok(!qs.some((p) => p.text === 'Guru'));
  assert.equal(qs.find((p) => p.text === 'Amritsar')?.country, 'IN');
});

test('"J&K" and "AJK" are the two sides of Kashmir, and place a district named on both', () => {
  const india = placesOf(analyze('Troops exchanged fire in Poonch district, J&K, on Monday.'));
  assert.equal(india.find((p) => p.text === 'J&K')?.country, 'IN');
  assert.equal(india.find((p) => p.text === 'Poonch')?.country, 'IN');
  const pakistan = placesOf(analyze('Shells fell on villages of Bhimber district, AJK, on Monday.'));
  assert.equal(pakistan.find((p) => p.text === 'AJK')?.country, 'PK');
});

test('a name joined by an ampersand is a firm unless the whole is a place or the part a state', () => {
  const ps = placesOf(analyze('Shares of Procter & Gamble and Johnson & Johnson rose. Floods hit Texas & Oklahoma.'));
  assert.ok(!ps.some((p) => p.text === 'Johnson' || p.text === 'Procter' || p.text === 'Gamble'));
  assert.equal(ps.find((p) => p.text === 'Texas')?.featureCode, 'ADM1');
  const tt = placesOf(analyze('Police in Port of Spain, Trinidad & Tobago, arrested two men.'));
  assert.equal(tt.find((p) => p.text === 'Trinidad & Tobago')?.country, 'TT');
});

test('"Korea" alone is South Korea, not the village in Côte d\'Ivoire that bears the name', () => {
  const ps = placesOf(analyze('Exports from Korea fell in March, while North Korea tested a missile.'));
  assert.equal(ps.find((p) => p.text === 'Korea')?.country, 'KR');
  assert.equal(ps.find((p) => p.text === 'North Korea')?.country, 'KP');
});

test('English spellings of provinces that GeoNames lacks ("Saladin province") name them', () => {
  const ps = placesOf(analyze('Gunmen attacked a checkpoint in Saladin province on Monday.'));
  const p = ps.find((x) => x.text === 'Saladin');
  assert.equal(p?.country, 'IQ');
  assert.equal(p?.featureCode, 'ADM1');
});

test('a continent or a world region is itself, not a town that bears its name', () => {
  const text =
    'Stocks fell across Asia on Monday as traders in Manila and Jakarta sold shares. An envoy left for the ' +
    'Middle East after talks in Washington.';
  const ps = placesOf(analyze(text));
  assert.equal(ps.find((p) => p.text === 'Asia')?.featureCode, 'CONT');
  assert.equal(ps.find((p) => p.text === 'Middle East')?.featureCode, 'RGN');
});

test('a common word or a company that some village is named after is no place without a place context', () => {
  const text =
    "Still, sales fell at the Ohio plant. Sales rose 5% in Canada. Well, we'll see, the Secretary of State said. " +
    'Magna International Inc. said its profit fell; Magna shares slipped. The Pope will visit Cuba.';
  const ps = placesOf(analyze(text));
  const names = ps.map((p) => p.text);
  for (const word of ['Still', 'Sales', 'Well', "we'll", 'Secretary', 'Magna', 'Pope'])
    assert.ok(!names.includes(word), word);
  assert.ok(names.includes('Ohio') && names.includes('Canada') && names.includes('Cuba'));
});

test('a town named with a common word stays where the article places it', () => {
  const text =
    'Leaders gathered in Independence, Mo., for the ceremony. Independence was chosen for its library. ' +
    'The jobless rate rose in Barrow and Jackson counties.';
  const names = placesOf(analyze(text)).map((p) => p.text);
  assert.equal(names.filter((n) => n === 'Independence').length, 2);
  assert.ok(names.includes('Barrow'));
});

test('a news agency after a dateline is not a town', () => {
  const ps = placesOf(analyze('BEIJING, Feb. 27 (Xinhua) -- Chinese leaders met foreign guests in Beijing today.'));
  assert.ok(!ps.some((p) => p.text === 'Xinhua'));
  assert.ok(ps.some((p) => p.text === 'Beijing'));
});

test('"the White House" is the landmark, not a town that bears the name as another name', () => {
  const ps = placesOf(
    analyze('Reporters waited outside the White House on Friday. A White House spokesman declined to comment.'),
  );
  const wh = ps.filter((p) => p.text === 'White House');
  assert.ok(wh.length > 0);
  for (const p of wh) assert.equal(p.featureCode, 'BLDG');
});

test('a town known by a name only as its other name does not take it from a city of millions', () => {
  const ps = placesOf(analyze('Shares rose in New York and Chicago on Monday, and fell in Milan.'));
  assert.notEqual(ps.find((p) => p.text === 'Milan')?.name, 'Syracuse');
});

test('a company named "X Motor Co." or "X Company" makes X the company in every mention', () => {
  const text =
    'The Acme Motor Co. said on Monday that sales rose. Shares of Ford Motor Company fell in Detroit, and Ford ' +
    'said it would cut output.';
  const names = placesOf(analyze(text)).map((p) => p.text);
  assert.ok(!names.includes('Ford'));
  assert.ok(names.includes('Detroit'));
});

test('an acronym the tagger calls a place is an organisation unless it spells a country', () => {
  const ps = placesOf(
    analyze('Calls to the VA hotline went unanswered, the VA said. The US and the UAE signed a deal.'),
  );
  assert.deepEqual(
    ps.map((p) => [p.text, p.country ?? null]),
    [
      ['US', 'US'],
      ['UAE', 'AE'],
    ],
  );
});

test('a day after "on" is no part of a name, and a city named by a common word is one after "in" or "city of"', () => {
  const ps = placesOf(run('A truck drove into a crowd in the Riviera city of Nice on Thursday night.'));
  assert.deepEqual(
    ps.filter((p) => p.text === 'Nice').map((p) => p.country),
    ['FR'],
  );
  assert.ok(!ps.some((p) => /Thursday/.test(p.text)), JSON.stringify(ps.map((p) => p.text)));
  // "Nice" opening a sentence or as an adjective is no city.
  assert.deepEqual(placesOf(run('Nice weather brought crowds to the beach on Sunday.')), []);
  // Before the event it was the scene of, it is.
  assert.deepEqual(
    placesOf(run('Leaders condemned the Nice attack on Friday.')).map((p) => [p.text, p.country]),
    [['Nice', 'FR']],
  );
});

test("South Africa's townships are found where they are, not at a namesake village", () => {
  const ps = placesOf(
    run(
      'Residents of Mamelodi, east of Pretoria, marched on Monday. Police in Khayelitsha, near Cape Town, and in Umlazi, south of Durban, dispersed crowds.',
    ),
  );
  for (const [name, lat, lon] of [
    ['Mamelodi', -25.72, 28.39],
    ['Khayelitsha', -34.04, 18.68],
    ['Umlazi', -29.97, 30.88],
  ] as const) {
    const p = ps.find((x) => x.text === name);
    assert.equal(p?.country, 'ZA', name);
    assert.ok(
      Math.abs((p?.lat ?? 0) - lat) < 0.1 && Math.abs((p?.lon ?? 0) - lon) < 0.1,
      `${name} at ${p?.lat}, ${p?.lon}`,
    );
  }
});
