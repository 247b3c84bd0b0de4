/**
 * `dateline extract`: articles in, records out.
 */
import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import { InputError } from '../ingest/input-error.js';
import type { ErrorRecord } from '../record/record-types.js';
import { EXIT, UsageError, type CliCommand } from './cli-command.js';
import { writeOut } from './output-writer.js';
import { DEFAULT_MAX_BYTES, parseSize, readInput, type InputFormat } from './read-input.js';

const HELP = `Usage: dateline extract [FILE|-]... [options]

Reads articles (plain text, HTML or JSON Lines) and prints one Dateline record per article.
With no FILE, or with -, reads standard input.

Options:
  --in auto|text|html|jsonl   input format (default auto: from the file name, then the content)
  --out json|jsonl            output: pretty JSON for one document, JSON Lines otherwise (default:
                              json for a single text/HTML document, jsonl for several or for JSONL)
  --published YYYY-MM-DD      publication date, overriding what the article says
  --no-text                   leave the article text out of the records
  --max-size SIZE             refuse a page (or JSONL line) larger than SIZE (default 20MB)
  --strict                    exit 1 if any record of a batch failed
  -h, --help                  this help

JSON Lines input: one object per line, {id, text | html, published?, title?, url?, outlet?}.
Output lines are records in input order with the same id; a line that cannot be processed gives
{"id", "error": {"input", "message"}} and a line on stderr, and the batch goes on.

Exit codes: 0 done; 1 the input could not be processed (one document), or with --strict any
record failed; 2 wrong usage.`;

/** The extract command. */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'extract sourced event records from articles (text, HTML, JSON Lines)',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        in: { type: 'string', default: 'auto' },
        out: { type: 'string' },
        published: { type: 'string' },
        'no-text': { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      await writeOut(HELP + '\n');
      return EXIT.ok;
    }
    const format = values.in as InputFormat;
    if (!['auto', 'text', 'html', 'jsonl'].includes(format)) {
      throw new UsageError(`unknown --in '${values.in}' (use auto, text, html or jsonl)`);
    }
    if (values.out !== undefined && values.out !== 'json' && values.out !== 'jsonl') {
      throw new UsageError(`unknown --out '${values.out}' (use json or jsonl)`);
    }
    if (values.published !== undefined && !/^\d{4}-\d\d-\d\d$/.test(values.published)) {
      throw new UsageError(`--published must be YYYY-MM-DD, not '${values.published}'`);
    }
    const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
    if (maxBytes === undefined) throw new UsageError(`--max-size '${values['max-size']}' is not a size (e.g. 20MB)`);
    const files = positionals.length > 0 ? positionals : ['-'];
    if (files.length === 1 && files[0] === '-' && process.stdin.isTTY) {
      throw new UsageError('no input: give a FILE, or pipe an article into standard input');
    }

    const batch = files.length > 1 || format === 'jsonl' || files.some((f) => /\.(jsonl|ndjson)$/i.test(f));
    let outFormat = values.out;
    const records: string[] = [];
    let count = 0;
    let failed = 0;
    let singleError: InputError | undefined;
    const emit = async (obj: unknown) => {
      count++;
      if (outFormat === 'jsonl') await writeOut(JSON.stringify(obj) + '\n');
      else records.push(JSON.stringify(obj, null, 2));
    };
    outFormat ??= batch ? 'jsonl' : undefined;
    for (const file of files) {
      try {
        for await (const item of readInput(file, format, maxBytes)) {
          outFormat ??= 'json';
          if (item.kind === 'error') {
            failed++;
            report(item.error);
            singleError = item.error;
            if (batch || outFormat === 'jsonl') await emit(errorRecord(item.id, item.error));
            continue;
          }
          const article = { ...item.article };
          if (values.published) article.published = values.published;
          try {
            await emit(extract(article, { input: item.input, noText: values['no-text'] }));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            failed++;
            report(e);
            singleError = e;
            if (batch || outFormat === 'jsonl') await emit(errorRecord(article.id ?? null, e));
          }
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        failed++;
        report(e);
        singleError = e;
        if (batch) await emit(errorRecord(null, e));
      }
    }
    if (records.length > 0) await writeOut(records.length === 1 ? records[0] + '\n' : `[\n${records.join(',\n')}\n]\n`);
    if (!batch && singleError) return EXIT.badInput;
    if (values.strict && failed > 0) return EXIT.badInput;
    if (batch && failed > 0) process.stderr.write(`dateline extract: ${failed} of ${count} records failed\n`);
    return EXIT.ok;
  },
};

function report(e: InputError): void {
  process.stderr.write(`dateline: ${e.message}\n`);
}

function errorRecord(id: string | null, e: InputError): ErrorRecord {
  return { id, error: { input: e.input, message: e.problem } };
}
