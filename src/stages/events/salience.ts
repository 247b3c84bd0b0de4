/**
 * The order of a record's events. The record lists events by salience rather than by where they
 * start, so that a reader (and a scorer taking the first event) meets the main event first.
 */
import type { EventAttrs, Factuality, PloverType } from '../../core/layers.js';

const HAPPENED = new Set<Factuality>(['asserted', 'reported']);

/**
 * The PLOVER classes of ACLED's own events (protests, violence, arrests, deployments); an
 * agreement or a handover of aid that ACLED would code as a strategic development comes after.
 */
const ACLED_OWN = new Set<PloverType>(['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE']);

/**
 * Events in order of salience for a record: what ACLED would code and the article reports as
 * happening first (the main event of a note or lead paragraph, not the threat or the joint
 * operation named before it), then strategic developments read into other classes (an
 * agreement, aid handed out), then other events that happened, then the called-for, feared,
 * denied and recalled; in text order within each rank.
 */
export function bySalience<T extends { attrs: Pick<EventAttrs, 'acled' | 'factuality' | 'type'> }>(
  evs: readonly T[],
): T[] {
  const rank = (e: T) =>
    HAPPENED.has(e.attrs.factuality) ? (e.attrs.acled ? (ACLED_OWN.has(e.attrs.type) ? 0 : 1) : 2) : 3;
  return evs
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
