import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { csvField } from '../src/export/acled-csv.js';
import { documentTextReader } from '../src/export/export-context.js';
import { EXPORT_FORMATS } from '../src/export/export-formats.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FIXTURE_CORPUS } from './helpers/fixture-corpus.js';
import { fixtureDocument } from './helpers/fixture-records.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
const store = SqliteStore.open(join(dir, 'export.db'));
await store.writeBatch(FIXTURE_CORPUS.map(fixtureDocument));

async function run(format: string): Promise<{ n: number; out: string }> {
  let out = '';
  const n = await EXPORT_FORMATS[format]!.run({
    events: store.iterateEvents(),
    documentText: documentTextReader(store),
    write: async (s) => {
      out += s;
    },
  });
  return { n, out };
}

/** A CSV parser for the test: quoted fields with doubled quotes and embedded commas/newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

test('acled-csv has ACLED column layout, one row per merged event, sources and notes filled', async () => {
  const { n, out } = await run('acled-csv');
  const rows = parseCsv(out);
  assert.equal(
    out.split('\n')[0],
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes_text,size_tag,fatalities,notes_raw',
  );
  assert.equal(n, 5);
  assert.equal(rows.length, 6);
  const header = rows[0]!;
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  for (const r of rows) assert.equal(r.length, 27);
  const lagos = records.find((r) => r.source!.includes('Abuja Times'))!;
  assert.match(lagos.event_id_cnty!, /^NGA\d+$/);
  assert.equal(lagos.event_date, '2021-05-04');
  assert.equal(lagos.time_precision, '1');
  assert.equal(lagos.event_type, 'Protests');
  assert.equal(lagos.actor1, 'Protesters (Nigeria)');
  assert.equal(lagos.assoc_actor_1, 'Nurses');
  assert.equal(lagos.inter1, '6');
  assert.equal(lagos.interaction, '60');
  assert.equal(lagos.region, 'Western Africa');
  assert.equal(lagos.country, 'Nigeria');
  assert.equal(lagos.admin1, 'Lagos');
  assert.equal(lagos.latitude, '6.4550');
  assert.equal(lagos.geo_precision, '1');
  assert.equal(lagos.source, 'Lagos Herald; Abuja Times; Daily Wire Service');
  assert.match(lagos.notes_text!, /^Thousands of nurses marched through Lagos on Tuesday, 4 May 2021, demanding/);
  assert.equal(lagos.size_tag, 'Thousands');
  assert.equal(lagos.notes_raw, `${lagos.notes_text} [size=Thousands]`);
  const kaduna = records.find((r) => r.admin1 === 'Kaduna')!;
  assert.equal(kaduna.fatalities, '5');
  assert.equal(kaduna.inter1, '3');
  assert.equal(kaduna.inter2, '7');
  assert.equal(kaduna.interaction, '37');
  assert.equal(kaduna.actor2, 'Civilians (Nigeria)');
  const nairobi = records.find((r) => r.country === 'Kenya')!;
  assert.equal(nairobi.region, 'Eastern Africa');
  assert.equal(nairobi.event_id_cnty!.slice(0, 3), 'KEN');
  assert.equal(csvField('a "b", c'), '"a ""b"", c"');
});

test('plover-json uses the PLOVER manual field names', async () => {
  const { n, out } = await run('plover-json');
  const events = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(n, 5);
  const kaduna = events.find((e) => (e.event as string[])[0] === 'ASSAULT')!;
  assert.equal(kaduna.date, '2021-06-02');
  assert.deepEqual(kaduna.actor, [
    { sector: 'UAF', entity_text: 'Gunmen', identifier_text: 'Unidentified Armed Group (Nigeria)' },
  ]);
  assert.deepEqual(kaduna.recipient, [
    { code: 'NGA', sector: 'CVL', entity_text: 'villagers', identifier_text: 'Civilians (Nigeria)' },
  ]);
  assert.deepEqual(kaduna.event_loc, {
    name: 'Kaduna',
    lat: 10.5222,
    lon: 7.4383,
    code: 'NGA',
    admin1: 'Kaduna',
    precision: 'city',
  });
  assert.deepEqual(kaduna.size, { dead: 5 });
  assert.deepEqual(kaduna.event_text, [
    'Gunmen killed 5 villagers in Kaduna on 2 June 2021, residents said, the third such raid this year.',
  ]);
  const lagos = events.find((e) => (e.cite_info as unknown[]).length === 3)!;
  assert.deepEqual(lagos.mode, ['demo']);
  assert.deepEqual(
    (lagos.cite_info as { citation: string }[]).map((c) => c.citation),
    ['herald-1', 'times-7', 'wire-copy-3'],
  );
  for (const e of events) {
    for (const k of ['id', 'date', 'actor', 'event']) assert.ok(k in e, `required PLOVER field ${k}`);
  }
});

test('geojson is a FeatureCollection of points with [lon, lat] and event properties', async () => {
  const { n, out } = await run('geojson');
  const fc = JSON.parse(out) as {
    type: string;
    features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
  };
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(n, 5);
  const nairobi = fc.features.find((f) => f.properties.country === 'KE')!;
  assert.deepEqual(nairobi.geometry.coordinates, [36.8172, -1.2864]);
  assert.equal(nairobi.properties.type, 'COERCE');
  assert.equal(nairobi.properties.sources, 1);
});

test('jsonl carries every report with its evidence', async () => {
  const { n, out } = await run('jsonl');
  assert.equal(n, 5);
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { reports: { event: { mentions: unknown[] } }[]; sources: number });
  assert.equal(
    lines.reduce((k, l) => k + l.reports.length, 0),
    7,
  );
  assert.ok(lines.every((l) => l.reports.every((r) => r.event.mentions.length > 0)));
});
