/**
 * HTML pages: Mozilla Readability (over linkedom, a small DOM without a browser) finds the
 * article; our own pass reads metadata that Readability ignores or gets wrong for news
 * (JSON-LD NewsArticle, Open Graph and article:* tags, `<time datetime>`, bylines). The
 * record's text is the extracted article, paragraphs separated by blank lines, image captions
 * as paragraphs of their own listed in `captions`, so every span of an HTML record can be checked.
 */
import { createRequire } from 'node:module';
import type { Span } from '../core/span.js';
import { InputError } from './input-error.js';
import { analyzePlainText, type IngestedMeta } from './plain-text.js';

// linkedom takes about 0.3 s to load; plain-text runs should not pay for it, so it (and
// Readability) are required on first use. Both ship CommonJS builds, so this stays synchronous.
const require = createRequire(import.meta.url);
type ParseHtml = (html: string) => { document: unknown };
let libs: { parseHTML: ParseHtml; Readability: typeof import('@mozilla/readability').Readability } | undefined;
function htmlLibs() {
  libs ??= {
    parseHTML: (require('linkedom') as { parseHTML: ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
  };
  return libs;
}
function parseHTML(html: string): { document: unknown } {
  return htmlLibs().parseHTML(html);
}

/** The text and metadata of an HTML article. */
export interface HtmlArticle {
  text: string;
  meta: IngestedMeta;
}

type El = {
  tagName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
};

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
  'CAPTION',
]);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BODY',
  'HTML',
]);

