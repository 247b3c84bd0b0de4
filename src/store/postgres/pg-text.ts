/**
 * PostgreSQL text cannot hold U+0000, which SQLite and JavaScript strings can. Dateline stores
 * it as U+FFFD instead: one UTF-16 unit for one, so that every span offset into an article's
 * text still holds.
 */

/** `s` with every U+0000 as U+FFFD. */
export function noNul(s: string): string {
  return s.includes('\0') ? s.replaceAll('\0', '\uFFFD') : s;
}

/** JSON of `value` for a PostgreSQL parameter: escaped U+0000 (`\u0000`) becomes `\ufffd`. */
export function pgJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Only a `\u0000` preceded by an even run of backslashes is an escape (an odd run is a
  // literal backslash followed by the letters "u0000").
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : json;
}
