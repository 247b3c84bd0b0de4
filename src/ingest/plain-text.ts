/**
 * Plain-text articles: the text is kept exactly as given; page furniture (blog bylines,
 * share buttons) and image captions are found and marked, never removed, so every offset of
 * the record still indexes the user's input.
 */
import type { DocumentMeta } from '../core/doc.js';
import type { Span } from '../core/span.js';
import { paragraphSpans } from '../stages/sentences.js';

/** What ingest learned from a text besides the text itself. */
export type IngestedMeta = Omit<DocumentMeta, 'language'> & { language?: string };

const ISO_DATE = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WRITTEN_DATE = new RegExp(
  `\\b(${MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b|\\b(\\d{1,2})\\s+(${MONTHS.join('|')}),?\\s+((?:19|20)\\d\\d)\\b`,
  'i',
);

/**
 * A paragraph is furniture when it is a blog/CMS line rather than prose: "Posted on … by …",
 * a bare date line, share/like widgets, "Skip to content", "Advertisement", tags lists.
 */
const FURNITURE_LINE =
  /^(?:(?:date\s+)?(?:\d{4}-\d\d-\d\d\s+)?posted\s+(?:on\b|by\b)|date\s+\d{4}-\d\d-\d\d\b|share this:?$|like this:?$|click to (?:share|print|email)|skip to (?:main )?content|advertisement$|loading\.\.\.$|tags?:|filed under\b|related(?: posts| articles)?:?$|follow us\b|subscribe\b.*newsletter)/i;

/**
 * Caption openers and photo credits; a caption is a separate claim about an image, so it is
 * kept apart from the story (its date may differ from the story's, as in the founding article).
 */
const CAPTION_LINE =
  /^(?:screenshot|screen grab|screengrab|file photo|photo|picture|image|this (?:picture|photo|image)|a (?:picture|photo|handout)|an image)\b[^.]{0,40}?\b(?:from|by|shows?|taken|of|:)|^(?:photo|image|picture|caption)\s*:|\((?:photo|picture|image)[^)]{0,60}\)\s*$|\b(?:AFP|Reuters|AP|Getty Images|EPA)\s*(?:photo)?\s*$/i;

/** "Screenshot from a live Press TV feed" names the outlet whose report this is. */
const CAPTION_OUTLET =
  /\b(?:[Ss]creenshot|[Ff]ootage|[Ss]creen grab|[Ii]mage|[Pp]hoto|[Pp]icture|[Vv]ideo)s?\s+(?:from|by|via|courtesy of)\s+(?:a\s+|an\s+|the\s+)?(?:live\s+)?((?:[A-Z][\w’'-]*|TV)(?:\s+(?:[A-Z][\w’'-]*|TV)){0,3})/;

/** Finds furniture, captions and metadata in a plain-text article. */
export function analyzePlainText(text: string): IngestedMeta {
  const furniture: Span[] = [];
  const captions: Span[] = [];
  const meta: IngestedMeta = { furniture, captions, sources: {} };
  const paragraphs = paragraphSpans(text);
  // Furniture is looked for at the top and the bottom of the page, where CMSs put it; a line
  // in the middle of the story that happens to start "Posted" is story.
  let top = 0;
  for (const p of paragraphs.slice(0, 4)) {
    const line = text.slice(p.start, p.end);
    if (!FURNITURE_LINE.test(line) || line.length > 200) break;
    furniture.push(p);
    readFurniture(line, meta);
    top++;
  }
  for (let i = paragraphs.length - 1; i >= Math.max(top, paragraphs.length - 4); i--) {
    const p = paragraphs[i] as Span;
    const line = text.slice(p.start, p.end);
    if (!FURNITURE_LINE.test(line) || line.length > 200) break;
    furniture.push(p);
  }
  if (!meta.published) {
    const line = dateLineUnderHeadline(text);
    if (line) {
      meta.published = writtenDateOf(text.slice(line.start, line.end));
      meta.sources!.published = 'date-line';
      furniture.push(line);
    }
  }
  furniture.sort((a, b) => a.start - b.start);
  for (const p of paragraphs.slice(top, top + 3)) {
    const line = text.slice(p.start, p.end);
    if (line.length < 400 && CAPTION_LINE.test(line)) {
      captions.push(p);
      const outlet = CAPTION_OUTLET.exec(line);
      if (outlet?.[1] && !meta.outlet) {
        meta.outlet = outlet[1];
        meta.sources!.outlet = 'caption';
      }
    }
  }
  return meta;
}

const BARE_DATE_LINE = new RegExp(
  `^[ \\t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \\t]+)?(?:(?:${MONTHS.join('|')})[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+(?:${MONTHS.join('|')}))[ \\t]*,?[ \\t]*(?:19|20)\\d\\d[ \\t]*$`,
  'i',
);

/**
 * "Headline\nSeptember 1, 2007\nStory ...": a line that is nothing but a full date, first or
 * right under a headline line, is the page's date stamp.
 */
export function dateLineUnderHeadline(text: string): Span | undefined {
  let start = 0;
  for (let i = 0; i < 2 && start < text.length; i++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (BARE_DATE_LINE.test(line)) {
      const lead = line.length - line.trimStart().length;
      return { start: start + lead, end: start + line.trimEnd().length };
    }
    // Only a headline may stand above it: a short line, not a sentence of the story.
    if (line.trim().length > 200 || /[.!?]["”’]?\s*$/.test(line)) return undefined;
    start = end + 1;
    while (text[start] === '\n') start++;
  }
  return undefined;
}

function readFurniture(line: string, meta: IngestedMeta): void {
  const iso = ISO_DATE.exec(line);
  if (iso && !meta.published) {
    meta.published = iso[0];
    meta.sources!.published = 'furniture';
  } else if (!meta.published) {
    const d = parseWrittenDate(line);
    if (d) {
      meta.published = d;
      meta.sources!.published = 'furniture';
    }
  }
  const by = /\bby\s+([\p{L}\p{N}_.-]+)\s*$/u.exec(line);
  if (by?.[1] && !meta.postedBy) {
    meta.postedBy = by[1];
    meta.sources!.postedBy = 'furniture';
  }
}

/** A date line's date as `YYYY-MM-DD`, tokenised text's "September 01 , 2007" included. */
export function writtenDateOf(line: string): string | undefined {
  return parseWrittenDate(line.replace(/\s+,/, ','));
}

/** "January 24, 2020" or "24 January 2020" to `2020-01-24`. */
export function parseWrittenDate(s: string): string | undefined {
  const m = WRITTEN_DATE.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[5] ?? '').toLowerCase()) + 1;
  const day = Number(m[2] ?? m[4]);
  const year = m[3] ?? m[6];
  if (month < 1 || !(day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
