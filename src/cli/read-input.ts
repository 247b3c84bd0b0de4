/**
 * Reading what the user points the CLI at: files or standard input, with the size limit
 * checked before reading (a page over the limit is rejected, not half-read), the format
 * guessed from the name or the content, and JSON Lines streamed record by record.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput } from '../extract.js';
import { decodeBytes } from '../ingest/decode-bytes.js';
import { InputError } from '../ingest/input-error.js';

/** Input formats the CLI takes. */
export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

/** The default size limit of one page or one JSONL line: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** One item of a batch: an article to extract, or a record that could not be read. */
export type InputItem =
  { kind: 'article'; article: ArticleInput; input: string } | { kind: 'error'; error: InputError; id: string | null };

/** Parses "20MB", "512k", "1000000" into bytes. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb|b)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

async function readAll(path: string, maxBytes: number): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new InputError('-', `input over the size limit of ${maxBytes} bytes`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (e as Error).message})`);
  }
  if (stat.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (stat.size > maxBytes) {
    throw new InputError(path, `${stat.size} bytes is over the size limit of ${maxBytes} bytes (--max-size)`);
  }
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw new InputError(path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Guesses the format from the file name, then from the first characters. */
export function guessFormat(path: string, head: string): Exclude<InputFormat, 'auto'> {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.txt' || ext === '.text') return 'text';
  const t = head.trimStart();
  if (/^(<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>])/i.test(t)) return 'html';
  if (t.startsWith('{') && /^\{[\s\S]*\}\s*$/m.test(t.split('\n')[0] ?? '')) return 'jsonl';
  return 'text';
}

/** Reads one JSON Lines record, checking its fields. */
export function parseJsonlLine(line: string, where: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'error', id: null, error: new InputError(where, `malformed JSON (${(e as Error).message})`) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'error', id: null, error: new InputError(where, 'a JSON Lines record must be an object') };
  }
  const o = value as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  if (typeof o.text !== 'string' && typeof o.html !== 'string') {
    return { kind: 'error', id, error: new InputError(where, 'record has neither a "text" nor an "html" string') };
  }
  const article: ArticleInput = {};
  if (id !== null) article.id = id;
  for (const k of ['text', 'html', 'published', 'title', 'url', 'outlet', 'author'] as const) {
    const v = o[k];
    if (typeof v === 'string') article[k] = v;
    else if (v !== undefined && v !== null) {
      return { kind: 'error', id, error: new InputError(where, `field "${k}" must be a string`) };
    }
  }
  return { kind: 'article', article, input: where };
}

/**
 * Yields the articles of one input (a file or `-`). Plain text and HTML give one article;
 * JSON Lines gives one per line, streamed, with bad lines yielded as errors.
 */
export async function* readInput(path: string, format: InputFormat, maxBytes: number): AsyncGenerator<InputItem> {
  let fmt = format;
  if (fmt === 'auto' && path !== '-' && ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase())) fmt = 'jsonl';
  if (fmt === 'jsonl' && path !== '-') {
    yield* readJsonlFile(path, maxBytes);
    return;
  }
  const bytes = await readAll(path, fmt === 'jsonl' ? Number.MAX_SAFE_INTEGER : maxBytes);
  const text = decodeBytes(bytes, path);
  if (fmt === 'auto') fmt = guessFormat(path, text.slice(0, 2048));
  if (fmt === 'jsonl') {
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (line.trim()) yield lineItem(line, `${path}:${n}`, maxBytes);
    }
    return;
  }
  const article: ArticleInput = fmt === 'html' ? { html: text } : { text };
  yield { kind: 'article', article, input: path };
}

function lineItem(line: string, where: string, maxBytes: number): InputItem {
  if (line.length > maxBytes) {
    return { kind: 'error', id: null, error: new InputError(where, `record over the size limit of ${maxBytes} bytes`) };
  }
  return parseJsonlLine(line, where);
}

async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    if (stat.size === 0) throw new InputError(path, 'empty input (0 bytes)');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim()) yield lineItem(line, `${path}:${n}`, maxBytes);
  }
}
