import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract.js';

const first = (text: string, published = '2020-05-10') => extract({ text, published }).events[0];
const dead = (text: string) => first(text)?.fatalities;

test('victims whose death is told after the attack are counted', () => {
  for (const [text, n] of [
    ['On 6 May 2020, two armed men attacked a man in Colonia Centro of Tepic. The victim died.', 1],
    ['On 2 May 2020, youths beat a soldier in Bouar after a dispute. The soldier later died from his injuries.', 1],
    ['On 3 May 2020, a farmer was kidnapped near Kaduna and beaten. Days later he died in hospital.', 1],
    ['On 4 May 2020, gunmen shot a trader and his son in Yola. Both victims died.', 2],
    ['On 1 May 2020, gunmen attacked a police officer and her husband in Celaya. The officer and her husband died.', 2],
    ['On 5 May 2020, a soldier opened fire on a family in Kadugli, killing the father and a son.', 2],
    ['On 9 May 2020, police clashed with a robber in Gitega, killing the man.', 1],
    ['On 3 January 2020, a drone strike assassinated Gen. Omar Khalil and Yusuf al-Rashidi near the airport.', 2],
    ['Gunmen shot dead journalist Ahmed Hassan in Mogadishu on Tuesday.', 1],
    ['On 29 April 2020, a former councillor and his wife were shot dead by unknown assailants in Sirawai.', 2],
    ['On 2 May 2020, police approached two men on a motorcycle in Itaborai. A suspect was shot and died.', 1],
    ['On 4 May 2020, a man armed with a knife stabbed a well-known radio journalist to death in Hodan.', 1],
    [
      'On 2 May 2020, a former bodyguard who reportedly worked for prominent families in the province was shot dead by gunmen in Hinigaran.',
      1,
    ],
  ] as const)
    assert.equal(dead(text), n, text);
});

test('tolls told without the usual verb are counted', () => {
  for (const [text, n] of [
    ['On 4 May 2020, soldiers shot two men to death near Maungdaw and seized pills.', 2],
    ['On 30 April 2020, two groups clashed over land in Ballia. 1 killed, three injured.', 1],
    [
      'On 1 May 2020, tribal militias clashed over water in Usaylan, resulting in 8 tribesmen killed and others injured.',
      8,
    ],
    [
      'On 3 May 2020, an attack on a checkpoint near Tuz left 3 fighters (including their commander) dead and 6 others injured.',
      3,
    ],
    ['On 2 May 2020, the army shelled militant camps near Damboa. 56 BH/IS fighters were killed.', 56],
    ['On 1 May 2020, the corpses of around thirty militants were found near Inawan after an air strike.', 30],
    ['On 29 April 2020, 3 policemen, 2 militia members, and 1 soldier were killed during an operation in Jurm.', 6],
    ['On 3 May 2020, five members of the CV (Red Command) died during a shoot-out with police in Niteroi.', 5],
    ['On 28 April 2020, militants clashed with police in Kabul, which led to the killing of 1 militant.', 1],
    ['On 5 May 2020, clashes with police in Patna left 20 villagers injured and one man dead.', 1],
  ] as const)
    assert.equal(dead(text), n, text);
});

test('counts that are not this event’s dead are left out', () => {
  for (const text of [
    // an age, the dead of an earlier event, a class, an ambiguous toll, an injury
    'On 7 May 2020, gunmen shot a 17-year-old boy in Belem.',
    'On 6 May 2020, residents attacked police officers in Kingston after two children were killed by gunmen.',
    'On 6 May 2020, 3 PKK militants were killed, injured or captured during operations in Ovacik.',
    'On 7 May 2020, an IED exploded near Yusufiyah leaving 1 police officer injured.',
    'On 8 May 2020, troops clashed with rebels near Puerto Carreno and arrested a commander responsible for the killing of several social leaders.',
    // the dead a peaceful protest is about
    'On 2 May 2020, relatives of prisoners protested in Guanare after more than 40 prisoners were killed by guards.',
  ])
    assert.equal(dead(text) ?? 0, 0, text);
  // The clashes are the event: their dead count even after "after".
  assert.equal(
    first(
      'Authorities closed schools in Kaduna on Monday after 11 people died in clashes between two groups.',
      '1987-03-11',
    )?.fatalities,
    11,
  );
});

test('the dead and the abducted told in the next sentence are the attack’s own', () => {
  const evs = extract({
    text: 'On 4 May 2020, unidentified gunmen attacked Kurmin Gandu in Kajuru LGA (Kaduna). 1 vigilante was killed and 2 abducted.',
    published: '2020-05-10',
  }).events.filter((e) => e.type === 'ASSAULT');
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.fatalities, 1);
});
