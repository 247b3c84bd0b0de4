/**
 * Which files an ingest reads: the files named, and the article files found (recursively, in a
 * stable sorted order) under the directories named. Hidden files and files of other kinds
 * (images, databases) under a directory are passed over; a file named explicitly is always read.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

/** File names an ingest reads when it finds them in a directory. */
export const ARTICLE_FILE = /\.(txt|text|html?|xhtml|jsonl|ndjson|xml|rss|atom|sgml?|sgm\.xz)$/i;

/** One input file with its size and modification time (for the file-level skip on re-ingest). */
export interface InputFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** Yields the input files of `paths`; a missing path is yielded with size -1 so the caller records it. */
export async function* walkInputs(paths: string[]): AsyncGenerator<InputFile> {
  for (const p of paths) yield* walkOne(p, true);
}

async function* walkOne(path: string, named: boolean): AsyncGenerator<InputFile> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    if (named) yield { path, size: -1, mtimeMs: 0 };
    return;
  }
  if (stat.isDirectory()) {
    const entries = (await fs.readdir(path)).filter((e) => !e.startsWith('.')).sort();
    for (const e of entries) yield* walkOne(join(path, e), false);
    return;
  }
  if (!stat.isFile()) return;
  if (!named && !ARTICLE_FILE.test(path)) return;
  yield { path, size: stat.size, mtimeMs: stat.mtimeMs };
}
