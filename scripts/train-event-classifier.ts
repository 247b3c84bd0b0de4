/**
 * `npm run train:events`: trains the ACLED sub-event classifier and the ACLED first-actor naming
 * model on the notes of `../shared/data/events/acled_dev.csv` (or DATELINE_SHARED) and writes
 * `models/acled-subevent.json` and `models/acled-actors.json`. Deterministic: the same data gives
 * the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sharedDir } from '../bench/shared-data.js';
import { acledActorExample, trainAcledActorModel } from '../src/stages/events/acled-actor-model.js';
import { trainAcledSubEventClassifier } from '../src/stages/events/event-classifier.js';
import { readAcledCsv } from './read-acled-csv.js';

const shared = sharedDir();
if (!shared) {
  process.stderr.write('train:events: no ../shared/data (set DATELINE_SHARED to its folder)\n');
  process.exit(1);
}
const rows = readAcledCsv(join(shared, 'data', 'events', 'acled_dev.csv')).filter((r) => r.notes_text?.trim());
const t0 = performance.now();
const model = trainAcledSubEventClassifier(rows.map((r) => ({ text: r.notes_text!, label: r.sub_event_type! })));
const out = join(REPO_ROOT, 'models', 'acled-subevent.json');
const json = JSON.stringify(model);
writeFileSync(out, json + '\n');
process.stdout.write(
  `train:events: ${rows.length} notes, ${model.classes.length} classes, ${model.weights.length} features, ` +
    `${(json.length / 1e6).toFixed(2)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s -> models/acled-subevent.json\n`,
);
const t1 = performance.now();
const actors = trainAcledActorModel(rows.map(acledActorExample));
const actorsJson = JSON.stringify(actors);
writeFileSync(join(REPO_ROOT, 'models', 'acled-actors.json'), actorsJson + '\n');
process.stdout.write(
  `train:events: ${actors.templates.classes.length} actor templates, ${Object.keys(actors.fullNames).length} full names, ` +
    `${(actorsJson.length / 1e6).toFixed(2)} MB, ${((performance.now() - t1) / 1000).toFixed(1)} s -> models/acled-actors.json\n`,
);
