import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract.js';

/** The ACLED sub-event type of each event the shipped pipeline finds in `text`. */
function subEvents(text: string): (string | undefined)[] {
  return extract({ text, published: '2021-06-10' }).events.map((e) => e.acled?.subEventType);
}

test('ground taken in a battle is coded by who took it', () => {
  assert.deepEqual(
    subEvents('On 8 June 2021, soldiers gained control of a rebel stronghold near Beni after heavy fighting.'),
    ['Government regains territory'],
  );
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, Al Shabaab fighters took control of the town of Mahaday after clashes with government troops, killing three soldiers.',
    ),
    ['Non-state actor overtakes territory'],
  );
});

test('a rape or a suicide bombing told in the first sentence is what the event is coded as', () => {
  assert.deepEqual(subEvents('On 8 June 2021, gunmen gang-raped a woman and shot dead her husband near Beni.'), [
    'Sexual violence',
  ]);
  assert.deepEqual(
    subEvents('On 8 June 2021, a suicide bomber blew himself up at a checkpoint in Mogadishu, killing four soldiers.'),
    ['Suicide bomb'],
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
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, residents protested in Barinas against power cuts. Police arrived and opened fire on the protesters.',
    ),
    ['Excessive force against protesters'],
  );
  assert.deepEqual(subEvents('On 8 June 2021, hundreds protested in Lagos. Soldiers shot dead two protesters.'), [
    'Excessive force against protesters',
  ]);
  const warned = subEvents(
    'On 8 June 2021, taxi drivers protested in Kuito. Police fired shots in the air to disperse the crowd.',
  );
  assert.ok(warned.length > 0 && warned.every((l) => l === 'Protest with intervention'), warned.join(', '));
});

test("a base set up by forces is a base established; a company's new headquarters is no event", () => {
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, Turkish forces established a new military base near Idlib, with dozens of trucks entering Syria.',
    ),
    ['Headquarters or base established'],
  );
  assert.deepEqual(subEvents('On 8 June 2021, the company established a new headquarters in Houston.'), []);
});

test("a past war's ordnance and warning shots that hit no one are no violence of now (ACLED: Other)", () => {
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, a farmer was injured when a landmine laid during the civil war exploded near Battambang.',
    ),
    ['Other'],
  );
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, border guards fired warning shots into the air near Apkan as herders crossed a disputed pasture.',
    ),
    ['Other'],
  );
  assert.deepEqual(
    subEvents('On 8 June 2021, a roadside bomb exploded near a convoy in Kandahar, killing two soldiers.'),
    ['Remote explosive/landmine/IED'],
  );
});

test('a prisoner exchange is an agreement; the captives and the dead it hands over are no attack', () => {
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, the two armed groups exchanged prisoners near Misrata. One side released a fighter in exchange for two captured soldiers and the body of another.',
    ),
    ['Agreement'],
  );
});

test('a bomb gone off early in its makers’ hands, or one that did not go off, is disrupted weapons use', () => {
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, two militants were killed when the bomb they were planting exploded prematurely near Ghazni.',
    ),
    ['Disrupted weapons use'],
  );
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, militants threw a grenade at a police post in Srinagar, but the grenade did not explode.',
    ),
    ['Disrupted weapons use'],
  );
});

test('people an armed group seizes are abducted; an arrest for a beating the charges name stays an arrest', () => {
  assert.deepEqual(
    subEvents(
      'On 8 June 2021, Mai-Mai militiamen arrested three young men in Beni and took them to an unknown location.',
    ),
    ['Abduction/forced disappearance'],
  );
  assert.deepEqual(
    subEvents('On 8 June 2021, police arrested a man in Goma on charges that he beat up a taxi driver.'),
    ['Arrests'],
  );
});

test('combatants captured in the field are a battle; a police officer attacked off duty is a civilian attacked', () => {
  assert.deepEqual(subEvents('On 8 June 2021, the army captured three insurgents near Mocimboa da Praia.'), [
    'Armed clash',
  ]);
  assert.deepEqual(
    subEvents('On 8 June 2021, gunmen shot dead an off-duty police officer outside his home in Morelia.'),
    ['Attack'],
  );
});

test("a force's beating of civilians is an attack, not a mob's violence", () => {
  const [e] = extract({
    text: 'On 8 June 2021, police officers beat two traders in the market of Kindia during a quarrel over a stall.',
    published: '2021-06-10',
  }).events;
  assert.equal(e?.acled?.subEventType, 'Attack');
  assert.equal(e?.type, 'ASSAULT');
  assert.match(e?.actors[0]?.acled ?? '', /^Police Forces of Guinea/);
  assert.deepEqual(subEvents('On 8 June 2021, a mob beat up a suspected thief in Uvira.'), ['Mob violence']);
});
