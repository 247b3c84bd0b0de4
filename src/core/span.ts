/**
 * A stretch of a document's text: UTF-16 code units (JavaScript string indices), end exclusive,
 * so that `text.slice(start, end)` is always the surface.
 */
export interface Span {
  start: number;
  end: number;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` covers all of `inner`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Orders spans by start, then longer first, which is the order layers are kept in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Narrows a span so it has no whitespace at either end; stages produce spans from regexes and
 * token runs, and a trailing space would make the surface differ from what a reader sees.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** A plain `{start, end}` copy, so records never leak annotation internals. */
export function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}
