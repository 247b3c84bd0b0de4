/**
 * Reading xz-compressed files (`.sgm.xz` archives), with the pure-WebAssembly xz-decompress so
 * that nothing native is needed beyond SQLite.
 */
import xz from 'xz-decompress';

/** Decompresses a whole xz stream; throws (the caller names the file) when it is corrupt or cut short. */
export async function decompressXz(raw: Uint8Array): Promise<Buffer> {
  const input = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new Uint8Array(raw));
      c.close();
    },
  });
  const out = new xz.XzReadableStream(input);
  const chunks: Uint8Array[] = [];
  const reader = out.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
