import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { EventClassifier, trainAcledSubEventClassifier } from '../src/stages/events/event-classifier.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';
import { extract } from '../src/extract.js';
import { timexes } from '../src/stages/timexes/timex-stage.js';

/** Class and factuality of each event found, rules only. */
function read(text: string): string[] {
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  return doc.layer('event').map((e) => `${e.attrs.type}:${e.attrs.factuality}`);
}

test('"no reports of casualties" denies them', () => {
  assert.deepEqual(read('There were no immediate reports of casualties after gunmen stormed the depot.'), [
    'ASSAULT:negated',
  ]);
});

test('a bomb threat, an attack plot and a drill did not happen', () => {
  assert.deepEqual(read('A bomb threat emptied the station on Monday.'), ['ASSAULT:threatened']);
  assert.deepEqual(read('Investigators uncovered a bombing plot against the mayor.'), ['ASSAULT:planned']);
  assert.deepEqual(read('Medics took part in a shooting drill at the mall.'), ['ASSAULT:hypothetical']);
});

test('what "needs to be destroyed" has not been', () => {
  assert.deepEqual(read('The minister said the rebel camps need to be destroyed.'), ['COERCE:hypothetical']);
});

test('a boycott called for has not happened', () => {
  assert.deepEqual(read('Social media outlets were flooded with calls to boycott the actor’s films.'), [
    'PROTEST:called-for',
  ]);
});

test('a "well-planned attack" happened; suspects "charged but not apprehended" were not arrested', () => {
  assert.deepEqual(read('Officials called it a well-planned attack on the depot.'), ['ASSAULT:asserted']);
  assert.deepEqual(read('Eight suspects were charged but not apprehended.'), ['COERCE:negated']);
});

test('a plan told through a chain of infinitives is planned, unless it acts on what happened', () => {
  assert.deepEqual(
    read('The coalition planned to bus in activists from three cities to stage a rally outside parliament.'),
    ['PROTEST:planned'],
  );
  assert.notDeepEqual(read('The minister hopes to end the strike by the dockers this week.'), ['PROTEST:planned']);
});

test('guards preventing protesters from coming close do not deny the protest', () => {
  assert.deepEqual(read('Guards moved to prevent dozens of protesters from reaching the palace.'), [
    'PROTEST:asserted',
  ]);
  assert.deepEqual(read('Quick action by the police prevented a riot at the stadium.'), ['PROTEST:negated']);
});

test('the next attack is not one that happened', () => {
  assert.deepEqual(read('Officials are bracing for the next attack on the border.'), ['ASSAULT:hypothetical']);
});

// Invented notes for a small model that reads any demand as a protest.
const NOTES: { text: string; label: string }[] = [];
for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
  NOTES.push({
    text: `On 2 May 2020, workers stood outside the mill in ${town} demanding unpaid wages.`,
    label: 'Peaceful protest',
  });
  NOTES.push({ text: `On 2 May 2020, police beat a street vendor in ${town}.`, label: 'Attack' });
}

/** The PLOVER classes of the events found, with a sub-event model trained on `notes` only. */
function typesWith(notes: { text: string; label: string }[]): (text: string) => string[] {
  const classifier = new EventClassifier(trainAcledSubEventClassifier(notes, { bags: 1 }));
  return (text) =>
    createPipeline([sentences(), numbers(), events({ classifier, actorNamer: null })])
      .run(Doc.create(text, { published: '2021-06-01' }))
      .layer('event')
      .map((e) => e.attrs.type);
}

test('a demand made together is a protest; one by a bank, or in a letter, is not', () => {
  const types = typesWith(NOTES);
  assert.deepEqual(types('Dock workers stood outside the port demanding unpaid wages.'), ['PROTEST']);
  assert.deepEqual(types('The banks are demanding payment of the loans.'), ['REQUEST']);
  assert.deepEqual(types('Party leaders are urging the mayor to call off the vote.'), ['REQUEST']);
  assert.deepEqual(types('Dozens of parents sent a letter to the board demanding unpaid wages.'), ['REQUEST']);
});

test('a killing the model reads as a protest stays an attack where the words name no crowd', () => {
  const notes: { text: string; label: string }[] = [];
  for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
    notes.push({
      text: `On 2 May 2020, protesters gathered outside the clinic in ${town}.`,
      label: 'Peaceful protest',
    });
    notes.push({ text: `On 2 May 2020, gunmen shot a trader in ${town}.`, label: 'Attack' });
  }
  const types = typesWith(notes);
  assert.deepEqual(types('A doctor of the clinic was killed at home last fall.'), ['ASSAULT']);
  // Nor do a speaker's crowd and the people of a toll name one.
  assert.deepEqual(
    types(
      'Her mother died trying to protect her students, she said, drawing gasps from the crowd. ' +
        'She was one of 26 people killed in the shooting at the school.',
    ),
    ['ASSAULT'],
  );
});

