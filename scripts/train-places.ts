/**
 * `npm run train:places`: learns the places of the coded events in
 * `../shared/data/events/acled_dev.csv` (or DATELINE_SHARED) that the installed gazetteer lacks,
 * and writes `models/acled-places.json` (see `src/gazetteer/learned-places.ts`). Deterministic:
 * the same data and gazetteer give the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sharedDir } from '../bench/shared-data.js';
import { gazetteerProblem, openGazetteer } from '../src/gazetteer/gazetteer.js';
import { codedLocation, learnPlaces, type LearnedPlacesFile } from '../src/gazetteer/learned-places.js';
import { readAcledCsv } from './read-acled-csv.js';

const shared = sharedDir();
const gaz = openGazetteer();
if (!shared || !gaz) {
  process.stderr.write(
    `train:places: ${shared ? gazetteerProblem() : 'no ../shared/data (set DATELINE_SHARED to its folder)'}\n`,
  );
  process.exit(1);
}
const t0 = performance.now();
const rows = readAcledCsv(join(shared, 'data', 'events', 'acled_dev.csv'));
const places = learnPlaces(rows.map(codedLocation), gaz);
const file: LearnedPlacesFile = { source: 'acled_dev.csv', places };
const json = JSON.stringify(file);
writeFileSync(join(REPO_ROOT, 'models', 'acled-places.json'), json + '\n');
process.stdout.write(
  `train:places: ${rows.length} coded events, ${places.length} learned places, ${(json.length / 1e6).toFixed(2)} MB, ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s -> models/acled-places.json\n`,
);
