/**
 * Where parsers found overlapping expressions ("a year" inside "a year ago", "Thursday" inside
 * "late Thursday afternoon"), the longest reading wins; on a tie, the more confident one.
 */
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

/** Keeps the longest of overlapping candidates. */
export const overlapRefiner: TimexRefiner = {
  name: 'overlap',
  refine(candidates) {
    const ranked = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
    );
    const kept: TimexCandidate[] = [];
    for (const c of ranked) {
      if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
