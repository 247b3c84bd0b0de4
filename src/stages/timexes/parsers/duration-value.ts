/**
 * Writing an amount of units as a TIMEX3 duration: "two days" → P2D, "16 hours" → PT16H,
 * "several years" → PXY, "2 1/2 years" → P2Y6M, "a century" → P100Y, "decades" → PXE.
 */
import { amountValue, UNITS } from '../vocabulary.js';

/** The TIMEX3 duration of `amount` units; undefined when the unit is unknown. */
export function durationValue(amount: string, unit: string): string | undefined {
  const u = UNITS[unit];
  if (!u) return undefined;
  const n = amountValue(amount);
  let code = u.code;
  let count: number | undefined = n;
  if (unit === 'fortnight' && n !== undefined) count = n * 2;
  // ISO 8601 has no decade or century: a counted one is written in years ("two decades" →
  // P20Y, as TimeBank writes it); an uncounted one takes TimeML's unit letters E (decade),
  // C (century) and L (millennium) that TimeBank uses ("centuries" → PXC), not TIMEX2's DE/CE/ML.
  if ((unit === 'decade' || unit === 'century' || unit === 'millennium') && n !== undefined) {
    const years = n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1000);
    if (Number.isInteger(years)) return `P${years}Y`;
  }
  if (unit === 'weekend') code = 'WE';
  const prefix = u.time ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${code}`;
  if (Number.isInteger(count)) return `${prefix}${count}${code}`;
  const whole = Math.floor(count);
  const frac = count - whole;
  // Halves are written in the next smaller unit, as TIMEX3 has no decimals in common use.
  if (code === 'Y') return `P${whole ? whole + 'Y' : ''}${Math.round(frac * 12)}M`;
  if (code === 'D') return `P${whole ? whole + 'D' : ''}T${Math.round(frac * 24)}H`;
  if (code === 'H') return `PT${whole ? whole + 'H' : ''}${Math.round(frac * 60)}M`;
  if (code === 'M' && u.time) return `PT${whole ? whole + 'M' : ''}${Math.round(frac * 60)}S`;
  return `${prefix}${count}${code}`;
}
