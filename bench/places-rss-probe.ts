/**
 * Run by the places benchmark in a fresh process: the resident memory of a process that has
 * only the gazetteer open and has run the places stage over a dataset's texts.
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { places } from '../src/stages/places/places-stage.js';
import { sentences } from '../src/stages/sentences.js';

const before = process.memoryUsage().rss;
const pipeline = createPipeline([sentences(), places()]);
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n')) {
  if (line.trim()) pipeline.run(Doc.create((JSON.parse(line) as { text: string }).text));
}
const after = process.memoryUsage().rss;
process.stdout.write(JSON.stringify({ before, after, max: process.resourceUsage().maxRSS * 1024 }) + '\n');
