import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { ingest } from '../src/extract.js';
import { entities } from '../src/stages/entities/entities.js';
import { sentences } from '../src/stages/sentences.js';
import { timexes } from '../src/stages/timexes/timex-stage.js';

const pipeline = createPipeline([sentences(), entities()]);

function run(text: string): Doc {
  return pipeline.run(Doc.create(text));
}

function ents(doc: Doc): { text: string; type: string; chain?: string; canonical?: string; country?: string }[] {
  return doc.layer('entity').map((e) => ({
    text: doc.text.slice(e.start, e.end),
    type: e.attrs.type,
    ...(e.attrs.chain && { chain: e.attrs.chain }),
    ...(e.attrs.canonical && { canonical: e.attrs.canonical }),
    ...(e.attrs.country && { country: e.attrs.country }),
  }));
}

test('names, types and countries of a short report', () => {
  const doc = run(
    'Police fired tear gas at Iraqi protesters in Basra on Monday, the Interior Ministry said. ' +
      'Reuters reported that the French ambassador met Prime Minister Adil Abdul-Mahdi in Baghdad.',
  );
  const found = ents(doc);
  const byText = new Map(found.map((e) => [e.text, e]));
  assert.equal(byText.get('Iraqi')?.type, 'NORP');
  assert.equal(byText.get('Iraqi')?.country, 'IQ');
  assert.equal(byText.get('French')?.type, 'NORP');
  assert.equal(byText.get('Reuters')?.type, 'ORG');
  assert.equal(byText.get('Basra')?.type, 'GPE');
  assert.equal(byText.get('Baghdad')?.type, 'GPE');
  assert.equal(byText.get('Baghdad')?.country, 'IQ');
  assert.ok(byText.has('Adil Abdul-Mahdi'), 'the title stays out of the name');
  for (const e of doc.layer('entity')) assert.equal(doc.text.slice(e.start, e.end), doc.surface(e));
});

test('Arabic names keep their particles and later mentions join the chain', () => {
  const doc = run(
    'Sheikh Hamid al-Tamimi met Abu Bakr al-Janabi in Mosul on Sunday. ' + 'Tamimi said the talks had gone well.',
  );
  const found = ents(doc);
  const full = found.find((e) => e.text === 'Hamid al-Tamimi');
  const other = found.find((e) => e.text === 'Abu Bakr al-Janabi');
  const later = found.find((e) => e.text === 'Tamimi');
  assert.equal(full?.type, 'PERSON');
  assert.equal(other?.type, 'PERSON');
  assert.equal(later?.type, 'PERSON');
  assert.equal(later?.chain, full?.chain);
  assert.equal(later?.canonical, 'Hamid al-Tamimi');
});

test('an organisation and its acronym share one chain', () => {
  const doc = run(
    'Fighters of the Popular Defence Brigades (PDB) entered the town on Tuesday. ' +
      'A PDB commander said the group would stay.',
  );
  const found = ents(doc);
  const name = found.find((e) => e.text === 'Popular Defence Brigades');
  const acr = found.filter((e) => e.text === 'PDB');
  assert.equal(name?.type, 'ORG');
  assert.ok(acr.length >= 1);
  for (const a of acr) assert.equal(a.chain, name?.chain);
});

test('nominal actors get a kind, a country from a demonym, and an ACLED string', () => {
  const doc = run('Iraqi protesters blocked a bridge while unidentified gunmen shot at soldiers near the border.');
  const actors = doc.layer('actor').map((a) => ({ text: doc.text.slice(a.start, a.end), ...a.attrs }));
  const protesters = actors.find((a) => a.kind === 'protesters');
  assert.equal(protesters?.text, 'Iraqi protesters');
  assert.equal(protesters?.country, 'IQ');
  assert.equal(protesters?.acled, 'Protesters (Iraq)');
  const gunmen = actors.find((a) => a.kind === 'unidentified-armed-group');
  assert.equal(gunmen?.text, 'unidentified gunmen');
  assert.equal(gunmen?.acled, undefined, 'no country in the text, so no ACLED string yet');
  assert.ok(actors.some((a) => a.kind === 'military' && a.text === 'soldiers'));
});

test('a subject pronoun of a speech verb is an actor linked to the person', () => {
  const doc = run('Hamid al-Tamimi arrived in Mosul on Sunday. He said the talks had gone well.');
  const pronoun = doc.layer('actor').find((a) => doc.text.slice(a.start, a.end) === 'He');
  assert.ok(pronoun, 'the pronoun is an actor mention');
  const target = doc.get(pronoun.attrs.entity as string);
  assert.equal(target && doc.text.slice(target.start, target.end), 'Hamid al-Tamimi');
  assert.equal(pronoun.attrs.kind, 'person');
});

