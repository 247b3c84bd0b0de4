/**
 * Day words that are part of a title rather than a time: "USA Today", "Russia Today",
 * "Breitbart News Daily", "The Daily Beast", "Larry King Now", "This is VOA Today". A
 * capitalised "Today", "Daily", "Tonight", "Weekly" or "Now" in mid-sentence, next to another
 * capitalised word, belongs to the name, unless the whole sentence is written in title case
 * ("Protesters Gather Today in Baghdad").
 */
import type { Span } from '../../core/span.js';

const TITLE_WORD = /^(?:Today|TODAY|Daily|Tonight|Weekly|Now|Right Now|This Morning|This Week)$/;
// The word before, where the name ends with the title word ("USA Today", "Larry King Now").
const CAPITAL_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}.'’]*\s+$/u;
// The word after, where the name starts with it ("The Daily Beast", "Daily Mail").
const CAPITAL_AFTER = /^\s+\p{Lu}[\p{L}'’]+/u;
const SENTENCE_START = /(?:^|[.!?:;"“”]\s*|\n\s*)$/;

/** True when the expression at `span` is a title word inside a name. */
export function insideName(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  if (/Century$/.test(word)) return centuryInName(text, span, word);
  // "Back to the Future", "Institute for the Future": in running text the future is lower case.
  if (/^(?:[Tt]he\s+)?Future$/.test(word))
    return !SENTENCE_START.test(text.slice(Math.max(0, span.start - 4), span.start)) && !titleCase(text, span);
  if (!TITLE_WORD.test(word)) return false;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const after = text.slice(span.end, span.end + 30);
  // ("Jeb Bush. Today, it is Trump": a word that ends a sentence is no part of a name.)
  const afterName =
    CAPITAL_BEFORE.test(before) &&
    !/[.!?]["”’)]*\s+$/.test(before) &&
    !SENTENCE_START.test(before.replace(/\S+\s+$/, ''));
  const beforeName = /^(?:Daily|Weekly)$/.test(word) && CAPITAL_AFTER.test(after);
  if (!afterName && !beforeName) return false;
  // "LORD ABBETT U.S. GOVERNMENT SECURITIES FUND Daily div": a wire's capitalised heading, whose
  // next word in normal case starts the item.
  if (/^\p{Lu}\p{Ll}/u.test(word) && /\b\p{Lu}{2,}\s+\p{Lu}{2,}\s+$/u.test(before)) return false;
  if (!afterName && SENTENCE_START.test(before)) return false;
  return !titleCase(text, span);
}

/** Whether the words around `span` are mostly capitalised, as in a headline. */
export function titleCase(text: string, span: Span): boolean {
  // The sentence around it, roughly: up to the nearest sentence end either side.
  const left =
    text
      .slice(Math.max(0, span.start - 80), span.start)
      .split(/[.!?]\s+|\n/)
      .pop() ?? '';
  const right = text.slice(span.end, span.end + 80).split(/[.!?](?:\s|$)|\n/)[0] ?? '';
  const around = `${left} ${right}`;
  const words = around.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.8;
}

/**
 * "21st Century Fox", "the 21st Century Cures Act", "Century 21", "a Century speedboat": a
 * capitalised "Century" that a name or a number goes on from, or a brand counted as one thing,
 * is no time ("the 21st Century," and "in the 20th Century" still are).
 */
function centuryInName(text: string, span: Span, word: string): boolean {
  const after = text.slice(span.end, span.end + 30);
  const named =
    CAPITAL_AFTER.test(after) || /^\s+\d/.test(after) || (/^an?\s+Century$/.test(word) && /^\s+\p{Ll}/u.test(after));
  return named && !titleCase(text, span);
}