/** Extracts the article of an HTML page; `input` names it in errors. */
export function extractHtmlArticle(html: string, input: string): HtmlArticle {
  let document: El & { documentElement: unknown };
  try {
    document = parseHTML(html).document as unknown as El & { documentElement: unknown };
  } catch (e) {
    throw new InputError(input, `HTML could not be parsed (${(e as Error).message})`);
  }
  const meta = readMetadata(document);
  const pageCaptions = [...asArray(document.querySelectorAll('figcaption'))].map((e) => clean(e.textContent ?? ''));
  let parsed: {
    content?: string | null;
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
  } | null;
  try {
    parsed = new (htmlLibs().Readability)(document as never, { charThreshold: 100 }).parse();
  } catch (e) {
    throw new InputError(input, `HTML could not be read as an article (${(e as Error).message})`);
  }
  const blocks: { text: string; caption: boolean }[] = [];
  if (parsed?.content) {
    const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as El;
    collectBlocks(body.querySelector('body') as El, blocks, false);
  }
  if (blocks.every((b) => b.caption)) {
    // Readability gives up on short pages; a short page's body (less navigation) is its article.
    const page = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
    const body = parseHTML(page).document as unknown as El;
    for (const junk of asArray(body.querySelectorAll('nav, header, footer, aside, form, script, style, noscript'))) {
      (junk as unknown as { remove(): void }).remove();
    }
    const root = body.querySelector('body');
    if (root) collectBlocks(root, blocks, false);
  }
  // Readability often drops figures; a caption it dropped still goes in, first, as a claim of its own.
  const kept = new Set(blocks.filter((b) => b.caption).map((b) => b.text));
  const missing = pageCaptions.filter((c) => c && !kept.has(c)).map((text) => ({ text, caption: true }));
  const all = [...missing, ...blocks].filter((b) => b.text.length > 0);
  const words = all.filter((b) => !b.caption).reduce((n, b) => n + (b.text.match(/\p{L}{2,}/gu)?.length ?? 0), 0);
  if (words < 5) {
    throw new InputError(input, 'no article text found in the HTML');
  }
  let text = '';
  const captions: Span[] = [];
  for (const b of all) {
    if (text) text += '\n\n';
    if (b.caption) captions.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  text += '\n';
  meta.captions = captions;
  // CMS lines that Readability keeps ("Posted on … by …") are furniture here as in plain text.
  const plain = analyzePlainText(text);
  meta.furniture = plain.furniture.filter((f) => !captions.some((c) => c.start < f.end && f.start < c.end));
  if (!meta.postedBy && plain.postedBy) setMeta(meta, 'postedBy', plain.postedBy, 'furniture');
  if (!meta.published && plain.published) setMeta(meta, 'published', plain.published, 'furniture');
  if (!meta.title && parsed?.title) setMeta(meta, 'title', clean(parsed.title), 'readability');
  if (!meta.author && parsed?.byline)
    setMeta(meta, 'author', clean(parsed.byline).replace(/^by\s+/i, ''), 'readability');
  if (!meta.outlet && parsed?.siteName) setMeta(meta, 'outlet', clean(parsed.siteName), 'readability');
  return { text, meta };
}

function collectBlocks(node: El, out: { text: string; caption: boolean }[], inCaption: boolean): void {
  for (const child of asArray(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const tag = child.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const hasBlockChild = [...asArray(child.childNodes)].some(
      (c) => c.nodeType === 1 && (BLOCKS.has(c.tagName.toUpperCase()) || CONTAINERS.has(c.tagName.toUpperCase())),
    );
    const caption = inCaption || tag === 'FIGCAPTION';
    if ((BLOCKS.has(tag) && !(hasBlockChild && tag !== 'P')) || (CONTAINERS.has(tag) && !hasBlockChild)) {
      out.push({ text: clean(child.textContent ?? ''), caption });
    } else {
      collectBlocks(child, out, caption);
    }
  }
}

function readMetadata(document: El): IngestedMeta {
  const meta: IngestedMeta = { furniture: [], captions: [], sources: {} };
  for (const script of asArray(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common; the other sources still count.
    }
    for (const item of flattenLd(data)) {
      const type = String(item['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      setMeta(meta, 'title', str(item.headline), 'json-ld');
      setMeta(meta, 'published', isoDate(str(item.datePublished)), 'json-ld');
      setMeta(meta, 'author', personName(item.author), 'json-ld');
      setMeta(meta, 'outlet', personName(item.publisher), 'json-ld');
      setMeta(meta, 'url', str(item.url), 'json-ld');
      setMeta(meta, 'language', str(item.inLanguage)?.slice(0, 2).toLowerCase(), 'json-ld');
    }
  }
  const metaTag = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  setMeta(meta, 'title', metaTag('meta[property="og:title"]') ?? metaTag('meta[name="twitter:title"]'), 'og');
  setMeta(
    meta,
    'published',
    isoDate(
      metaTag('meta[property="article:published_time"]') ??
        metaTag('meta[name="pubdate"]') ??
        metaTag('meta[name="date"]') ??
        metaTag('meta[itemprop="datePublished"]') ??
        metaTag('meta[name="DC.date.issued"]'),
    ),
    'meta',
  );
  setMeta(meta, 'author', metaTag('meta[name="author"]') ?? metaTag('meta[property="article:author"]'), 'meta');
  setMeta(meta, 'outlet', metaTag('meta[property="og:site_name"]') ?? metaTag('meta[name="application-name"]'), 'og');
  setMeta(
    meta,
    'url',
    metaTag('meta[property="og:url"]') ??
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      undefined,
    'og',
  );
  const time = document.querySelector('time[datetime]');
  setMeta(meta, 'published', isoDate(time?.getAttribute('datetime') ?? undefined), 'time');
  const byline = document.querySelector('[rel="author"], .byline, .author, [itemprop="author"]');
  setMeta(
    meta,
    'author',
    byline ? clean(byline.textContent ?? '').replace(/^by\s+/i, '') || undefined : undefined,
    'byline',
  );
  const lang = document.querySelector('html')?.getAttribute('lang');
  setMeta(meta, 'language', lang ? lang.slice(0, 2).toLowerCase() : undefined, 'html');
  const title = document.querySelector('title');
  setMeta(meta, 'title', title ? clean(title.textContent ?? '') || undefined : undefined, 'title');
  return meta;
}

function setMeta(
  meta: IngestedMeta,
  key: 'title' | 'published' | 'author' | 'outlet' | 'url' | 'language' | 'postedBy',
  value: string | undefined,
  source: string,
): void {
  if (!value || meta[key]) return;
  meta[key] = value;
  meta.sources![key] = source;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    return [o, ...(o['@graph'] ? flattenLd(o['@graph']) : [])];
  }
  return [];
}

function personName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(personName).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Keeps the date (and time when given) of an ISO-ish timestamp. */
function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?))?/.exec(v.trim());
  return m ? m[1] : undefined;
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function asArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
