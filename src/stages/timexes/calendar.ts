/**
 * Calendar arithmetic for TIMEX3 values. Dates are plain UTC days so that no time zone of the
 * machine running Dateline can move a date; weeks are ISO 8601 weeks, as TIMEX3 requires.
 */

/** A calendar day (month 1–12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** Parses `YYYY-MM-DD` (or a longer ISO timestamp); undefined when it is not one. */
export function parseDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso ?? '');
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : undefined;
}

/** Days in a month of a year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when the day exists in the calendar. */
export function isValidDay(day: Day): boolean {
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m);
}

function toUtc(day: Day): Date {
  const t = new Date(Date.UTC(2000, day.m - 1, day.d));
  t.setUTCFullYear(day.y);
  return t;
}

function fromUtc(t: Date): Day {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day `n` days later (earlier when negative). */
export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** The same day `n` months later, clamped to the month's last day. */
export function addMonths(day: Day, n: number): Day {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** Days from `a` to `b`. */
export function diffDays(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

/** `YYYY` with four digits (TIMEX3 years are always four wide). */
export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** `YYYY-MM-DD`. */
export function fmtDay(day: Day): string {
  return `${fmtYear(day.y)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}

/** `YYYY-Www` for the ISO week holding `day`. */
export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${fmtYear(y)}-W${pad(w)}`;
}

/** `YYYY-Qn` for the quarter holding `day`. */
export function fmtQuarter(day: Day): string {
  return `${fmtYear(day.y)}-Q${Math.ceil(day.m / 3)}`;
}

/** Two-digit numbers padded, for times of day. */
export function pad2(n: number): string {
  return pad(n);
}
