import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract.js';

const eventsOf = (text: string) => extract({ text, published: '2021-03-06' }).events;

/** The one event the pipeline reads from `text` (asserting that there is exactly one). */
function oneEvent(text: string) {
  const events = eventsOf(text);
  assert.equal(events.length, 1, text);
  return events[0]!;
}

test('"no one was hurt" after an event is its toll of none, not a second event that did not happen', () => {
  for (const [text, dead, hurt] of [
    ['On 5 March 2021, gunmen fired at a police post in Kandahar, but no one was killed or injured.', 0, 0],
    [
      'On 5 March 2021, a roadside bomb exploded near a market in Mogadishu. No one was injured, police said.',
      undefined,
      0,
    ],
    ['On 5 March 2021, army and rebel forces clashed near Beni. No casualties reported.', 0, 0],
    ['On 5 March 2021, coalition jets bombed a depot near Sanaa. No fatalities nor injuries reported.', 0, 0],
    ['On 5 March 2021, a bomb exploded in Mogadishu, wounding two people. No one was killed.', 0, 2],
    ['On 5 March 2021, a gunman shot dead a guard at a bank in Nairobi. No one else was injured.', 1, 0],
  ] as const) {
    const event = oneEvent(text);
    assert.equal(event.factuality, 'asserted', text);
    assert.equal(event.fatalities, dead, text);
    assert.equal(event.injuries, hurt, text);
  }
});

test('a toll the source did not give is unknown, not none', () => {
  const [event] = eventsOf(
    'On 5 March 2021, soldiers shelled rebel positions near Beni, the army said. It did not give rebel casualties.',
  );
  assert.equal(event?.fatalities, undefined);
  assert.equal(event?.injuries, undefined);
});

test('the toll of none does not turn a deployment into an attack', () => {
  const event = oneEvent(
    'On 5 March 2021, government forces reportedly established new fortifications east of Hodeidah. No fatalities nor injuries reported.',
  );
  assert.equal(event.acled?.eventType, 'Strategic developments');
});

test('the dead told right after a riot are the riot’s', () => {
  const event = oneEvent(
    'On 5 March 2021, rioters clashed with police in Lagos, burning cars. One police officer died and ten were injured.',
  );
  assert.equal(event.acled?.eventType, 'Riots');
  assert.equal(event.date.value, '2021-03-05');
  assert.equal(event.fatalities, 1);
  assert.equal(event.injuries, 10);
});

test('a death with a story of its own after a protest is not the protest’s toll', () => {
  const events = eventsOf(
    'On 5 March 2021, hundreds protested in Lagos against the killing of a student. The student died after police shot him.',
  );
  assert.equal(events[0]!.type, 'PROTEST');
  assert.equal(events[0]!.fatalities, undefined);
});

test('guns fired with their calibres listed are an attack', () => {
  const [event] = eventsOf(
    'On 5 March 2021, pro-Houthi forces reportedly fired 23mm, 14.5mm, 12.7mm and 7.62mm machine guns at residential areas of Hays with no report of fatalities nor injuries.',
  );
  assert.equal(event?.type, 'ASSAULT');
  assert.equal(event?.factuality, 'asserted');
});

test('arrests told after a protest are its ending, not an event of their own', () => {
  const event = oneEvent(
    'On 5 March 2021, around 50 people protested in Minsk against the parade. At least 15 people were arrested by the police.',
  );
  assert.equal(event.acled?.subEventType, 'Protest with intervention');
  assert.equal(event.arrests, 15);
});

test('the arrest a protest is about is not the protest’s ending', () => {
  const events = eventsOf(
    'On 5 March 2021, journalists protested in Lahore against the arrest of their editor. He was arrested in connection with a corruption case.',
  );
  assert.equal(events[0]!.acled?.subEventType, 'Peaceful protest');
  assert.equal(events[0]!.arrests, undefined);
});

test('what the crowd demands in a verb of its own is the protest’s claim, not a request of its own', () => {
  for (const [text, claim] of [
    [
      'On 5 March 2021, around 10 people held a protest in Artik and demanded the payment of their salaries.',
      'the payment of their salaries',
    ],
    [
      'On 5 March 2021, workers protested in Santiago against layoffs. The group also demanded an increase in their wage.',
      'an increase in their wage',
    ],
  ] as const) {
    const event = oneEvent(text);
    assert.ok(
      event.claims.some((c) => c.text === claim),
      `${text}: ${JSON.stringify(event.claims)}`,
    );
  }
});

test('a call made by others at the protest stays a request of its own', () => {
  const events = eventsOf(
    'On 5 March 2021, farmers marched in Kiel against the farm policy. Speakers at the rally called on the government to act.',
  );
  assert.deepEqual(
    events.map((e) => e.type),
    ['PROTEST', 'REQUEST'],
  );
});

