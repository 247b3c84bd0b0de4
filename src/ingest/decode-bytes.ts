/**
 * Bytes to text: refuses empty and binary input and text whose encoding cannot be told,
 * rather than analysing mojibake. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as such; other text is read as Windows-1252 only when it looks like Western text (wire
 * archives such as Reuters-21578 are Latin-1).
 */
import { InputError } from './input-error.js';

/** Bytes in 0x80–0x9F that Windows-1252 leaves undefined: their presence rules it out. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes `bytes` read from `input` (a name for error messages). */
export function decodeBytes(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError(input, 'empty input (0 bytes)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let control = 0;
  let high = 0;
  let undefined1252 = 0;
  for (const b of sample) {
    if (b === 0) throw new InputError(input, 'binary data (NUL bytes), not text');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    if (b >= 0x80) high++;
    if (CP1252_UNDEFINED.has(b)) undefined1252++;
  }
  if (control > sample.length * 0.01 + 8) throw new InputError(input, 'binary data (control bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch {
    if (undefined1252 > 0 || high > sample.length * 0.3) {
      throw new InputError(input, 'text encoding could not be detected (not UTF-8, UTF-16 or Windows-1252)');
    }
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.trim().length === 0) throw new InputError(input, 'empty input (only whitespace)');
  return text;
}
