/**
 * The HTTP API and the web app, as one Hono application over a store. It does no listening of
 * its own (see `start-server.ts`), so tests call it in-process with `app.request(url)`.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { minhashSignature } from '../corpus/minhash.js';
import { documentTextReader } from '../export/export-context.js';
import { EXPORT_FORMATS } from '../export/export-formats.js';
import { extract } from '../extract.js';
import { articleHash } from '../ingest/ingest-corpus.js';
import { StoreFullError, type Store } from '../store/store.js';
import { articleFromRequest } from './article-body.js';
import { basemapJson } from './basemap.js';
import { reportEvidence } from './event-evidence.js';
import { EventPointsReader } from './event-points.js';
import { openApiDocument } from './openapi-document.js';
import { HttpProblem, problemResponse } from './problem-details.js';
import { filterFromQuery, pageFromQuery } from './request-params.js';
import { etagOf, explorePage, staticAsset, WEB_DIR } from './static-assets.js';

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  store: Store;
  /**
   * When set, endpoints that write to the store need `Authorization: Bearer TOKEN`. The serve
   * command sets one whenever it listens on anything but loopback.
   */
  writeToken?: string;
  /** Largest accepted request body, in bytes (default 2 MiB). */
  maxBodyBytes?: number;
  /** Serve the web app's files too (default true). */
  web?: boolean;
}

/** List pages kept (see `/api/events`). */
const LIST_CACHE_PAGES = 512;

/** Default request body limit: far above any news article, far below a memory problem. */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function json(c: Context, body: unknown, status = 200): Response {
  return c.body(JSON.stringify(body), status as 200, JSON_TYPE);
}