test('arrests told after an attack are arrests, not another attack', () => {
  const events = eventsOf(
    'On 5 March 2021, gunmen shot dead a shopkeeper in Celaya. Police arrested two suspects near the scene.',
  );
  assert.deepEqual(
    events.map((e) => e.type),
    ['ASSAULT', 'COERCE'],
  );
  assert.equal(events[1]!.acled?.subEventType, 'Arrests');
});

test('a death right after the fight that brought it is one event', () => {
  const event = oneEvent(
    'On 5 March 2021, in Juina, a drug trafficker was killed after exchanging fire with police during a patrol.',
  );
  assert.equal(event.acled?.subEventType, 'Armed clash');
  assert.equal(event.fatalities, 1);
});

test('what the crowd holds against someone is the protest’s claim', () => {
  const event = oneEvent(
    'On 5 March 2021, protesters gathered at the Justice Palace in Beirut. Protesters accused the ministers of stealing money.',
  );
  assert.ok(event.claims.some((c) => c.text === 'accused the ministers of stealing money'));
});

test('someone "accused of" a crime is who they are, not an accusation made', () => {
  assert.deepEqual(
    eventsOf('On 5 March 2021, a man accused of stealing cattle appeared in court in Nakuru.').map((e) => e.type),
    [],
  );
  assert.deepEqual(
    eventsOf('On 5 March 2021, prosecutors accused the mayor of fraud.').map((e) => e.type),
    ['ACCUSE'],
  );
});

test('an arrest after a shooting is an arrest, made by the police where no armed men are named', () => {
  const events = eventsOf('A man was arrested on Friday in Nashville after a shooting at a gas station, police said.');
  const arrest = events.find((e) => e.mentions.some((m) => m.end - m.start === 'arrested'.length));
  assert.equal(arrest?.type, 'COERCE');
  assert.equal(arrest?.acled?.subEventType, 'Arrests');
  assert.equal(arrest?.actors[0]?.kind, 'police');
});

test('people beaten as they are arrested are attacked', () => {
  const [event] = eventsOf('Police arrested and beat a man in Nashville on Friday.');
  assert.equal(event?.type, 'ASSAULT');
});

test('who told of an attack is not a party to it', () => {
  for (const text of [
    'Gunmen killed two villagers near Beni on Friday, police said.',
    'Police said gunmen killed two villagers near Beni on Friday.',
    'Gunmen killed two villagers near Beni on Friday, according to the army.',
  ]) {
    const [event] = extract({ text, published: '2021-03-06' }).events;
    const parties = [...(event?.actors ?? []), ...(event?.targets ?? [])];
    assert.ok(
      event && !parties.some((p) => p.kind === 'police' || p.kind === 'military'),
      `${text}: ${JSON.stringify(parties.map((p) => p.name))}`,
    );
  }
});

test('in a statement the one who said it is who acted', () => {
  const [event] = extract({
    text: 'Hoechst AG said on Friday it agreed to buy Kerdix Inc.',
    published: '2021-03-06',
  }).events;
  assert.equal(event?.type, 'AGREE');
  assert.ok(event?.actors.some((a) => a.name.startsWith('Hoechst')));
});

test('an arrest with no crowd in its own words is no protest, however the paragraph reads', () => {
  const events = eventsOf(
    'On 5 March 2021, journalists protested in Lahore against the arrest of their editor. He was arrested in connection with a corruption case.',
  );
  assert.deepEqual(
    events.map((e) => e.type),
    ['PROTEST', 'COERCE'],
  );
  assert.equal(events[1]!.acled?.subEventType, 'Arrests');
});

test('an arrest after a killing is the force’s arrest, without the killing’s toll or its unknown gunmen', () => {
  const arrest = eventsOf(
    'SPRINGFIELD, Illinois (Reuters) - Police arrested two men on Friday after a shooting at a bar in Springfield left one person dead.',
  ).find((e) => e.acled?.subEventType === 'Arrests');
  assert.ok(arrest);
  assert.deepEqual(
    arrest.actors.map((a) => a.acled),
    ['Police Forces of the United States'],
  );
  assert.equal(arrest.fatalities, undefined);
  assert.equal(arrest.arrests, 2);
});

test('"none of them were seriously injured" is no toll of none', () => {
  const event = oneEvent('On 5 March 2021, a gunman fired at a bus in Nairobi. None of them were seriously injured.');
  assert.equal(event.injuries, undefined);
});

test('"shot to death two farmers" counts two dead', () => {
  assert.equal(oneEvent('On 5 March 2021, gunmen shot to death two farmers near Jos.').fatalities, 2);
});

test('a headline’s arrests and the story’s arrests of as many people are one arrest', () => {
  // (Undated, as a page saved without its date: no day joins them.)
  const { events } = extract('Task force arrests 14.\n\nOfficers arrested 14 people in Cottonport overnight.');
  assert.equal(events.length, 1);
  assert.equal(events[0]?.arrests, 14);
});
