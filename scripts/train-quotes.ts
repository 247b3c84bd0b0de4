/**
 * Builds `models/quote-cues.json`, the cue lexicon of the quotes stage, from PolNeAR's train
 * split: every cue phrase the annotators marked (lower-cased token sequence), how often it was a
 * cue, how often the same token sequence occurs at all (so the stage knows that "said" is nearly
 * always a cue and "called" seldom is), and how often its source followed it ("…, said X").
 *
 * Run: `npx tsc -p . && node dist/scripts/train-quotes.js` (reads `../shared/data/quotes`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, REPO_ROOT, sharedDir } from '../bench/shared-data.js';
import { scanTokens } from '../src/stages/sentences.js';

interface GoldQuote {
  quote_span: [number, number][];
  speaker_span: [number, number][];
  cue_span: [number, number][];
}
interface GoldDoc {
  text: string;
  quotes: GoldQuote[];
}

/** Longest cue phrase kept, in tokens. */
const MAX_TOKENS = 5;
/** A phrase seen fewer times than this as a cue is noise. */
const MIN_CUES = 2;

function main(): void {
  const shared = sharedDir();
  if (!shared) {
    process.stderr.write('train-quotes: no ../shared/data (set DATELINE_SHARED)\n');
    process.exit(2);
  }
  const docs = readJsonl<GoldDoc>(join(shared, 'data', 'quotes', 'polnear_train.jsonl'));
  const cue = new Map<string, number>();
  const inverted = new Map<string, number>();
  const tokenised = docs.map((d) =>
    scanTokens(d.text).map((t) => ({ ...t, w: d.text.slice(t.start, t.end).toLowerCase() })),
  );
  docs.forEach((d, i) => {
    const toks = tokenised[i]!;
    const seen = new Set<string>();
    for (const q of d.quotes) {
      for (const [s, e] of q.cue_span) {
        if (seen.has(`${s}:${e}`)) continue;
        seen.add(`${s}:${e}`);
        const inside = toks.filter((t) => t.start >= s && t.end <= e);
        if (inside.length === 0 || inside.length > MAX_TOKENS) continue;
        const key = inside.map((t) => t.w).join(' ');
        cue.set(key, (cue.get(key) ?? 0) + 1);
        const src = q.speaker_span[0];
        if (src && src[0] >= e) inverted.set(key, (inverted.get(key) ?? 0) + 1);
      }
    }
  });
  const keys = new Set([...cue].filter(([, n]) => n >= MIN_CUES).map(([k]) => k));
  const total = new Map<string, number>();
  for (const toks of tokenised) {
    for (let i = 0; i < toks.length; i++) {
      let key = '';
      for (let n = 0; n < MAX_TOKENS && i + n < toks.length; n++) {
        key = n === 0 ? toks[i]!.w : `${key} ${toks[i + n]!.w}`;
        if (keys.has(key)) total.set(key, (total.get(key) ?? 0) + 1);
      }
    }
  }
  const cues: Record<string, [number, number, number]> = {};
  for (const k of [...keys].sort())
    cues[k] = [cue.get(k)!, Math.max(total.get(k) ?? 0, cue.get(k)!), inverted.get(k) ?? 0];
  const out = {
    about:
      'Cue lexicon of the quotes stage, learned from PolNeAR train by scripts/train-quotes.ts: ' +
      'phrase -> [times marked as a cue, times the phrase occurs, times its source followed it].',
    documents: docs.length,
    cues,
  };
  const path = join(REPO_ROOT, 'models', 'quote-cues.json');
  writeFileSync(path, JSON.stringify(out) + '\n');
  process.stdout.write(
    `train-quotes: ${keys.size} cue phrases from ${docs.length} documents -> models/quote-cues.json\n`,
  );
}

main();
