/**
 * The web app's files, served from `src/web` of the installed package: plain HTML, CSS and
 * JavaScript modules, with no build step and nothing fetched from elsewhere.
 */
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

const cache = new Map<string, Buffer>();

/** A web app file by URL path, or undefined when there is none. Paths cannot leave the folder. */
export async function staticAsset(path: string): Promise<Response | undefined> {
  const rel = path === '/' ? 'index.html' : decodeURIComponent(path).replace(/^\/+/, '');
  const full = normalize(join(WEB_DIR, rel));
  if (!full.startsWith(WEB_DIR.endsWith(sep) ? WEB_DIR : WEB_DIR + sep)) return undefined;
  const type = TYPES[extname(full)];
  if (!type) return undefined;
  let body = cache.get(full);
  if (!body) {
    try {
      body = await readFile(full);
    } catch {
      return undefined;
    }
    // Files are read once: the app's files do not change while it serves.
    cache.set(full, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': type, 'cache-control': 'no-cache', ...PAGE_HEADERS },
  });
}
