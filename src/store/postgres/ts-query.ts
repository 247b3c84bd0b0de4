/**
 * The query language of `dateline search` and `--text` (words, "phrases", OR — the FTS5
 * subset the SQLite store accepts) turned into a PostgreSQL `tsquery` expression. Every word is
 * a bound parameter: user punctuation can never be query syntax.
 */

/** Anything that binds a value and returns its placeholder (`$n`). */
export interface ParamSink {
  add(value: unknown): string;
}

/**
 * The SQL of a tsquery for `text`, or undefined when it has no words. Phrases of one group
 * are ANDed; `OR` separates groups, as AND binds tighter than OR in FTS5.
 */
export function tsQuerySql(text: string, params: ParamSink): string | undefined {
  const groups: string[][] = [[]];
  const re = /"([^"]+)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[2] === 'OR') {
      if (groups.at(-1)!.length > 0) groups.push([]);
      continue;
    }
    const words = (m[1] ?? m[2] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (words && words.length > 0) groups.at(-1)!.push(words.join(' '));
  }
  const parts = groups
    .filter((g) => g.length > 0)
    .map((g) => `(${g.map((phrase) => `phraseto_tsquery('simple', ${params.add(phrase)})`).join(' && ')})`);
  return parts.length > 0 ? `(${parts.join(' || ')})` : undefined;
}