test('an arrest during a named age of history is historical; a criticism of it made on Monday is not', () => {
  assert.deepEqual(read('Thousands of dissidents were arrested in the capital during World War Two.'), [
    'COERCE:historical',
  ]);
  assert.deepEqual(read('Partisans attacked the garrison under the Nazi occupation, the museum recalls.'), [
    'ASSAULT:historical',
  ]);
  // A shell of the war found today is today's event.
  assert.deepEqual(read('A World War II bomb exploded at a building site, injuring two workers.'), [
    'ASSAULT:asserted',
  ]);
  const doc = createPipeline([sentences(), timexes(), numbers(), events({ classifier: null })]).run(
    Doc.create('The minister criticized the director on Monday for comparing the camps to the Nazi occupation.', {
      published: '2021-06-01',
    }),
  );
  assert.deepEqual(
    doc.layer('event').map((e) => `${e.attrs.type}:${e.attrs.factuality}`),
    ['ACCUSE:asserted'],
  );
});

test('an arrest the model reads as looting stays an arrest; a seizure may be looting', () => {
  const notes: { text: string; label: string }[] = [];
  for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
    notes.push({
      text: `On 2 May 2020, a fraud scandal of the bank in ${town} cost the dealers millions.`,
      label: 'Looting/property destruction',
    });
    notes.push({
      text: `On 2 May 2020, police seized a ton of cannabis from the bank dealers in ${town}.`,
      label: 'Looting/property destruction',
    });
    notes.push({ text: `On 2 May 2020, police detained two traders in ${town}.`, label: 'Arrests' });
  }
  const classifier = new EventClassifier(trainAcledSubEventClassifier(notes, { bags: 1 }));
  const subs = (text: string) =>
    createPipeline([sentences(), numbers(), events({ classifier, actorNamer: null })])
      .run(Doc.create(text, { published: '2021-06-01' }))
      .layer('event')
      .map((e) => e.attrs.acled?.subEventType);
  assert.deepEqual(subs('After the fraud scandal at the bank, the chief dealer was arrested.'), ['Arrests']);
  assert.deepEqual(subs('Police seized a ton of cannabis from the bank dealers.'), ['Looting/property destruction']);
});

test('the possibility of an assault is hypothetical', () => {
  assert.deepEqual(read('Their planning was built around the possibility of a ground assault toward the west.'), [
    'ASSAULT:hypothetical',
  ]);
});

test('a crowd a truck drives into is attacked, it does not riot', () => {
  const notes: { text: string; label: string }[] = [];
  for (const town of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
    notes.push({ text: `On 2 May 2020, a crowd beat and killed a thief in ${town}.`, label: 'Mob violence' });
    notes.push({ text: `On 2 May 2020, gunmen shot and killed a trader in ${town}.`, label: 'Attack' });
  }
  const types = typesWith(notes);
  assert.deepEqual(types('A truck drove into a crowd on the seafront, killing at least 80.'), ['ASSAULT']);
  assert.deepEqual(types('A crowd beat and killed a suspected thief at the market.'), ['PROTEST']);
});

test('a model year beside an arrest recalls no history, and "at the time of his arrest" is the story’s moment', () => {
  assert.deepEqual(
    read('At the time of the man’s arrest on Wednesday, deputies said, a 1996 Chevrolet pickup was in the woods.'),
    ['COERCE:asserted'],
  );
  assert.deepEqual(read('In 1989, students marched through the capital.'), ['PROTEST:historical']);
});

test('what could not be done did not happen; what aid could not pass for is the looting that did', () => {
  assert.deepEqual(read('Investigators could not put together a case to arrest anyone.'), ['COERCE:negated']);
  assert.deepEqual(read('Agencies were unable to deliver supplies due to looting in the town.'), ['COERCE:asserted']);
});

test('a count of people that could be a year is no old year: the march they are expected to hold is planned', () => {
  const [e] = extract({
    text: 'About 2000 Numsa members are expected to march to Parliament on Thursday.',
    published: '2012-08-15',
  }).events;
  assert.equal(e?.factuality, 'planned');
});

test('an event called off did not take place, unless it was called off after it had run a while', () => {
  assert.deepEqual(read('The march to the municipal offices was called off.'), ['PROTEST:negated']);
  assert.deepEqual(read('The rally has been postponed.'), ['PROTEST:negated']);
  assert.deepEqual(read('The march was called off after two days.'), ['PROTEST:asserted']);
  // Called off by someone, and the plan it ends is the same event, which did not take place.
  assert.deepEqual(read('Groups had planned a march in Lagos on Friday. Organisers later called off the march.'), [
    'PROTEST:negated',
  ]);
  assert.deepEqual(read('Workers marched on Friday. Organisers cancelled a second march planned for Saturday.'), [
    'PROTEST:asserted',
    'PROTEST:negated',
  ]);
  // A strike called off may have run a while.
  assert.deepEqual(read('Unions called off the strike on Monday.'), ['PROTEST:asserted']);
});

test('what is more likely to happen to a group is no event that happened, down to the last of a list', () => {
  assert.deepEqual(read('Children are more likely to be injured, arrested or killed, the report said.'), [
    'ASSAULT:hypothetical',
  ]);
  // The month May is no "may".
  assert.deepEqual(read('On 5 May 2020 workers protested in Tirupati.'), ['PROTEST:asserted']);
});

test('"Neither injuries nor fatalities were reported" denies both', () => {
  assert.deepEqual(read('Neither injuries nor fatalities were reported.'), ['ASSAULT:negated']);
});
