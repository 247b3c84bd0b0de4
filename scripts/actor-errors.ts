/**
 * `node dist/scripts/actor-errors.js OUT.jsonl [CACHE_DIR]`: the events benchmark's 5-fold
 * cross-validation on `acled_dev.csv`, writing for each note its out-of-fold first event beside
 * ACLED's coding (actor1, actor2, event type, country), the event's actors and targets and the
 * naming model's three best templates, then the reference scorer's metrics and a tally of first-
 * actor error classes. Where CACHE_DIR is given, the per-fold sub-event classifiers and learned
 * places (which the actor model does not change) are kept there and reused, so that iterating on
 * the actor model costs its own training only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../bench/shared-data.js';
import { pipelineWith } from '../src/default-pipeline.js';
import { extract } from '../src/extract.js';
import { openGazetteer } from '../src/gazetteer/gazetteer.js';
import {
  codedLocation,
  learnPlaces,
  SupplementedGazetteer,
  type LearnedPlace,
} from '../src/gazetteer/learned-places.js';
import {
  AcledActorNamer,
  acledActorExample,
  type AcledActorGuess,
  trainAcledActorModel,
  withRoleCues,
} from '../src/stages/events/acled-actor-model.js';
import {
  EventClassifier,
  trainAcledSubEventClassifier,
  type EventClassifierModel,
} from '../src/stages/events/event-classifier.js';
import { readAcledCsv } from './read-acled-csv.js';

const FOLDS = 5;

/** The naming model, noting the country each note's first actor was named for. */
class LoggingNamer extends AcledActorNamer {
  calls: { country: string | undefined; guesses: AcledActorGuess[] }[] = [];
  override firstActor(text: string, country: string | undefined): AcledActorGuess | undefined {
    this.calls.push({ country, guesses: this.firstActors(text, country, 3) });
    return super.firstActor(text, country);
  }
}

const shared = sharedDir();
const out = process.argv[2];
const cache = process.argv[3];
if (!shared || !out) {
  process.stderr.write('usage: actor-errors OUT.jsonl [CACHE_DIR] (with DATELINE_SHARED set)\n');
  process.exit(1);
}
if (cache) mkdirSync(cache, { recursive: true });

/** A value from the cache, else computed and cached. */
function cached<T>(name: string, make: () => T): T {
  const file = cache && join(cache, name);
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const v = make();
  if (file) writeFileSync(file, JSON.stringify(v));
  return v;
}

const gold = join(shared, 'data', 'events', 'acled_dev.csv');
const rows = readAcledCsv(gold).filter((r) => r.notes_text?.trim());
const preds: string[] = [];
const dump: string[] = [];
let ms = 0;
let trainMs = 0;
for (let k = 0; k < FOLDS; k++) {
  const train = rows.filter((_, i) => i % FOLDS !== k);
  const test = rows.filter((_, i) => i % FOLDS === k);
  const classifier = new EventClassifier(
    cached<EventClassifierModel>(`subevent-${k}.json`, () =>
      trainAcledSubEventClassifier(train.map((r) => ({ text: r.notes_text!, label: r.sub_event_type! }))),
    ),
  );
  const t = performance.now();
  const actorFile = trainAcledActorModel(train.map(acledActorExample));
  trainMs += performance.now() - t;
  const actorNamer = new LoggingNamer(actorFile);
  const templates = new EventClassifier(actorFile.templates);
  const countryModel = new EventClassifier(actorFile.countries!);
  const gazetteer = openGazetteer();
  const learned =
    gazetteer &&
    new SupplementedGazetteer(
      gazetteer,
      cached<LearnedPlace[]>(`places-${k}.json`, () => learnPlaces(train.map(codedLocation), gazetteer)),
    );
  const pipeline = pipelineWith({
    events: { classifier, actorNamer },
    ...(learned && { places: { gazetteer: learned } }),
  });
  for (const r of test) {
    actorNamer.calls = [];
    const t0 = performance.now();
    const rec = extract(
      { id: r.event_id_cnty!, text: r.notes_text!, published: r.event_date! },
      { pipeline, noText: true },
    );
    ms += performance.now() - t0;
    preds.push(JSON.stringify({ id: rec.id, events: rec.events }));
    const ev = rec.events[0];
    const top = templates.rank(withRoleCues(r.notes_text!)).slice(0, 3);
    dump.push(
      JSON.stringify({
        id: r.event_id_cnty,
        fold: k,
        text: r.notes_text,
        gold: {
          actor1: r.actor1,
          actor2: r.actor2,
          assoc1: r.assoc_actor_1,
          eventType: r.event_type,
          subEventType: r.sub_event_type,
          country: r.country,
        },
        pred: ev && {
          eventType: ev.acled?.eventType,
          subEventType: ev.acled?.subEventType,
          country: ev.location?.country,
          lat: ev.location?.lat,
          lon: ev.location?.lon,
          actors: ev.actors.map((a) => ({ name: a.name, kind: a.kind, country: a.country, acled: a.acled })),
          targets: ev.targets.map((a) => ({ name: a.name, kind: a.kind, country: a.country, acled: a.acled })),
          by: ev.by,
        },
        calls: actorNamer.calls.map((c) => ({
          country: c.country,
          guesses: c.guesses.map((g) => [g.name, Math.round(g.confidence * 1000) / 1000]),
        })),
        countryModel: countryModel
          .rank(r.notes_text!)
          .slice(0, 1)
          .map((p) => [p.label, Math.round(p.confidence * 1000) / 1000]),
        templates: top.map((p) => [p.label, Math.round(p.confidence * 1000) / 1000]),
      }),
    );
  }
}
writeFileSync(out, dump.join('\n') + '\n');
const predFile = out.replace(/\.jsonl$/, '') + '.pred.jsonl';
writeFileSync(predFile, preds.join('\n') + '\n');
const run = spawnSync('python3', [join(shared, 'eval', 'score_events_acled.py'), gold, predFile], { encoding: 'utf8' });
const m = JSON.parse(run.stdout || '{}') as Record<string, unknown>;
for (const key of [
  'event_type_accuracy',
  'sub_event_type_accuracy',
  'date_exact',
  'geo_acc_50km',
  'fatalities_exact',
  'size_overlap',
  'actor1_accuracy',
])
  process.stdout.write(`${key}\t${String(m[key])}\n`);
process.stdout.write(
  `ms/note\t${(ms / rows.length).toFixed(2)}\tactor training s/fold\t${(trainMs / FOLDS / 1000).toFixed(1)}\n`,
);
