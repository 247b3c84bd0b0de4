/**
 * Loading a benchmark's data, or saying plainly that it is skipped because `../shared` is absent.
 */
import type { ReutersStory } from '../src/ingest/reuters-sgml.js';
import { REPO_ROOT, reutersStories, sharedDir } from './shared-data.js';

export { REPO_ROOT };

/** The shared folder, or undefined after printing that `name` is skipped. */
export function sharedOrSkip(name: string): string | undefined {
  const dir = sharedDir();
  if (!dir)
    process.stdout.write(`${name}: skipped: no ../shared/data on this machine (set DATELINE_SHARED to its folder)\n`);
  return dir;
}

/** The Reuters stories that have a body, or undefined when skipped. */
export async function reutersOrSkip(name: string): Promise<ReutersStory[] | undefined> {
  const dir = sharedOrSkip(name);
  if (!dir) return undefined;
  return (await reutersStories(dir)).filter((s) => s.hasBody);
}
