/**
 * What an export writer is given: the events, a way to read a report's article text (for
 * notes and evidence text), and where to write. Shared by `dateline export` and the HTTP API.
 */
import type { EventDetail, Store } from '../store/store.js';

/** The inputs of an export writer. */
export interface ExportContext {
  events: AsyncIterable<EventDetail>;
  /** The text of a stored document (cached: events of one article are often adjacent). */
  documentText(id: string): Promise<string | undefined>;
  /** Writes a chunk (resolves when the destination can take more). */
  write(chunk: string): Promise<void>;
}

/** An export format. */
export interface ExportFormat {
  name: string;
  /** MIME type, for HTTP. */
  contentType: string;
  extension: string;
  /** Writes every event; resolves to the number written. */
  run(ctx: ExportContext): Promise<number>;
}

/** A {@link ExportContext.documentText} over a store, keeping the last few texts. */
export function documentTextReader(store: Store): (id: string) => Promise<string | undefined> {
  const cache = new Map<string, string | undefined>();
  return async (id) => {
    if (cache.has(id)) return cache.get(id);
    const text = (await store.getDocument(id))?.text;
    if (cache.size > 64) cache.delete(cache.keys().next().value as string);
    cache.set(id, text);
    return text;
  };
}

/** The text of the first mention of a report's event, as short evidence for notes. */
export function mentionText(text: string | undefined, spans: { start: number; end: number }[]): string {
  if (!text || spans.length === 0) return '';
  const s = spans[0]!;
  // The sentence around the mention reads better than the trigger word alone.
  const before = text.lastIndexOf('.', s.start - 1);
  const lineBefore = text.lastIndexOf('\n', s.start - 1);
  const start = Math.max(before, lineBefore) + 1;
  const stop = text.slice(s.end).search(/[.!?](\s|$)|\n/);
  const end = stop < 0 ? text.length : s.end + stop + 1;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}
