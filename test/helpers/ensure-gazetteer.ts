/**
 * The gazetteer for tests: the one `npm install` built, or built now (about 15 s) when a
 * checkout has not run the install step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer, gazetteerPath } from '../../src/gazetteer/gazetteer.js';

let gaz: Gazetteer | undefined;

/** Opens the built gazetteer, building it first if needed. */
export function testGazetteer(): Gazetteer {
  if (gaz) return gaz;
  const path = gazetteerPath();
  if (!existsSync(path)) {
    const script = fileURLToPath(new URL('../../scripts/build-gazetteer.js', import.meta.url));
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the gazetteer failed: ${r.stderr}`);
  }
  gaz = new Gazetteer(path);
  return gaz;
}