test('text without names produces no entities', () => {
  const doc = run('it was a quiet day and nothing at all happened here.');
  assert.equal(doc.layer('entity').length, 0);
});

test('the founding article: every person and organisation with its full name', () => {
  const text = readFileSync(new URL('../../examples/baghdad-rally-2020-01-24.txt', import.meta.url), 'utf8');
  const doc = createPipeline([sentences(), entities()]).run(ingest({ text }));
  const found = ents(doc);
  const has = (surface: string, type: string) =>
    assert.ok(
      found.some((e) => e.text === surface && e.type === type),
      `${surface} as ${type}; found ${JSON.stringify(found.filter((e) => e.text.includes(surface.split(' ').pop() as string)))}`,
    );
  for (const p of [
    'Qassem Soleimani',
    'Abu Mahdi al-Muhandis',
    'Muqtada al-Sadr',
    'Qais al-Khazali',
    'Jaafar al-Husseini',
    'Firas al-Yasser',
  ])
    has(p, 'PERSON');
  for (const o of [
    'Reuters',
    'Press TV',
    'al-Ahd',
    'al-Mayadeen',
    'Tasnim News Agency',
    'Kata’ib Hezbollah',
    'Popular Mobilization Units',
    'PMU',
    'Harakat Hezbollah al-Nujaba',
    'Asa’ib Ahl al-Haq',
  ])
    has(o, 'ORG');
  const assad = found.find((e) => e.text.includes('Ain al-Assad'));
  assert.ok(assad && assad.type !== 'PERSON', 'Ain al-Assad is a place, not a person');
  // "Lt. Gen." is read as a title: it stays out of the name but precedes it directly.
  const sole = doc.layer('entity').find((e) => doc.text.slice(e.start, e.end) === 'Qassem Soleimani');
  assert.ok(sole && doc.text.slice(sole.start - 9, sole.start) === 'Lt. Gen. ');
  const pmu = found.filter((e) => e.text === 'PMU' || e.text === 'Popular Mobilization Units');
  assert.equal(new Set(pmu.map((e) => e.chain)).size, 1, 'PMU and Popular Mobilization Units are one chain');
  const sadr = found.filter((e) => e.text === 'Sadr' || e.text === 'Muqtada al-Sadr');
  assert.equal(new Set(sadr.map((e) => e.chain)).size, 1);
  assert.ok(sadr.every((e) => e.canonical === 'Muqtada al-Sadr'));
  // Nothing is taken from the blog furniture on the first line.
  assert.ok(!found.some((e) => e.text === 'martyrashrakat'));
  const protesters = doc.layer('actor').find((a) => doc.text.slice(a.start, a.end) === 'Iraqi protesters');
  assert.equal(protesters?.attrs.acled, 'Protesters (Iraq)');
});

test("an identity group's armed men are its militia, named by the kind of group the text says", () => {
  const actorsOf = (text: string) => {
    const doc = run(text);
    return doc.layer('actor').map((a) => ({ text: doc.text.slice(a.start, a.end), ...a.attrs }));
  };
  const tribal = actorsOf('Fighting broke out between Bani Kaleb tribesmen and a rival group near the wells.');
  const kaleb = tribal.find((a) => a.kind === 'identity-militia');
  assert.equal(kaleb?.name, 'Bani Kaleb Tribal Militia');
  assert.equal(kaleb?.text, 'Bani Kaleb tribesmen');
  const clan = actorsOf('On Friday, militiamen from the Warsame clan attacked a checkpoint.');
  assert.equal(clan.find((a) => a.kind === 'identity-militia')?.text, 'militiamen from the Warsame clan');
  assert.equal(clan.find((a) => a.kind === 'identity-militia')?.name, 'Warsame Clan Militia');
  assert.ok(!clan.some((a) => a.name === 'Militiamen'), 'the militiamen are the clan, not a group of their own');
  const pair = actorsOf('Clashes erupted between Al Harbi and Al Shamri tribal militias over a well.');
  assert.deepEqual(
    pair.filter((a) => a.kind === 'identity-militia').map((a) => a.name),
    ['Al Harbi Tribal Militia', 'Al Shamri Tribal Militia'],
    'the kind word after the second name is the first name’s too',
  );
  const unsaid = actorsOf('Suspected Toro militiamen burned a village.');
  assert.equal(unsaid.find((a) => a.kind === 'identity-militia')?.name, 'Toro Militia', 'kind left to the event stage');
  const family = actorsOf('Members of the Kori caste attacked a Sahu caste family.');
  assert.deepEqual(
    family.filter((a) => a.kind === 'identity-militia').map((a) => a.name),
    ['Kori Caste Militia'],
    'a caste family is its people, not its armed men',
  );
  for (const text of [
    'Hezbollah militiamen fired rockets at the border.',
    'Libyan militias shelled the airport.',
    'The pro-Hadi Al Qaisi tribal militia clashed with Houthi fighters.',
  ])
    assert.ok(!actorsOf(text).some((a) => a.kind === 'identity-militia'), text);
});

