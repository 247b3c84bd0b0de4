/**
 * The Reuters-21578 SGML format (one `<REUTERS>` element per story), so the public newswire
 * benchmark corpus, and archives in the same layout, can be read as articles.
 */
import type { ArticleInput } from '../extract.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

function unescape(s: string): string {
  return s.replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );
}

function tag(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? m[1] : undefined;
}

/** One story of a Reuters SGML file. `text` is dateline plus body, as the wire sent it. */
export interface ReutersStory extends ArticleInput {
  id: string;
  text: string;
  /** True when the story has a `<BODY>` (about 19,000 of the 21,578 do). */
  hasBody: boolean;
}

/**
 * Splits an SGML file into stories. Stories without a body (headline-only) come back with
 * the title as text and `hasBody` false, so callers decide whether to keep them.
 */
export function* parseReutersSgml(sgml: string, source = 'reuters'): Generator<ReutersStory> {
  const re = /<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sgml)) !== null) {
    const attrs = m[1] ?? '';
    const block = m[2] ?? '';
    const newId = /NEWID="(\d+)"/.exec(attrs)?.[1] ?? String(m.index);
    const title = unescape(tag(block, 'TITLE') ?? '').trim();
    const dateline = unescape(tag(block, 'DATELINE') ?? '').trim();
    const body = tag(block, 'BODY');
    // The wire's end-of-text control character (ETX, U+0003) and its "Reuter" sign-off are not story.
    const cleanBody =
      body === undefined
        ? ''
        : unescape(body)
            .replaceAll('\u0003', '')
            .replace(/\s*Reuter\s*$/, '');
    const dateMatch = /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(tag(block, 'DATE') ?? '');
    const published = dateMatch
      ? `${dateMatch[3]}-${MONTHS[dateMatch[2] ?? ''] ?? '01'}-${(dateMatch[1] ?? '1').padStart(2, '0')}`
      : undefined;
    const text = body === undefined ? title : `${dateline ? dateline + ' ' : ''}${cleanBody.trim()}`;
    yield {
      id: `${source}-${newId}`,
      text,
      hasBody: body !== undefined && cleanBody.trim().length > 0,
      ...(title && { title }),
      ...(published && { published }),
      outlet: 'Reuters',
    };
  }
}
