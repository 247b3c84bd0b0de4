/**
 * Where benchmarks find the public gold data: `../shared/data` beside the checkout, or
 * DATELINE_SHARED. A benchmark whose data is absent says so and is skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decompressXz } from '../src/ingest/xz-file.js';
import { parseReutersSgml, type ReutersStory } from '../src/ingest/reuters-sgml.js';

const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** The shared folder (with data/, eval/), or undefined when this machine has none. */
export function sharedDir(): string | undefined {
  const dir = process.env.DATELINE_SHARED ?? join(REPO, '..', 'shared');
  return existsSync(join(dir, 'data')) ? dir : undefined;
}

/** Reads a JSON Lines file of the shared data. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Every story of the Reuters-21578 corpus (Latin-1 SGML, xz-compressed), in NEWID order. */
export async function reutersStories(shared: string): Promise<ReutersStory[]> {
  const dir = join(shared, 'data', 'corpora', 'reuters21578');
  const files = readdirSync(dir)
    .filter((f) => /^reut2-\d{3}\.sgm\.xz$/.test(f))
    .sort();
  const stories: ReutersStory[] = [];
  for (const f of files) {
    const sgml = new TextDecoder('latin1').decode(await decompressXz(readFileSync(join(dir, f))));
    for (const s of parseReutersSgml(sgml)) stories.push(s);
  }
  return stories;
}

/** The repository root. */
export const REPO_ROOT = REPO;