function sameToken(given: string, expected: string): boolean {
  // Hash both so that the comparison takes the same time whatever their lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The application. */
export function createServerApp(options: ServerAppOptions): Hono {
  const { store } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const points = new EventPointsReader(store);
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(err.status, err.message, c.req.path, err.parameter);
    if (err.name === 'InputError') return problemResponse(422, err.message, c.req.path);
    if (err instanceof StoreFullError) return problemResponse(507, err.message, c.req.path);
    process.stderr.write(`dateline serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
    return problemResponse(500, 'the server failed on this request (see its log)', c.req.path);
  });
  app.notFound((c) => problemResponse(404, `no such resource: ${c.req.path}`, c.req.path));

  const limit = bodyLimit({
    maxSize: maxBody,
    onError: (c) => problemResponse(413, `the body is larger than ${maxBody} bytes`, c.req.path),
  });
  const requireToken = async (c: Context, next: () => Promise<void>) => {
    if (options.writeToken !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
      if (!m || !sameToken(m[1]!, options.writeToken)) {
        const res = problemResponse(
          401,
          'this endpoint writes to the database: send Authorization: Bearer TOKEN',
          c.req.path,
        );
        res.headers.set('www-authenticate', 'Bearer realm="dateline"');
        return res;
      }
    }
    await next();
    return undefined;
  };

  app.get('/openapi.json', (c) => json(c, openApiDocument()));
  app.get('/api/stats', async (c) => json(c, await store.stats()));

  // Recent list pages, by filter and page, kept while the store's change mark stays the same
  // (no write by this or any other process since).
  const pages = new Map<string, { mark: string; body: string }>();
  app.get('/api/events', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const filter = filterFromQuery(query);
    const page = pageFromQuery(query);
    const key = JSON.stringify([filter, page.limit, page.offset]);
    const mark = await store.changeMark();
    const hit = pages.get(key);
    if (hit && hit.mark === mark) return c.body(hit.body, 200, JSON_TYPE);
    const total = await store.countEvents(filter);
    const events = page.offset >= total ? '[]' : await store.listEventsJson(filter, page);
    const body = `{"total":${total},"limit":${page.limit},"offset":${page.offset},"events":${events}}`;
    pages.delete(key);
    pages.set(key, { mark, body });
    if (pages.size > LIST_CACHE_PAGES) pages.delete(pages.keys().next().value as string);
    return c.body(body, 200, JSON_TYPE);
  });

  app.get('/api/event-points', async (c) => {
    const filter = filterFromQuery(new URL(c.req.url).searchParams);
    return c.body(await points.json(filter), 200, JSON_TYPE);
  });

  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    const detail = /^[\w-]{1,40}$/.test(id) ? await store.getEvent(id) : undefined;
    if (!detail) throw new HttpProblem(404, `no event ${JSON.stringify(id.slice(0, 40))}`);
    const text = documentTextReader(store);
    const reports = [];
    for (const r of detail.reports) {
      const t = await text(r.document.id);
      reports.push({
        ...r,
        provenance: { ...r.event.by, confidence: r.event.confidence },
        evidence: t === undefined ? [] : reportEvidence(r, t),
      });
    }
    return json(c, { event: detail.event, reports });
  });

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = /^\d{1,15}$/.test(id) ? await store.getDocument(id) : undefined;
    if (!doc) throw new HttpProblem(404, `no document ${JSON.stringify(id.slice(0, 40))}`);
    const record = await store.getRecord(id);
    const { text, ...meta } = doc;
    return json(c, { document: meta, text, record: record ? { ...record, text: undefined } : null });
  });

  app.get('/api/search', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const q = (query.get('q') ?? '').trim();
    if (!q) throw new HttpProblem(400, 'q (the words to search for) is required', 'q');
    if (q.length > 500) throw new HttpProblem(400, 'q is longer than 500 characters', 'q');
    const page = pageFromQuery(query, 200);
    return json(c, { query: q, limit: page.limit, offset: page.offset, hits: await store.search(q, page) });
  });

  app.get('/api/export', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const name = query.get('format') ?? '';
    const format = EXPORT_FORMATS[name];
    if (!format) {
      throw new HttpProblem(400, `format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`, 'format');
    }
    const filter = filterFromQuery(query);
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    const encoder = new TextEncoder();
    // Written as the store yields events, so an export of the whole corpus never sits in memory.
    void format
      .run({
        events: store.iterateEvents(filter),
        documentText: documentTextReader(store),
        write: async (chunk) => {
          await writer.ready;
          await writer.write(encoder.encode(chunk));
        },
      })
      .then(
        () => writer.close(),
        (e: unknown) => writer.abort(e),
      )
      .catch(() => undefined);
    return new Response(readable, {
      headers: {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="dateline-events.${format.extension}"`,
      },
    });
  });

  app.post('/api/extract', limit, async (c) => {
    const article = await articleFromRequest(c.req.raw);
    return json(c, extract(article, { input: 'request body' }));
  });

  app.post('/api/documents', limit, requireToken, async (c) => {
    const article = await articleFromRequest(c.req.raw);
    const record = extract(article, { input: 'request body' });
    const { text, ...rest } = record;
    const hash = articleHash(article);
    const result = await store.writeBatch([
      { hash, input: article.id ?? 'api', text: text ?? '', record: rest, minhash: minhashSignature(text ?? '') },
    ]);
    points.clear();
    return json(
      c,
      { stored: result.documents === 1, hash, events: result.events, record },
      result.documents ? 201 : 200,
    );
  });

  let basemapTag: string | undefined;
  app.get('/basemap.json', (c) => {
    const body = basemapJson();
    basemapTag ??= etagOf(body);
    const headers = { ...JSON_TYPE, 'cache-control': 'max-age=86400', etag: basemapTag };
    if (c.req.header('if-none-match') === basemapTag) return c.body(null, 304, headers);
    return c.body(body, 200, headers);
  });

  if (options.web !== false) {
    // The app's pages are plain files; `/event/ID`-style links use query strings instead.
    app.get('/', async (c) => {
      const res = await explorePage(new URL(c.req.url).searchParams, c.req.header('if-none-match'));
      if (!res) throw new HttpProblem(404, 'no events page');
      return res;
    });
    app.get('*', async (c) => {
      const res = await staticAsset(c.req.path, c.req.header('if-none-match'));
      if (!res) throw new HttpProblem(404, `no such page: ${c.req.path}`);
      return res;
    });
  }
  return app;
}

/**
 * Readies a new server for its first visitor before it listens: the basemap's outlines, the web
 * app's files, the default view's map points and first list page are computed and cached
 * (and the code paths compiled) by asking the app for them, so the first page load waits on
 * none of them. Failures are left for the real requests to report.
 */
export async function warmUp(app: Hono): Promise<void> {
  let files: string[] = [];
  try {
    files = readdirSync(WEB_DIR).filter((f) => /\.(html|css|js)$/.test(f));
  } catch {
    // No web app installed: the API alone is warmed.
  }
  for (const p of ['/basemap.json', '/api/event-points', '/api/events?limit=50', ...files.map((f) => `/${f}`)]) {
    try {
      await (await app.request(p)).arrayBuffer();
    } catch {
      // The real request will say what is wrong.
    }
  }
}
