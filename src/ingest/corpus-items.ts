/**
 * The articles of one input file, whatever its format: plain text, HTML, JSON Lines, RSS/Atom
 * feeds, and Reuters-21578 SGML (plain or xz-compressed). A file or part of a file that cannot
 * be read becomes an error item naming it, and the ingest goes on with the rest.
 */
import { promises as fs } from 'node:fs';
import { guessFormat, parseJsonlLine, readInput } from '../cli/read-input.js';
import type { ArticleInput } from '../extract.js';
import { decodeBytes } from './decode-bytes.js';
import { isFeed, parseFeed } from './feeds.js';
import { InputError } from './input-error.js';
import { parseReutersSgml } from './reuters-sgml.js';
import type { InputFile } from './walk-inputs.js';
import { decompressXz } from './xz-file.js';

/** One item of an input: an article, or a part that could not be read. */
export type CorpusItem =
  | { kind: 'article'; article: ArticleInput; input: string; weight: number }
  | { kind: 'error'; input: string; message: string; weight: number };

/** The size limit of one file (or JSONL line), as `dateline extract` has it. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

function errorItem(e: unknown, input: string, weight: number): CorpusItem {
  if (e instanceof InputError) return { kind: 'error', input: e.input, message: e.problem, weight };
  return { kind: 'error', input, message: (e as Error).message, weight };
}

/** Decodes an archive's bytes: UTF-8 when valid, else Latin-1 (wire archives are Latin-1). */
function decodeArchive(bytes: Uint8Array, input: string): string {
  try {
    return decodeBytes(bytes, input);
  } catch (e) {
    // SGML archives carry control characters (0x03 end-of-story marks) that the plain-text
    // reader counts as binary; read them as Latin-1 unless they hold NUL bytes.
    if (bytes.includes(0)) throw e;
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Yields the items of one input file. `weight`s add up to the file's size, for progress. */
export async function* readCorpusItems(file: InputFile): AsyncGenerator<CorpusItem> {
  const { path, size } = file;
  if (size < 0) {
    yield { kind: 'error', input: path, message: 'no such file or directory', weight: 0 };
    return;
  }
  if (size > MAX_FILE_BYTES) {
    yield {
      kind: 'error',
      input: path,
      message: `${size} bytes is over the size limit of ${MAX_FILE_BYTES}`,
      weight: size,
    };
    return;
  }
  const lower = path.toLowerCase();
  try {
    if (/\.(jsonl|ndjson)$/.test(lower)) {
      let done = 0;
      for await (const item of readInput(path, 'jsonl', MAX_FILE_BYTES)) {
        const w = Math.min(
          Math.max(0, size - done),
          item.kind === 'article' ? JSON.stringify(item.article).length + 1 : 1,
        );
        done += w;
        yield item.kind === 'article'
          ? { kind: 'article', article: item.article, input: item.input, weight: w }
          : errorItem(item.error, path, w);
      }
      return;
    }
    if (/\.(sgml?|sgm\.xz)$/.test(lower)) {
      let bytes: Uint8Array = await fs.readFile(path);
      if (lower.endsWith('.xz')) {
        try {
          bytes = await decompressXz(bytes);
        } catch (e) {
          throw new InputError(path, `corrupt or truncated xz data (${(e as Error).message})`);
        }
      }
      const sgml = decodeArchive(bytes, path);
      const stories = [...parseReutersSgml(sgml)];
      const opened = (sgml.match(/<REUTERS\b/g) ?? []).length;
      const w = size / Math.max(1, stories.length + (opened > stories.length ? 1 : 0));
      for (const s of stories) {
        const { hasBody: _hasBody, ...article } = s;
        yield { kind: 'article', article, input: `${path}#${s.id}`, weight: w };
      }
      if (opened > stories.length) {
        const last = stories.at(-1)?.id;
        yield {
          kind: 'error',
          input: path,
          message: `truncated: ${opened - stories.length} story element(s) never closed${last ? ` (after ${last})` : ''}`,
          weight: w,
        };
      }
      if (opened === 0) throw new InputError(path, 'no <REUTERS> story in this SGML file');
      return;
    }
    const bytes = await fs.readFile(path);
    const text = decodeBytes(bytes, path);
    if (/\.(xml|rss|atom)$/.test(lower) || isFeed(text.slice(0, 1024))) {
      const articles = parseFeed(text, path);
      const tag = /<feed\b/i.test(text.slice(0, 4096)) ? /<entry\b/gi : /<item\b/gi;
      const opened = (text.match(tag) ?? []).length;
      const w = size / Math.max(1, articles.length + (opened > articles.length ? 1 : 0));
      let n = 0;
      for (const article of articles) yield { kind: 'article', article, input: `${path}#${++n}`, weight: w };
      if (opened > articles.length) {
        yield {
          kind: 'error',
          input: path,
          message: `truncated: ${opened - articles.length} feed item(s) never closed`,
          weight: w,
        };
      }
      if (opened === 0) throw new InputError(path, 'feed has no items');
      return;
    }
    // Plain text, HTML, or JSON Lines under another name: guessed as `dateline extract` does.
    const format = guessFormat(path, text.slice(0, 2048));
    if (format === 'jsonl') {
      const lines = text.split('\n');
      const w = size / Math.max(1, lines.length);
      let n = 0;
      for (const line of lines) {
        n++;
        if (!line.trim()) continue;
        const item = parseJsonlLine(line, `${path}:${n}`);
        yield item.kind === 'article' ? { ...item, weight: w } : errorItem(item.error, path, w);
      }
      return;
    }
    yield { kind: 'article', article: format === 'html' ? { html: text } : { text }, input: path, weight: size };
  } catch (e) {
    yield errorItem(e, path, size);
  }
}
