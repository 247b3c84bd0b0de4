/**
 * Reading the article of an extract request: plain text, an HTML page, or a JSON object with
 * the fields of a JSON Lines input line. Metadata of text and HTML bodies comes from the query.
 */
import type { ArticleInput } from '../extract.js';
import { HttpProblem } from './problem-details.js';

const FIELDS = ['id', 'text', 'html', 'published', 'title', 'url', 'outlet', 'author'] as const;

/** The article a request body holds; a wrong body is a 4xx problem. */
export async function articleFromRequest(req: Request): Promise<ArticleInput> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const query = new URL(req.url).searchParams;
  const meta: ArticleInput = {};
  for (const k of ['published', 'title', 'url', 'outlet', 'author'] as const) {
    const v = query.get(k);
    if (v !== null && v.trim() !== '') meta[k] = v.slice(0, 2000);
  }
  if (type === 'text/plain' || type === 'text/markdown') {
    return { ...meta, text: await req.text() };
  }
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    return { ...meta, html: await req.text() };
  }
  if (type === 'application/json') {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      throw new HttpProblem(400, 'the body is not valid JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpProblem(422, 'the JSON body must be an object like {"text": "..."} or {"html": "..."}');
    }
    const obj = body as Record<string, unknown>;
    const unknownKeys = Object.keys(obj).filter((k) => !(FIELDS as readonly string[]).includes(k));
    if (unknownKeys.length > 0) {
      throw new HttpProblem(
        422,
        `unknown field ${unknownKeys.map((k) => JSON.stringify(k)).join(', ')} (known: ${FIELDS.join(', ')})`,
        unknownKeys[0],
      );
    }
    const article: ArticleInput = { ...meta };
    for (const k of FIELDS) {
      const v = obj[k];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') throw new HttpProblem(422, `"${k}" must be a string`, k);
      article[k] = v;
    }
    if (article.text === undefined && article.html === undefined) {
      throw new HttpProblem(422, 'the JSON body needs a "text" or an "html" field', 'text');
    }
    return article;
  }
  throw new HttpProblem(
    415,
    `send the article as text/plain, text/html or application/json, not '${type || 'no content type'}'`,
  );
}
