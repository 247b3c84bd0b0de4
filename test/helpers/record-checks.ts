/**
 * Checks every test applies to a record: valid against the published v1 schema, and every
 * span's surface equal to the text it claims.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { DatelineRecord } from '../../src/record/record-types.js';

const schema = JSON.parse(readFileSync(new URL('../../../schema/record.v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Asserts the record is valid v1 and all its spans index its text. */
export function assertValidRecord(record: DatelineRecord): void {
  assert.ok(validate(record), JSON.stringify(validate.errors, null, 2));
  const text = record.text;
  assert.equal(typeof text, 'string', 'record carries its text');
  const t = text as string;
  for (const layer of ['entities', 'timexes', 'places', 'quotes', 'attributions'] as const) {
    for (const a of record[layer]) {
      assert.equal(t.slice(a.start, a.end), a.text, `${layer} ${a.id} surface`);
    }
  }
  for (const q of record.quotes) {
    if (q.speaker) assert.equal(t.slice(q.speaker.start, q.speaker.end), q.speaker.text, `${q.id} speaker`);
    if (q.cue) assert.equal(t.slice(q.cue.start, q.cue.end), q.cue.text, `${q.id} cue`);
  }
  for (const a of record.attributions) {
    assert.equal(t.slice(a.source.start, a.source.end), a.source.text, `${a.id} source`);
  }
  for (const s of [...record.document.furniture, ...record.document.captions]) {
    assert.ok(s.start >= 0 && s.end <= t.length && s.start < s.end);
  }
  for (const w of record.warnings) {
    if (w.start !== undefined) assert.ok(w.start >= 0 && (w.end ?? w.start) <= t.length);
  }
}

/** The repository root, for tests that read examples or run the CLI. */
export const REPO_ROOT = new URL('../../../', import.meta.url);
