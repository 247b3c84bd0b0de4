/**
 * The days a story's own lines give for when it was written. The day a wire story's dateline gives ("WASHINGTON, August 13 (Xinhua) --"): the reporter
 * wrote "today" and "Thursday" from that day, which can be a day before the date the story was
 * published or stamped. Taken as the reference time only when it is within a few days of the
 * publication date, so a slip in either cannot move every relative date far.
 */
import { type Day, diffDays, isValidDay, parseDay } from './calendar.js';
import { dateLineUnderHeadline, writtenDateOf } from '../../ingest/plain-text.js';
import { inferYear } from './resolve-date.js';
import { MONTH_RE } from './vocabulary.js';
import { monthNumber } from './parsers/month-candidate.js';

const DATELINE = new RegExp(
  `^\\s*[A-Z][A-Za-z.'’ -]{1,40}?(?:,\\s*[A-Z][A-Za-z. ]{1,30}?)?,\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(|--|—|–\\s|-\\s|_\\s)`,
);

/** How far the dateline may be from the publication date and still be trusted (days). */
const MAX_GAP = 3;

/** The dateline day of a story starting at `from` in `text`, or undefined. */
export function datelineDay(text: string, from: number, published: Day): Day | undefined {
  const m = DATELINE.exec(text.slice(from, from + 120));
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? '');
  if (!month) return undefined;
  const d = Number(m[2]);
  const y = m[3] ? Number(m[3]) : inferYear(published, month, d, 'past');
  const day = { y, m: month, d };
  if (!isValidDay(day) || Math.abs(diffDays(published, day)) > MAX_GAP) return undefined;
  return day;
}

/**
 * Where a story carries no publication date, the date printed on a line of its own under its
 * headline ("Headline\nSeptember 01, 2007\nStory...") is the best reference time it has; the
 * same line plain-text ingest reads as the published date.
 */
export function dateLineDay(text: string): Day | undefined {
  const line = dateLineUnderHeadline(text);
  return line ? parseDay(writtenDateOf(text.slice(line.start, line.end)) ?? '') : undefined;
}
