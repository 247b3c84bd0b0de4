/**
 * Finds the stretches of text between quotation marks, marks included: straight and curly
 * double quotes, guillemets, low-high German quotes, and single quotes told apart from
 * apostrophes by what stands on either side. A quotation that runs over several paragraphs
 * (news style: no closing mark at the end of a paragraph, a fresh opening mark at the start of
 * the next) is one stretch.
 */
import type { Span } from '../../core/span.js';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const WORDISH = /[\p{L}\p{N}]/u;

/** One quoted stretch; `start`/`end` include the marks. */
export interface QuotedStretch extends Span {
  /** Paragraph boundaries it crosses (0 for most). */
  paragraphsCrossed: number;
}

/**
 * Quoted stretches of `text` inside the given paragraphs (in text order). Double quotes are
 * matched first; single quotes count only outside double ones, so that a quotation inside a
 * quotation stays part of the outer one.
 */
export function findQuotedStretches(text: string, paragraphs: readonly Span[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  let open = -1;
  let crossed = 0;
  paragraphs.forEach((p, pi) => {
    let single = -1;
    for (let i = p.start; i < p.end; i++) {
      let c = text[i]!;
      // Two apostrophes stand for a double quotation mark in some wire and newspaper copy.
      const doubled = c === "'" && text[i + 1] === "'";
      if (doubled) c = '"';
      const prev = i > p.start ? text[i - 1]! : ' ';
      const next = i + 1 < p.end ? text[i + 1]! : ' ';
      if (DOUBLE_OPEN.has(c)) {
        // A fresh opening mark where one is already open and this paragraph began with it is a
        // continued quotation; anywhere else, the earlier mark was never closed.
        if (open < 0 || i !== p.start) {
          open = i;
          crossed = 0;
        }
        single = -1;
      } else if (DOUBLE_CLOSE.has(c)) {
        if (open >= 0) {
          out.push({ start: open, end: i + 1, paragraphsCrossed: crossed });
          open = -1;
        }
      } else if (c === '"') {
        if (open >= 0 && !(i === p.start && crossed > 0 && open < p.start)) {
          out.push({ start: open, end: i + (doubled ? 2 : 1), paragraphsCrossed: crossed });
          open = -1;
        } else if (open < 0 || i === p.start) {
          if (open < 0) {
            open = i;
            crossed = 0;
          }
        }
        single = -1;
        if (doubled) i++;
      } else if (open < 0 && (c === '‘' || c === "'") && !WORDISH.test(prev) && WORDISH.test(next)) {
        single = i;
      } else if (open < 0 && single >= 0 && (c === '’' || c === "'") && !WORDISH.test(next) && !/\s/.test(prev)) {
        // "the students’ union" ends in an apostrophe, not a closing mark: a closing single
        // quote follows punctuation or a word and is not followed by a letter; a possessive
        // plural is caught by requiring at least two words inside.
        if (/\s/.test(text.slice(single, i))) {
          out.push({ start: single, end: i + 1, paragraphsCrossed: 0 });
          single = -1;
        }
      }
    }
    if (open >= 0) {
      const nextPar = paragraphs[pi + 1];
      const first = nextPar ? text[nextPar.start] : undefined;
      if (first !== undefined && (DOUBLE_OPEN.has(first) || first === '"')) crossed += 1;
      else open = -1;
    }
  });
  return out;
}