test('a group named with its acronym in brackets takes ACLED\'s "ACRONYM: Name"', () => {
  const doc = run('Members of the National Liberation Army (ELN) attacked a patrol near the border.');
  const eln = doc.layer('actor').find((a) => doc.text.slice(a.start, a.end) === 'National Liberation Army');
  assert.equal(eln?.attrs.acled, 'ELN: National Liberation Army');
});

test('named groups are armed men only where they fight', () => {
  const militias = (text: string) =>
    run(text)
      .layer('actor')
      .filter((a) => a.attrs.kind === 'identity-militia')
      .map((a) => a.attrs.name);
  assert.deepEqual(militias('Police said Smith and Jones groups had merged.'), []);
  assert.deepEqual(militias('Bani Kaleb and Nuri groups clashed near the wells.'), [
    'Bani Kaleb Militia',
    'Nuri Militia',
  ]);
});

test('an acronym in brackets names its group later on its own too', () => {
  const doc = run('Troops clashed with the National Liberation Army (ELN) on Monday. Two ELN members were killed.');
  const later = doc.layer('actor').filter((a) => doc.text.slice(a.start, a.end) === 'ELN');
  assert.ok(later.length >= 1);
  for (const a of later) assert.equal(a.attrs.acled, 'ELN: National Liberation Army');
});

test('militias from a named place are its militia, of the kind the text says', () => {
  const doc = run('On Monday, communal militias from Zamora attacked herders near the river.');
  const militia = doc.layer('actor').find((a) => a.attrs.kind === 'identity-militia');
  assert.equal(militia?.attrs.name, 'Zamora Communal Militia');
  const gang = run('Members of the Red Cartel attacked a patrol.');
  assert.ok(!gang.layer('actor').some((a) => a.attrs.kind === 'identity-militia'), 'members of a named group are its');
});

test('a demonym across one modifier names the group’s country; the Red Cross is an organisation', () => {
  const doc = createPipeline([sentences(), entities()]).run(
    Doc.create('Senior Zimbabwean high-ranking officials met the South African Red Cross in Harare.', {
      published: '2008-12-03',
    }),
  );
  const actors = doc.layer('actor').map((a) => `${doc.surface(a)}:${a.attrs.kind}:${a.attrs.country ?? ''}`);
  assert.ok(actors.includes('Zimbabwean high-ranking officials:government:ZW'), actors.join(' | '));
  const orgs = doc
    .layer('entity')
    .filter((e) => e.attrs.type === 'ORG')
    .map((e) => doc.surface(e));
  assert.ok(orgs.includes('South African Red Cross'), orgs.join(' | '));
});

test('a name the temporal stage reads as a whole date is no organisation', () => {
  const withDates = createPipeline([sentences(), timexes(), entities()]);
  const doc = withDates.run(
    Doc.create('A truck drove into a crowd celebrating Bastille Day in Nice.', { published: '2016-07-15' }),
  );
  assert.deepEqual(
    doc.layer('timex').map((t) => [doc.text.slice(t.start, t.end), t.attrs.value]),
    [['Bastille Day', '2016-07-14']],
  );
  const bastille = ents(doc).find((e) => e.text === 'Bastille Day');
  assert.notEqual(bastille?.type, 'ORG');
  assert.ok(!doc.layer('actor').some((a) => doc.text.slice(a.start, a.end) === 'Bastille Day'));
});

test('a street the tagger takes for a person is a facility', () => {
  const doc = run('Mary Ellen Smith, 34, of 212 Willow St., Dayton, was charged with theft.');
  const byText = new Map(ents(doc).map((e) => [e.text, e]));
  assert.equal(byText.get('Mary Ellen Smith')?.type, 'PERSON');
  assert.notEqual(byText.get('Willow St.')?.type ?? 'FAC', 'PERSON');
});
