/**
 * The web app's files, served from `src/web` of the installed package: plain HTML, CSS and
 * JavaScript modules, with no build step and nothing fetched from elsewhere.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the web app's files. */
export const WEB_DIR = fileURLToPath(new URL('../../../src/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/** Security headers of every page: nothing may load from outside this server. */
export const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const cache = new Map<string, { body: Buffer; etag: string }>();

/** A strong validator of a body: a browser that has it asks again with If-None-Match. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * A web app file by URL path, or undefined when there is none. Paths cannot leave the folder.
 * Files carry an ETag, so a browser revalidating its copy (they are `no-cache`: always asked
 * for, so an upgrade is seen at once) gets a body-less 304.
 */
export async function staticAsset(path: string, ifNoneMatch?: string): Promise<Response | undefined> {
  const rel = path === '/' ? 'index.html' : decodeURIComponent(path).replace(/^\/+/, '');
  const full = normalize(join(WEB_DIR, rel));
  if (!full.startsWith(WEB_DIR.endsWith(sep) ? WEB_DIR : WEB_DIR + sep)) return undefined;
  const type = TYPES[extname(full)];
  if (!type) return undefined;
  let file = cache.get(full);
  if (!file) {
    let body: Buffer;
    try {
      body = await readFile(full);
    } catch {
      return undefined;
    }
    // Files are read once: the app's files do not change while it serves.
    file = { body, etag: etagOf(body) };
    cache.set(full, file);
  }
  const headers = { 'content-type': type, 'cache-control': 'no-cache', etag: file.etag, ...PAGE_HEADERS };
  if (ifNoneMatch === file.etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.body), { headers });
}

/** Filters of the events page, in the order `explore-page.js` writes them into its requests. */
const FILTER_KEYS = ['type', 'country', 'from', 'to', 'actor', 'text'];
/** Its list page size (`PAGE` in `explore-page.js`). */
const LIST_PAGE = 50;

/**
 * The two API requests the events page makes first for a page URL's query — its map points and
 * its first list page — spelt exactly as `explore-page.js` spells them, so that the browser,
 * told of them in the page's head, has them on the way before its scripts have even run.
 */
export function explorePageRequests(query: URLSearchParams): string[] {
  const pick = (keys: string[], extra: [string, string][]) => {
    const q = new URLSearchParams();
    for (const k of keys) {
      const v = query.get(k) ?? '';
      if (v !== '') q.set(k, v);
    }
    for (const [k, v] of extra) q.set(k, v);
    return q.toString();
  };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const points = pick(
    FILTER_KEYS.filter((k) => k !== 'from' && k !== 'to'),
    [],
  );
  return [
    `/api/event-points${points ? '?' + points : ''}`,
    `/api/events?${pick(FILTER_KEYS, [
      ['limit', String(LIST_PAGE)],
      ['offset', String(offset)],
    ])}`,
  ];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The events page (`index.html`) with its first API requests preloaded for `query`. */
export async function explorePage(query: URLSearchParams, ifNoneMatch?: string): Promise<Response | undefined> {
  const page = await staticAsset('/');
  if (!page) return undefined;
  const links = explorePageRequests(query)
    .map((u) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttr(u)}" />`)
    .join('\n    ');
  const html = (await page.text()).replace('</title>', `</title>\n    ${links}`);
  const etag = etagOf(html);
  const headers = { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', etag, ...PAGE_HEADERS };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  return new Response(html, { headers });
}
