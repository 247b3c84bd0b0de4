/**
 * The compact form of many events that the map and the timeline draw: parallel arrays rather
 * than objects, so that 20,000 events are a few hundred kilobytes and parse in milliseconds.
 * Read with the store's narrow points query and kept per filter until the store changes, since a
 * map view asks for the same points again as the user pans and brushes.
 */
import type { EventFilter, Store } from '../store/store.js';

/** Events as parallel arrays; `lat`/`lon` are null for events without a place. */
export interface EventPoints {
  total: number;
  /** True when more events matched than {@link MAX_POINTS}. */
  truncated: boolean;
  id: string[];
  /** First day of the event (YYYY-MM-DD). */
  day: string[];
  type: string[];
  lat: (number | null)[];
  lon: (number | null)[];
  country: (string | null)[];
  sources: number[];
}

/** The most events one points response carries. */
export const MAX_POINTS = 100_000;
const PAGE = 10_000;
const ENTRIES = 16;

/**
 * Reads {@link EventPoints} for filters, as JSON text ready to send. An answer is kept per filter
 * for as long as the store's change mark stays the same (no write by any process since), so a
 * map view asked again — by the same person panning, or by the next visitor — costs one look at
 * the mark.
 */
export class EventPointsReader {
  private readonly cache = new Map<string, { mark: string; json: Promise<string> }>();

  constructor(private readonly store: Store) {}

  /** Forgets every cached answer (after this process wrote to the store). */
  clear(): void {
    this.cache.clear();
  }

  /** The points of the events matching `filter`, as JSON. */
  async json(filter: EventFilter): Promise<string> {
    const key = JSON.stringify(filter);
    const mark = await this.store.changeMark();
    const hit = this.cache.get(key);
    if (hit && hit.mark === mark) {
      // Most recently used last, so that the oldest entry is the one dropped.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.json;
    }
    const json = this.load(filter).then((p) => JSON.stringify(p));
    this.cache.delete(key);
    this.cache.set(key, { mark, json });
    json.catch(() => this.cache.delete(key));
    if (this.cache.size > ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    return json;
  }

  private async load(filter: EventFilter): Promise<EventPoints> {
    const total = await this.store.countEvents(filter);
    const p: EventPoints = {
      total,
      truncated: total > MAX_POINTS,
      id: [],
      day: [],
      type: [],
      lat: [],
      lon: [],
      country: [],
      sources: [],
    };
    for (let offset = 0; offset < Math.min(total, MAX_POINTS); offset += PAGE) {
      const page = await this.store.listEventPoints(filter, { limit: Math.min(PAGE, MAX_POINTS - offset), offset });
      if (page.length === 0) break;
      for (const e of page) {
        p.id.push(e.id);
        p.day.push(e.day);
        p.type.push(e.type);
        p.lat.push(e.lat === null ? null : Math.round(e.lat * 1e4) / 1e4);
        p.lon.push(e.lon === null ? null : Math.round(e.lon * 1e4) / 1e4);
        p.country.push(e.country);
        p.sources.push(e.sources);
      }
    }
    return p;
  }
}
