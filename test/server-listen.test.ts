/**
 * Listening: loopback detection, the write token off loopback, and `dateline serve` end to end.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isLoopback, startServer } from '../src/server/start-server.js';
import { REPO_ROOT } from '../bench/shared-data.js';
import { servedStore } from './helpers/served-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-listen-'));

test('loopback addresses are told apart from the others', () => {
  for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3']) assert.equal(isLoopback(h), true, h);
  for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org']) assert.equal(isLoopback(h), false, h);
});

test('a loopback server answers over HTTP and needs no token unless given one', async () => {
  const store = await servedStore(join(dir, 'a.db'));
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  try {
    assert.equal(server.token, undefined);
    const res = await fetch(`${server.url}/api/events?limit=1`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { total: number }).total, 6);
  } finally {
    await server.close();
  }
  const guarded = await startServer({ store, host: '127.0.0.1', port: 0, token: 'given-token-123456' });
  try {
    const res = await fetch(`${guarded.url}/api/documents`, {
      method: 'POST',
      body: 'Text.',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(res.status, 401);
  } finally {
    await guarded.close();
    await store.close();
  }
});

test('dateline serve listens, says where, serves the app and stops on SIGTERM', async () => {
  const db = join(dir, 'serve.db');
  (await servedStore(db)).close();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'dateline'), 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  const page = await fetch(`${url}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>Dateline/);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0);
});

test('dateline serve rejects a wrong port and a short token as usage errors', async () => {
  for (const args of [
    ['--port', 'http'],
    ['--port', '70000'],
    ['--token', 'short'],
  ]) {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'dateline'), 'serve', ...args], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2, args.join(' '));
  }
});
