import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract.js';

/** The ACLED sub-event type of each event the shipped pipeline finds in `text`. */
function subEvents(text: string): (string | undefined)[] {
  return extract({ text, published: '2021-06-10' }).events.map((e) => e.acled?.subEventType);
}

/** Asserts that each text holds one event, coded `label` (each text named in a failure). */
function codedAs(label: string, ...texts: string[]): void {
  for (const text of texts) assert.deepEqual(subEvents(text), [label], text);
}

test('ground taken in a battle is coded by who took it', () => {
  codedAs(
    'Government regains territory',
    'On 8 June 2021, soldiers gained control of a rebel stronghold near Beni after heavy fighting.',
  );
  codedAs(
    'Non-state actor overtakes territory',
    'On 8 June 2021, Al Shabaab fighters took control of the town of Mahaday after clashes with government troops, killing three soldiers.',
  );
});

test('a rape or a suicide bombing told in the first sentence is what the event is coded as', () => {
  codedAs('Sexual violence', 'On 8 June 2021, gunmen gang-raped a woman and shot dead her husband near Beni.');
  codedAs(
    'Suicide bomb',
    'On 8 June 2021, a suicide bomber blew himself up at a checkpoint in Mogadishu, killing four soldiers.',
  );
});

test('no rape and no suicide bombing where the words tell none', () => {
  for (const text of [
    'On 8 June 2021, soldiers burnt houses and looted shops during a raid in a village near Bamenda.',
    'On 8 June 2021, the military forces reportedly beat a woman during a raid in a village near Bamenda.',
    'On 8 June 2021, a woman was killed when a rocket left over from the war exploded in a field near Battambang.',
    'On 8 June 2021, gunmen shot dead a man in front of his house near Beni.',
  ])
    for (const label of subEvents(text)) assert.ok(label !== 'Sexual violence' && label !== 'Suicide bomb', text);
});

test('fire opened on a protest, or protesters shot dead, is excessive force; shots in the air are not', () => {
  codedAs(
    'Excessive force against protesters',
    'On 8 June 2021, residents protested in Barinas against power cuts. Police arrived and opened fire on the protesters.',
    'On 8 June 2021, hundreds protested in Lagos. Soldiers shot dead two protesters.',
  );
  const warned = subEvents(
    'On 8 June 2021, taxi drivers protested in Kuito. Police fired shots in the air to disperse the crowd.',
  );
  assert.ok(warned.length > 0 && warned.every((l) => l === 'Protest with intervention'), warned.join(', '));
});

test("a base set up by forces is a base established; a company's new headquarters is no event", () => {
  codedAs(
    'Headquarters or base established',
    'On 8 June 2021, Turkish forces established a new military base near Idlib, with dozens of trucks entering Syria.',
  );
  assert.deepEqual(subEvents('On 8 June 2021, the company established a new headquarters in Houston.'), []);
});

test("a past war's ordnance and warning shots that hit no one are no violence of now (ACLED: Other)", () => {
  codedAs(
    'Other',
    'On 8 June 2021, a farmer was injured when a landmine laid during the civil war exploded near Battambang.',
    'On 8 June 2021, border guards fired warning shots into the air near Apkan as herders crossed a disputed pasture.',
  );
  codedAs(
    'Remote explosive/landmine/IED',
    'On 8 June 2021, a roadside bomb exploded near a convoy in Kandahar, killing two soldiers.',
  );
});

test('a prisoner exchange is an agreement; the captives and the dead it hands over are no attack', () => {
  codedAs(
    'Agreement',
    'On 8 June 2021, the two armed groups exchanged prisoners near Misrata. One side released a fighter in exchange for two captured soldiers and the body of another.',
  );
});

test('a bomb gone off early in its makers’ hands, or one that did not go off, is disrupted weapons use', () => {
  codedAs(
    'Disrupted weapons use',
    'On 8 June 2021, two militants were killed when the bomb they were planting exploded prematurely near Ghazni.',
    'On 8 June 2021, militants threw a grenade at a police post in Srinagar, but the grenade did not explode.',
  );
});

