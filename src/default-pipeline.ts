/**
 * The default pipeline: the one place that says which stages run and in what order.
 */
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { events } from './stages/events/events.js';
import { numbers } from './stages/numbers.js';
import { sentences } from './stages/sentences.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [
    // Everything else reads tokens and sentences, and skips sentences outside the story zone.
    sentences(),
    // After timexes, so that dates ("9 May 2020", "10:30") are not read as counts; before entities
    // and events, which read crowd sizes and casualty counts from this layer.
    numbers(),
    // Last: events read every earlier layer (timexes, numbers, actors, places, quotes and
    // attributions) and refine the timexes left relative to an event.
    events(),
  ];
}

let cached: Pipeline | undefined;

/** The default pipeline, built once per process (stages load their models lazily). */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(defaultStages());
  return cached;
}
