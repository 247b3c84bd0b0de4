/**
 * Day words that are part of a title rather than a time: "USA Today", "Breitbart News Daily",
 * "This is VOA Today", "The Tonight Show". A capitalised "Today", "Daily", "Tonight" or "Weekly"
 * in mid-sentence right after an acronym or a word that names a paper or programme belongs to
 * the name.
 */
import type { Span } from '../../core/span.js';

const TITLE_WORD = /^(?:Today|Daily|Tonight|Weekly)$/;
const NAME_BEFORE =
  /(?:\b[A-Z]{2,5}|\b(?:News|Post|Journal|Times|Show|Report|Magazine|Edition|Mail|Telegraph|Express|Herald|Beast|Wire|Insider|Live|World|America|Business|Politics|Sports|Science|Health|Tech))\s+$/;

/** True when the expression at `span` is a title word inside a name. */
export function insideName(text: string, span: Span): boolean {
  if (!TITLE_WORD.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  // At the start of a sentence (or a headline) a capital says nothing.
  if (/(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(before)) return false;
  return NAME_BEFORE.test(before);
}
