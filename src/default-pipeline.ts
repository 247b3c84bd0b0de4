/**
 * The default pipeline: the one place that says which stages run and in what order.
 */
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { quotes } from './stages/quotes/quotes-stage.js';
import { sentences } from './stages/sentences.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [
    // Everything else reads tokens and sentences, and skips sentences outside the story zone.
    sentences(),
    // Quotes come after entities and places (speakers link to entity ids, pronouns resolve through
    // coreference chains) and timexes (when a statement was made), and before events, which take
    // attributions as the sources of what they report.
    quotes(),
  ];
}

let cached: Pipeline | undefined;

/** The default pipeline, built once per process (stages load their models lazily). */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(defaultStages());
  return cached;
}
