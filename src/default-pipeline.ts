/**
 * The default pipeline: the one place that says which stages run and in what order.
 */
import { createPipeline, type Pipeline } from './core/pipeline.js';
import type { Stage } from './core/stage.js';
import { entities } from './stages/entities/entities.js';
import { places, type PlacesOptions } from './stages/places/places-stage.js';
import { quotes } from './stages/quotes/quotes-stage.js';
import { events, type EventsOptions } from './stages/events/events.js';
import { numbers } from './stages/numbers.js';
import { sentences } from './stages/sentences.js';
import { timexes } from './stages/timexes/timex-stage.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [
    // Everything else reads tokens and sentences, and skips sentences outside the story zone.
    sentences(),
    // Dates first among the analyses: they need only sentences (zones, clause tense), and the
    // stages after them (numbers must not read "2020" as a count; events date themselves and
    // re-anchor "two days after X"; quote time re-anchors timexes inside quotes) read them.
    timexes(),
    // After timexes, so that dates ("9 May 2020", "10:30") are not read as counts; before entities
    // and events, which read crowd sizes and casualty counts from this layer.
    numbers(),
    // After timexes and numbers, so that dates and counts are known spans, and before places,
    // quotes and events: places refine its GPE/LOC/FAC with the gazetteer, quotes take speakers
    // from its entities and actor layer, events take actors and targets from its actor layer.
    entities(),
    // After entities (when present: their GPE/LOC/FAC mentions become toponym candidates and
    // person names veto look-alike places), before quotes and events, which need resolved places
    // and the focus country to put each event where it happened.
    places(),
    // Quotes come after entities and places (speakers link to entity ids, pronouns resolve through
    // coreference chains) and timexes (when a statement was made), and before events, which take
    // attributions as the sources of what they report.
    quotes(),
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

/**
 * The default stages with the places and events stages given their own options: models trained
 * on some folds only, a gazetteer supplemented with the places those folds coded (the
 * benchmarks' and training scripts' cross-validation).
 */
export function pipelineWith(options: { places?: PlacesOptions; events?: EventsOptions }): Pipeline {
  return createPipeline(
    defaultStages().map((s) =>
      s.name === 'events' && options.events
        ? events(options.events)
        : s.name === 'places' && options.places
          ? places(options.places)
          : s,
    ),
  );
}