test('people an armed group seizes are abducted; an arrest for a beating the charges name stays an arrest', () => {
  codedAs(
    'Abduction/forced disappearance',
    'On 8 June 2021, Mai-Mai militiamen arrested three young men in Beni and took them to an unknown location.',
  );
  codedAs('Arrests', 'On 8 June 2021, police arrested a man in Goma on charges that he beat up a taxi driver.');
});

test('combatants captured in the field are a battle; a police officer attacked off duty is a civilian attacked', () => {
  codedAs('Armed clash', 'On 8 June 2021, the army captured three insurgents near Mocimboa da Praia.');
  codedAs('Attack', 'On 8 June 2021, gunmen shot dead an off-duty police officer outside his home in Morelia.');
});

test("a force's beating of civilians is an attack, not a mob's violence", () => {
  const [e] = extract({
    text: 'On 8 June 2021, police officers beat two traders in the market of Kindia during a quarrel over a stall.',
    published: '2021-06-10',
  }).events;
  assert.equal(e?.acled?.subEventType, 'Attack');
  assert.equal(e?.type, 'ASSAULT');
  assert.match(e?.actors[0]?.acled ?? '', /^Police Forces of Guinea/);
  codedAs('Mob violence', 'On 8 June 2021, a mob beat up a suspected thief in Uvira.');
});

test("a crowd's violence is mob violence where no arms are named; armed men make an attack", () => {
  codedAs('Mob violence', 'On 8 June 2021, villagers lynched a man suspected of stealing a goat in Jaunpur.');
  codedAs('Attack', 'On 8 June 2021, a group of armed men attacked a village near Kaduna, killing two farmers.');
});

test('in a long paragraph, a death told sentences after a rally is not the rally', () => {
  // One paragraph of nine sentences, as texts stripped of their markup come.
  const text =
    'Town seeks money for road work. Town manager Ann Cole is working to gather support for a project to widen State Road 12. ' +
    'Last month about 200 residents held a rally at the town hall to demand that the road be widened. ' +
    'At a meeting of the county board on Monday, members agreed to help the town apply for a $2 million federal grant. ' +
    'Cole will now take the grant before the town council. The project would add a turning lane and lights at three crossings. ' +
    'Work could begin in 2027 if the grant comes through. ' +
    'A driver was killed at one of the crossings on Friday when a truck hit his car. The state police are looking into the crash.';
  const found = extract({ text, published: '2025-05-07' }).events;
  const death = found.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'killed'));
  assert.ok(death, 'the death is an event');
  assert.notEqual(death.type, 'PROTEST');
  assert.ok(
    found.some((e) => e.type === 'PROTEST' && e.acled?.subEventType === 'Peaceful protest'),
    'the rally stays',
  );
});

test('a riot needs people acting together: deaths and injuries of soldiers in an accident are none', () => {
  const text =
    'Two soldiers died in January after they were electrocuted while showering at a base near Baghdad. ' +
    'Another soldier who tried to help one of them was injured.';
  for (const e of extract({ text, published: '2025-05-07' }).events)
    assert.notEqual(e.acled?.eventType, 'Riots', e.acled?.subEventType ?? e.type);
});

test('a crowd that went on the rampage is no peaceful protest', () => {
  codedAs(
    'Violent demonstration',
    "Angry residents of the township went on the rampage on Sunday, torching a councillor's house and looting shops.",
  );
});

test('a vigil outside a police station, with no force acting, is a peaceful protest', () => {
  codedAs('Peaceful protest', 'Community members held a night vigil outside the police station in Khutsong on Monday.');
});

test('whoever does the deed a trigger names is not its source ("Residents blocked roads")', () => {
  const [e] = extract({ text: 'Residents blocked roads in Khutsong on Monday.', published: '2012-08-15' }).events;
  assert.equal(e?.factuality, 'asserted');
  assert.deepEqual(e?.sources, []);
});

