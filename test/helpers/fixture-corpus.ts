/**
 * A small corpus written for the store tests: one protest reported by two outlets and
 * syndicated by a third, and nearby events that must stay apart (another city, another day,
 * another type, another country).
 */
import type { FixtureArticle } from './fixture-records.js';

const LAGOS = { name: 'Lagos', lat: 6.455, lon: 3.384, country: 'NG', admin1: 'Lagos' };
const NURSES_TEXT =
  'Thousands of nurses marched through Lagos on Tuesday, 4 May 2021, demanding months of unpaid wages. ' +
  'Police fired tear gas at the marchers near the state assembly, and the union said it would keep up the pressure.';

/** The fixture articles, in ingest order. */
export const FIXTURE_CORPUS: FixtureArticle[] = [
  {
    id: 'herald-1',
    outlet: 'Lagos Herald',
    published: '2021-05-04',
    title: 'Nurses march in Lagos',
    text: NURSES_TEXT,
    events: [
      {
        type: 'PROTEST',
        mode: 'demo',
        acled: { eventType: 'Protests', subEventType: 'Protest with intervention' },
        date: '2021-05-04',
        dateText: 'Tuesday, 4 May 2021',
        place: { ...LAGOS, text: 'Lagos' },
        actors: [{ name: 'Protesters (Nigeria)', kind: 'protesters', country: 'NG', text: 'nurses' }],
        size: { low: 1000, high: null, text: 'Thousands' },
        trigger: 'marched',
      },
    ],
  },
  {
    id: 'times-7',
    outlet: 'Abuja Times',
    published: '2021-05-05',
    title: 'Unpaid nurses take to the streets',
    text:
      'Nurses staged a protest in Lagos on May 4 over unpaid salaries, witnesses said. ' +
      'The crowd, several thousand strong, dispersed in the evening after officers used tear gas.',
    events: [
      {
        type: 'PROTEST',
        mode: 'demo',
        date: '2021-05-04',
        dateText: 'May 4',
        place: { ...LAGOS, text: 'Lagos' },
        actors: [{ name: 'Nurses', kind: 'protesters', country: 'NG', text: 'Nurses' }],
        trigger: 'protest',
      },
    ],
  },
  {
    id: 'wire-copy-3',
    outlet: 'Daily Wire Service',
    published: '2021-05-05',
    title: 'Nurses march in Lagos',
    text: NURSES_TEXT + ' (Syndicated.)',
    events: [
      {
        type: 'PROTEST',
        mode: 'demo',
        date: '2021-05-04',
        dateText: 'Tuesday, 4 May 2021',
        place: { ...LAGOS, text: 'Lagos' },
        actors: [{ name: 'Protesters (Nigeria)', kind: 'protesters', country: 'NG', text: 'nurses' }],
        trigger: 'marched',
      },
    ],
  },
  {
    id: 'ibadan-2',
    outlet: 'Oyo Courier',
    published: '2021-05-04',
    text: 'Farmers protested in Ibadan on 4 May 2021 against new rules on grazing land, blocking a highway for hours.',
    events: [
      {
        type: 'PROTEST',
        mode: 'demo',
        date: '2021-05-04',
        dateText: '4 May 2021',
        place: { name: 'Ibadan', lat: 7.3775, lon: 3.947, country: 'NG', admin1: 'Oyo', text: 'Ibadan' },
        actors: [{ name: 'Farmers', kind: 'protesters', country: 'NG', text: 'Farmers' }],
        trigger: 'protested',
      },
    ],
  },
  {
    id: 'kaduna-9',
    outlet: 'Northern Post',
    published: '2021-06-03',
    text: 'Gunmen killed 5 villagers in Kaduna on 2 June 2021, residents said, the third such raid this year.',
    events: [
      {
        type: 'ASSAULT',
        acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
        date: '2021-06-02',
        dateText: '2 June 2021',
        place: { name: 'Kaduna', lat: 10.5222, lon: 7.4383, country: 'NG', admin1: 'Kaduna', text: 'Kaduna' },
        actors: [{ name: 'Unidentified Armed Group (Nigeria)', kind: 'unidentified-armed-group', text: 'Gunmen' }],
        targets: [{ name: 'Civilians (Nigeria)', kind: 'civilians', country: 'NG', text: 'villagers' }],
        fatalities: { value: 5, text: '5' },
        trigger: 'killed',
      },
    ],
  },
  {
    id: 'herald-2',
    outlet: 'Lagos Herald',
    published: '2021-05-20',
    text: 'Retired teachers protested in Lagos on 20 May 2021 over pensions that have not been paid since January.',
    events: [
      {
        type: 'PROTEST',
        mode: 'demo',
        date: '2021-05-20',
        dateText: '20 May 2021',
        place: { ...LAGOS, text: 'Lagos' },
        actors: [{ name: 'Teachers', kind: 'protesters', country: 'NG', text: 'teachers' }],
        trigger: 'protested',
      },
    ],
  },
  {
    id: 'nairobi-4',
    outlet: 'Coast Daily',
    published: '2021-05-04',
    text: 'Police arrested 30 protesters in Nairobi on 4 May 2021 after a march against fuel prices turned rowdy.',
    events: [
      {
        type: 'COERCE',
        mode: 'arrest',
        date: '2021-05-04',
        dateText: '4 May 2021',
        place: { name: 'Nairobi', lat: -1.2864, lon: 36.8172, country: 'KE', admin1: 'Nairobi', text: 'Nairobi' },
        actors: [{ name: 'Police Forces of Kenya', kind: 'police', country: 'KE', text: 'Police' }],
        targets: [{ name: 'Protesters (Kenya)', kind: 'protesters', country: 'KE', text: 'protesters' }],
        trigger: 'arrested',
      },
    ],
  },
];
