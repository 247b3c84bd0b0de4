/**
 * `npm run bench -- throughput`: every Reuters-21578 story with a body through the skeleton
 * (ingest, tokens and sentences, record) and through the whole default pipeline; articles/s,
 * per-article p50/p99, peak RSS, and the CLI's start-up to first output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createPipeline, type Pipeline } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { analyze } from '../src/extract.js';
import { buildRecord } from '../src/record/build-record.js';
import { sentences } from '../src/stages/sentences.js';
import { percentile, report } from './bench-report.js';
import { REPO_ROOT, reutersOrSkip } from './bench-data-guard.js';

function measure(label: string, pipeline: Pipeline, stories: { id: string; text: string; published?: string }[]): void {
  for (const s of stories.slice(0, 300)) buildRecord(s.id, analyze(s, { pipeline }));
  const times: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const s of stories) {
    const a = performance.now();
    const record = buildRecord(s.id, analyze(s, { pipeline }));
    bytes += JSON.stringify(record).length;
    times.push(performance.now() - a);
  }
  const secs = (performance.now() - t0) / 1000;
  times.sort((x, y) => x - y);
  const mean = (secs * 1000) / stories.length;
  report(
    `reuters21578 (${stories.length})`,
    `${label} articles/s`,
    stories.length / secs,
    `(1 core, ${secs.toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} MB out)`,
  );
  report(`reuters21578 (${stories.length})`, `${label} ms/article mean`, mean);
  report(`reuters21578 (${stories.length})`, `${label} ms/article p50`, percentile(times, 50));
  report(`reuters21578 (${stories.length})`, `${label} ms/article p99`, percentile(times, 99));
}

/** Runs the benchmark. */
export default async function throughput(): Promise<void> {
  const stories = await reutersOrSkip('throughput');
  if (!stories) return;
  const chars = stories.reduce((n, s) => n + s.text.length, 0);
  report(`reuters21578 (${stories.length})`, 'mean article length (chars)', Math.round(chars / stories.length));
  measure('skeleton', createPipeline([sentences()]), stories);
  measure('full pipeline', defaultPipeline(), stories);
  report('process', 'peak RSS (MB)', Math.round(process.resourceUsage().maxRSS / 1024));
  const bin = join(REPO_ROOT, 'bin', 'dateline');
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    const r = spawnSync(process.execPath, [bin, 'extract', '-'], {
      input: 'Police arrested 12 people in Lagos on Monday.',
    });
    if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
    starts.push(performance.now() - a);
  }
  starts.sort((x, y) => x - y);
  report('cli', 'start-up to output (ms, median of 5)', percentile(starts, 50));
}
