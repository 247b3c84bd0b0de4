/**
 * Query parameters of the API, validated: the event filters of `dateline events` (same names,
 * same rules, one parser) and pagination.
 */
import { FILTER_OPTIONS, parseFilter } from '../cli/store-options.js';
import type { EventFilter, PageRequest } from '../store/store.js';
import { HttpProblem } from './problem-details.js';

/** The largest page the list endpoints give. */
export const MAX_PAGE = 1000;
/** The page size when none is asked for. */
export const DEFAULT_PAGE = 50;

/** Longest accepted value of any one query parameter. */
const MAX_PARAM = 500;

type FilterKey = keyof typeof FILTER_OPTIONS;

/** The event filter of a request's query; a wrong value is a 400 naming the parameter. */
export function filterFromQuery(query: URLSearchParams): EventFilter {
  const values: Partial<Record<FilterKey, string>> = {};
  for (const key of Object.keys(FILTER_OPTIONS) as FilterKey[]) {
    const v = query.get(key);
    if (v === null || v.trim() === '') continue;
    if (v.length > MAX_PARAM) throw new HttpProblem(400, `${key} is longer than ${MAX_PARAM} characters`, key);
    values[key] = v.trim();
  }
  try {
    return parseFilter(values);
  } catch (e) {
    // The CLI's messages name options (--country); the API's parameters drop the dashes.
    const message = (e as Error).message.replace(/--([a-z-]+)/g, '$1');
    const parameter = /--([a-z-]+)/.exec((e as Error).message)?.[1];
    throw new HttpProblem(400, message, parameter);
  }
}

function whole(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const v = query.get(name);
  if (v === null || v === '') return fallback;
  if (!/^\d{1,9}$/.test(v)) throw new HttpProblem(400, `${name} must be a whole number, not '${v.slice(0, 40)}'`, name);
  const n = Number(v);
  if (n > max) throw new HttpProblem(400, `${name} must be at most ${max}`, name);
  return n;
}

/** `limit` and `offset` of a request. */
export function pageFromQuery(query: URLSearchParams, max = MAX_PAGE): Required<PageRequest> {
  return {
    limit: Math.max(1, whole(query, 'limit', Math.min(DEFAULT_PAGE, max), max)),
    offset: whole(query, 'offset', 0, 1_000_000_000),
  };
}
