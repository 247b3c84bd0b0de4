/**
 * Queued articles with hand-written records, for worker tests: variants of the fixture corpus
 * (each with its one event), and the extraction a fixture worker uses in place of the pipeline.
 */
import type { ArticleInput } from '../../src/extract.js';
import type { ExtractJob, ExtractOutcome } from '../../src/ingest/extract-worker.js';
import { articleHash } from '../../src/ingest/ingest-corpus.js';
import { FIXTURE_CORPUS } from './fixture-corpus.js';
import { fixtureDocument, type FixtureArticle } from './fixture-records.js';

/** `copies` variants of each fixture article, with the job each becomes. */
export function fixtureJobs(copies: number): { fixture: FixtureArticle; job: ExtractJob['items'][number] }[] {
  const out: { fixture: FixtureArticle; job: ExtractJob['items'][number] }[] = [];
  for (let k = 0; k < copies; k++) {
    for (const a of FIXTURE_CORPUS) {
      const fixture = { ...a, id: `${a.id}-${k}`, text: `${a.text} Report ${k}.` };
      const article: ArticleInput = {
        id: fixture.id,
        text: fixture.text,
        ...(fixture.title && { title: fixture.title }),
        ...(fixture.outlet && { outlet: fixture.outlet }),
        ...(fixture.published && { published: fixture.published }),
      };
      out.push({ fixture, job: { hash: articleHash(article), input: `fixtures.jsonl#${fixture.id}`, article } });
    }
  }
  return out;
}

/** Extraction by look-up of the hand-written record of each queued fixture article. */
export function fixtureExtractor(copies: number): (items: ExtractJob['items']) => ExtractOutcome[] {
  const byHash = new Map(fixtureJobs(copies).map((f) => [f.job.hash, f.fixture]));
  return (items) =>
    items.map((item) => {
      const fixture = byHash.get(item.hash);
      if (!fixture) return { ok: false, hash: item.hash, input: item.input, message: 'not a fixture article' };
      const d = fixtureDocument(fixture);
      return { ok: true, hash: item.hash, input: item.input, text: d.text, record: d.record, minhash: d.minhash };
    });
}