test("a wire story: headline and lead are one riot, its arrests told next are its own, last week's march is another", () => {
  const text = [
    'Protesters block roads in Khayelitsha',
    'CAPE TOWN, Aug 14 (SAPA) - Hundreds of residents of Khayelitsha blocked roads with burning tyres and rocks on Tuesday morning, demanding that the City of Cape Town provide toilets and electricity to informal settlements.',
    'Police spokesman Captain Frederick van Wyk said officers used rubber bullets and a water cannon to disperse the crowd. Twelve people were arrested for public violence.',
    '"We are tired of waiting. The councillor promised us toilets two years ago," said one protester, Nomsa Dlamini.',
    'Last week about 300 residents marched to the civic centre to hand over a memorandum.',
  ].join('\n\n');
  const found = extract({ text, published: '2012-08-14' }).events;
  assert.equal(found.length, 2, found.map((e) => e.acled?.subEventType).join(', '));
  const [riot, march] = found;
  assert.equal(riot?.acled?.subEventType, 'Violent demonstration');
  assert.equal(riot?.arrests, 12);
  // The police told in the paragraph of the arrests met the riot: its second actor.
  assert.deepEqual(
    riot?.targets.map((t) => t.acled),
    ['Police Forces of South Africa (1994-)'],
  );
  assert.match(riot?.date?.value ?? '', /^2012-08-14/);
  assert.equal(march?.date?.value, '2012-W32');
});

test('police firing on protesters is excessive force however the sentence begins; gunmen firing on them attack', () => {
  codedAs(
    'Excessive force against protesters',
    'Two people were killed when police opened fire on protesting residents in Ficksburg on Wednesday.',
    'Police opened fire on protesters in Ficksburg on Wednesday, killing two.',
  );
  codedAs('Attack', 'Gunmen opened fire on protesters in Kano on Saturday, killing five.');
});

test("fire opened on the crowd told in the next sentence is the protest's, with its dead and its day", () => {
  const found = extract({
    text: 'Residents protested in Ficksburg on Tuesday. Police opened fire on them, killing two.',
    published: '2021-06-10',
  }).events;
  assert.equal(found.length, 1, found.map((e) => e.acled?.subEventType).join(', '));
  assert.equal(found[0]?.acled?.subEventType, 'Excessive force against protesters');
  assert.equal(found[0]?.fatalities, 2);
  assert.equal(found[0]?.date?.value, '2021-06-08');
  // Fire told on another day is no part of it.
  assert.equal(
    extract({
      text: 'Residents protested in Ficksburg on Tuesday. Police opened fire on them on Friday in another town.',
      published: '2021-06-12',
    }).events.length,
    2,
  );
});

test('a vehicle destroyed with an anti-tank guided missile is a missile attack, and no one harmed is its toll', () => {
  const found = extract({
    text: 'On 3 May 2021, rebels destroyed an army vehicle near Saraqib, using an ATGM. Neither injuries nor fatalities were reported.',
    published: '2021-05-04',
  }).events;
  assert.deepEqual(
    found.map((e) => [e.acled?.subEventType, e.fatalities]),
    [['Shelling/artillery/missile attack', 0]],
  );
});

test('a protesting crowd that trashes streets or loots shops riots; a protest over looted funds does not', () => {
  codedAs(
    'Violent demonstration',
    'Striking Samwu workers trashed the streets of Johannesburg on Tuesday.',
    'Striking workers ransacked shops and overturned rubbish bins in Johannesburg on Tuesday.',
  );
  codedAs(
    'Peaceful protest',
    'On 8 June 2021, people protested in Larkana, demanding the recovery of their looted valuables.',
  );
});

test('one protester arrested at a rally is an intervention, one arrested after it is not; a scuffle with counter-protesters is a violent demonstration', () => {
  codedAs(
    'Protest with intervention',
    'On 8 June 2021, families held a rally outside the court in Mashhad. At least one protester was arrested.',
  );
  codedAs(
    'Peaceful protest',
    'On 8 June 2021, about 300 people marched in Brest against a battery plant. One person was arrested right after the protest.',
  );
  codedAs(
    'Violent demonstration',
    'On 8 June 2021, the opposition demonstrated in Belgrade against the government. There was a small scuffle with some 20 counter-demonstrators.',
  );
});
