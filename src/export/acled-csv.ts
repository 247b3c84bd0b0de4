/**
 * ACLED's CSV layout (the column order of ACLED's own exports), one row per canonical event,
 * so that Dateline output opens in the tools analysts already use for ACLED data.
 */
import type { ActorKind } from '../core/layers.js';
import type { CanonicalEvent, EventDetail, EventParty } from '../store/store.js';
import { acledActor2 } from '../stages/events/acled-mapping.js';
import { countryInfo } from './country-info.js';
import { mentionText, type ExportContext, type ExportFormat } from './export-context.js';

/** The columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes_text',
  'size_tag',
  'fatalities',
  'notes_raw',
] as const;

/** ACLED's actor-type codes (inter1/inter2). */
export function interCode(kind: ActorKind | undefined): number {
  switch (kind) {
    case 'government':
    case 'military':
    case 'police':
      return 1;
    case 'rebels':
      return 2;
    case 'political-militia':
    case 'unidentified-armed-group':
      return 3;
    case 'identity-militia':
      return 4;
    case 'rioters':
      return 5;
    case 'protesters':
      return 6;
    case 'civilians':
    case 'media':
      return 7;
    case 'international':
      return 8;
    default:
      return 0;
  }
}

/** A CSV field, quoted when it must be. */
export function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ACLED's own name for a side where the record has one ("Military Forces of Libya (2014-) Haftar
// Faction" for "LNA"), else the words' name.
function actorName(p: Pick<EventParty, 'name' | 'acled'> | undefined): string {
  return p?.acled ?? p?.name ?? '';
}

function timePrecision(e: CanonicalEvent): number {
  if (/^\d{4}-\d\d-\d\d/.test(e.date.value)) return 1;
  const days = (Date.parse(e.date.latest) - Date.parse(e.date.earliest)) / 86_400_000;
  return days <= 7 ? 2 : 3;
}

function geoPrecision(precision: string | undefined): number | undefined {
  if (!precision) return undefined;
  return precision === 'region' ? 2 : precision === 'country' ? 3 : 1;
}

/** The ACLED row of a canonical event. */
export async function acledRow(detail: EventDetail, ctx: Pick<ExportContext, 'documentText'>): Promise<string[]> {
  const e = detail.event;
  const first = detail.reports[0];
  const country = countryInfo(e.location?.country);
  const inter1 = interCode(e.actors[0]?.kind);
  const actor2 = acledActor2(e);
  const inter2 = interCode(actor2?.kind);
  const interaction = inter2 === 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  const notes = first ? mentionText(await ctx.documentText(first.document.id), first.event.mentions) : '';
  const sized = detail.reports.find((r) => r.event.size);
  const sizeTag = sized?.event.size?.text ?? 'no report';
  const values: Record<(typeof ACLED_COLUMNS)[number], string | number | undefined> = {
    event_id_cnty: `${country?.iso3 ?? 'XXX'}${e.id}`,
    event_date: /^\d{4}-\d\d-\d\d/.test(e.date.value) ? e.date.value.slice(0, 10) : e.date.earliest,
    time_precision: timePrecision(e),
    event_type: e.acled?.eventType,
    sub_event_type: e.acled?.subEventType,
    actor1: actorName(e.actors[0]),
    assoc_actor_1: e.actors.slice(1).map(actorName).join('; '),
    inter1,
    actor2: actorName(actor2),
    // The other sides ACLED has names for; a crowd's demands name no associates of the force.
    assoc_actor_2:
      actor2 && !['Protests', 'Riots'].includes(e.acled?.eventType ?? '')
        ? e.targets
            .filter((t) => t !== actor2 && t.acled !== undefined && t.acled !== actor2.acled)
            .map(actorName)
            .join('; ')
        : '',
    inter2,
    interaction,
    region: country?.region,
    country: country?.name ?? e.location?.country,
    admin1: e.location?.admin1,
    admin2: undefined,
    admin3: undefined,
    location: e.location?.name,
    latitude: e.location ? e.location.lat.toFixed(4) : undefined,
    longitude: e.location ? e.location.lon.toFixed(4) : undefined,
    geo_precision: geoPrecision(e.location?.precision),
    source: e.outlets.join('; '),
    // ACLED's source scale (local, national, …) needs knowledge of each outlet's reach.
    source_scale: undefined,
    notes_text: notes,
    size_tag: sizeTag,
    fatalities: e.fatalities ?? 0,
    notes_raw: notes ? `${notes} [size=${sizeTag}]` : `[size=${sizeTag}]`,
  };
  return ACLED_COLUMNS.map((c) => csvField(values[c]));
}

/** The acled-csv export format. */
export const acledCsv: ExportFormat = {
  name: 'acled-csv',
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  async run(ctx) {
    await ctx.write(ACLED_COLUMNS.join(',') + '\n');
    let n = 0;
    for await (const d of ctx.events) {
      await ctx.write((await acledRow(d, ctx)).join(',') + '\n');
      n++;
    }
    return n;
  },
};
