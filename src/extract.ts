/**
 * The library entry point: an article in, its record out. No I/O happens here; the CLI,
 * the store and the server all call this.
 */
import { createHash } from 'node:crypto';
import { Doc } from './core/doc.js';
import type { Pipeline } from './core/pipeline.js';
import { defaultPipeline } from './default-pipeline.js';
import { extractHtmlArticle } from './ingest/html-article.js';
import { InputError } from './ingest/input-error.js';
import { analyzePlainText, type IngestedMeta } from './ingest/plain-text.js';
import { buildRecord } from './record/build-record.js';
import type { DatelineRecord } from './record/record-types.js';

/** One article as the library takes it (the fields of a JSONL input line). */
export interface ArticleInput {
  id?: string;
  /** Plain text, kept exactly as given. */
  text?: string;
  /** An HTML page; its article is extracted. */
  html?: string;
  /** Publication date, YYYY-MM-DD (or a full ISO timestamp); overrides what the page says. */
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
}

/** Options for {@link extract} and {@link analyze}. */
export interface ExtractOptions {
  /** Name of the input in error messages (file name, `file:line`). */
  input?: string;
  /** Leave the text out of the record. */
  noText?: boolean;
  /** Use this pipeline instead of the default one. */
  pipeline?: Pipeline;
  /** Options handed to every stage (each reads its own key). */
  stageOptions?: Record<string, unknown>;
}

const PUBLISHED = /^(\d{4})-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;

/** Ingests an article into a Doc (text and metadata), without running any stage. */
export function ingest(article: string | ArticleInput, options: ExtractOptions = {}): Doc {
  const input = typeof article === 'string' ? { text: article } : article;
  const name = options.input ?? input.id ?? 'input';
  let text: string;
  let meta: IngestedMeta;
  if (typeof input.html === 'string') {
    ({ text, meta } = extractHtmlArticle(input.html, name));
  } else if (typeof input.text === 'string') {
    text = input.text;
    if (text.trim().length === 0) throw new InputError(name, 'empty text');
    meta = analyzePlainText(text);
  } else {
    throw new InputError(name, 'no "text" or "html" field to read');
  }
  const sources = meta.sources ?? {};
  if (input.published !== undefined) {
    const m = PUBLISHED.exec(String(input.published).trim());
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) {
      throw new InputError(name, `"published" must be a date YYYY-MM-DD, not ${JSON.stringify(input.published)}`);
    }
    meta.published = `${m[1]}-${m[2]}-${m[3]}`;
    sources.published = 'input';
  }
  for (const key of ['title', 'url', 'outlet', 'author'] as const) {
    const v = input[key];
    if (typeof v === 'string' && v.trim()) {
      meta[key] = v.trim();
      sources[key] = 'input';
    }
  }
  return Doc.create(text, { ...meta, sources, language: meta.language ?? 'en' });
}

/** Ingests and analyses an article, returning the Doc with all its layers. */
export function analyze(article: string | ArticleInput, options: ExtractOptions = {}): Doc {
  const doc = ingest(article, options);
  return (options.pipeline ?? defaultPipeline()).run(doc, options.stageOptions ?? {});
}

/** An article in, its v1 record out. Throws {@link InputError} for bad input only. */
export function extract(article: string | ArticleInput, options: ExtractOptions = {}): DatelineRecord {
  const doc = analyze(article, options);
  const input = typeof article === 'string' ? {} : article;
  const id = input.id ?? `doc-${createHash('sha1').update(doc.text).digest('hex').slice(0, 12)}`;
  return buildRecord(id, doc, { noText: options.noText ?? false });
}
