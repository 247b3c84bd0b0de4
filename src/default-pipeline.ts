/**
 * The default pipeline: the one place that says which stages run and in what order.
 */
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { places } from './stages/places/places-stage.js';
import { sentences } from './stages/sentences.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [
    // Everything else reads tokens and sentences, and skips sentences outside the story zone.
    sentences(),
    // After entities (when present: their GPE/LOC/FAC mentions become toponym candidates and
    // person names veto look-alike places), before quotes and events, which need resolved places
    // and the focus country to put each event where it happened.
    places(),
  ];
}

let cached: Pipeline | undefined;

/** The default pipeline, built once per process (stages load their models lazily). */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(defaultStages());
  return cached;
}
