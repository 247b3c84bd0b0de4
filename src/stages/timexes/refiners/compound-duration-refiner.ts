/**
 * Durations of two units joined by "and", the larger first, are one duration: "four years and
 * three months" (P4Y3M), "13 years and 80 days" (P13Y80D), "three weeks and a day after the Iowa
 * caucuses" (P22D, counted from the caucuses once they are dated). TimeML tags them as one
 * expression; read apart they are two durations, and an anchor would date the second alone.
 */
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

/** Units largest first, with the ISO 8601 letter and whether it follows the time designator. */
const UNITS = ['Y', 'M', 'W', 'D', 'H', 'MIN'] as const;
type Unit = (typeof UNITS)[number];

/** A plain count of one unit: "P4Y", "P3W", "PT5H", "PT20M". */
function simple(value: string): { n: number; unit: Unit } | undefined {
  const date = /^P(\d+)([YMWD])$/.exec(value);
  if (date) return { n: Number(date[1]), unit: date[2] as Unit };
  const time = /^PT(\d+)([HM])$/.exec(value);
  if (time) return { n: Number(time[1]), unit: time[2] === 'H' ? 'H' : 'MIN' };
  return undefined;
}

/** The ISO 8601 duration of two counts (ISO writes weeks only alone, so weeks become days). */
function combine(a: { n: number; unit: Unit }, b: { n: number; unit: Unit }): string {
  const parts = new Map<Unit, number>([
    [a.unit, a.n],
    [b.unit, b.n],
  ]);
  if (parts.has('W')) {
    parts.set('D', (parts.get('D') ?? 0) + 7 * parts.get('W')!);
    parts.delete('W');
  }
  const date = (['Y', 'M', 'D'] as const).map((u) => (parts.has(u) ? `${parts.get(u)}${u}` : '')).join('');
  const time = (['H', 'MIN'] as const)
    .map((u) => (parts.has(u) ? `${parts.get(u)}${u === 'H' ? 'H' : 'M'}` : ''))
    .join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Merges "N units and M smaller units" into one duration. */
export const compoundDurationRefiner: TimexRefiner = {
  name: 'compound-duration',
  refine(candidates, ctx) {
    const out: TimexCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i]!;
      const b = candidates[i + 1];
      const first = a.type === 'DURATION' && !a.relative && !a.mod ? simple(a.value) : undefined;
      const second = b?.type === 'DURATION' && !b.mod ? simple(b.relative?.duration ?? b.value) : undefined;
      if (
        !b ||
        !first ||
        !second ||
        UNITS.indexOf(first.unit) >= UNITS.indexOf(second.unit) ||
        !/^\s+and\s+$/.test(ctx.text.slice(a.end, b.start))
      ) {
        out.push(a);
        continue;
      }
      const value = combine(first, second);
      out.push({
        ...b,
        start: a.start,
        value,
        stated: [...new Set([...a.stated, ...b.stated])],
        rule: `${b.rule}@compound`,
        ...(b.relative ? { relative: { ...b.relative, duration: value } } : {}),
      });
      i++;
    }
    return out;
  },
};
