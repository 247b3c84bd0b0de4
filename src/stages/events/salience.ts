/**
 * The order of a record's events. The record lists events by salience rather than by where they
 * start, so that a reader (and a scorer taking the first event) meets the main event first.
 */
import type { EventAttrs, Factuality } from '../../core/layers.js';

const HAPPENED = new Set<Factuality>(['asserted', 'reported']);

/**
 * Events in order of salience for a record: what ACLED would code and the article reports as
 * happening first (the main event of a note or lead paragraph, not the threat or the joint
 * operation named before it), then other events that happened, then the called-for, feared,
 * denied and recalled; in text order within each rank.
 */
export function bySalience<T extends { attrs: Pick<EventAttrs, 'acled' | 'factuality'> }>(evs: readonly T[]): T[] {
  const rank = (e: T) => (HAPPENED.has(e.attrs.factuality) ? (e.attrs.acled ? 0 : 1) : 2);
  return evs
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
