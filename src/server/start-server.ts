/**
 * Listening: the app of `server-app.ts` on a host and port, with the write token required
 * whenever the host is not a loopback address.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createServerApp, warmUp } from './server-app.js';

/** Whether a host name or address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** A running server. */
export interface RunningServer {
  url: string;
  /** The write token in force (undefined on loopback without one). */
  token: string | undefined;
  close(): Promise<void>;
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Write token; one is generated when the host is not loopback and none is given. */
  token?: string;
  maxBodyBytes?: number;
}

/** Starts listening; resolves once the port is bound. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? (isLoopback(host) ? undefined : randomBytes(18).toString('base64url'));
  const app = createServerApp({
    store: options.store,
    ...(token !== undefined && { writeToken: token }),
    ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
  });
  await warmUp(app);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
