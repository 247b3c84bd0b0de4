/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds saved as files: one article per item or entry, with its
 * title, link, date, author and the channel's title as outlet. Item bodies are usually HTML
 * fragments; they are turned into plain paragraphs here rather than handed to the page
 * extractor, which expects a whole page and would drop a three-sentence fragment.
 */
import type { ArticleInput } from '../extract.js';
import { InputError } from './input-error.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** The text content of an XML element's inner markup: CDATA kept verbatim, entities decoded. */
function xmlText(inner: string): string {
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner)) !== null) {
    out += decodeEntities(inner.slice(last, m.index)) + (m[1] ?? '');
    last = re.lastIndex;
  }
  return (out + decodeEntities(inner.slice(last))).trim();
}

function child(block: string, names: string[]): { inner: string; attrs: string } | undefined {
  for (const name of names) {
    const re = new RegExp(`<${name}(\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${name}>)`, 'i');
    const m = re.exec(block);
    if (m) return { inner: m[2] ?? '', attrs: m[1] ?? '' };
  }
  return undefined;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeEntities(m[2] ?? m[3] ?? '') : undefined;
}

/** An HTML fragment as plain paragraphs (block ends become blank lines, other tags vanish). */
export function htmlFragmentToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|figcaption|tr)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s.trim());
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

/** True when the text looks like an RSS, RDF or Atom feed. */
export function isFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)\b/i.test(head);
}

/** The articles of a feed. `input` names the file in errors and in each article's `id`. */
export function parseFeed(xml: string, input: string): ArticleInput[] {
  if (!isFeed(xml.slice(0, 4096))) throw new InputError(input, 'not an RSS or Atom feed');
  const atom = /<feed\b/i.test(xml.slice(0, 4096));
  const itemTag = atom ? 'entry' : 'item';
  const head = xml.split(new RegExp(`<${itemTag}\\b`, 'i'))[0] ?? '';
  const outlet = xmlText(child(head, ['title'])?.inner ?? '') || undefined;
  const articles: ArticleInput[] = [];
  const re = new RegExp(`<${itemTag}\\b[^>]*>([\\s\\S]*?)</${itemTag}>`, 'gi');
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(xml)) !== null) {
    n++;
    const block = m[1] ?? '';
    const title = xmlText(child(block, ['title'])?.inner ?? '');
    let url: string | undefined;
    if (atom) {
      const links = [...block.matchAll(/<link\b([^>]*)\/?>/gi)].map((l) => l[1] ?? '');
      const alt = links.find((a) => (attr(a, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
      url = alt ? attr(alt, 'href') : undefined;
    } else {
      url = xmlText(child(block, ['link'])?.inner ?? '') || undefined;
    }
    const body = child(block, ['content:encoded', 'content', 'description', 'summary'])?.inner ?? '';
    const text = htmlFragmentToText(xmlText(body));
    const published = isoDate(xmlText(child(block, ['pubDate', 'published', 'dc:date', 'updated'])?.inner ?? ''));
    const authorEl = child(block, ['dc:creator', 'author']);
    const author = authorEl ? xmlText(child(authorEl.inner, ['name'])?.inner ?? authorEl.inner) : '';
    const guid = xmlText(child(block, [atom ? 'id' : 'guid'])?.inner ?? '');
    const full = title && text && !text.startsWith(title) ? `${title}\n\n${text}` : text || title;
    articles.push({
      id: guid || url || `${input}#${n}`,
      text: full,
      ...(title && { title }),
      ...(url && { url }),
      ...(published && { published }),
      ...(outlet && { outlet }),
      ...(author && { author }),
    });
  }
  if (articles.length === 0 && new RegExp(`<${itemTag}\\b`, 'i').test(xml)) {
    throw new InputError(input, `feed is truncated: an <${itemTag}> is never closed`);
  }
  return articles;
}
