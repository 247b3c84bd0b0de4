/**
 * Debian's Chromium driven by playwright-core, started the way this offline setting needs: no
 * sandbox (tests run as root in CI), no GPU, and none of Chromium's own background network
 * calls, which a closed network refuses many at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** The Chromium binary (DATELINE_CHROMIUM, else Debian's). */
export const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';

/** A headless Chromium with a fresh profile folder named after `prefix`, removed on close. */
export async function launchChromium(prefix: string): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  context.on('close', () => {
    // Chromium may still be writing its profile as the context closes; a profile left behind in
    // the temporary folder is harmless, so a failed removal is not an error.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* left for the system's temporary-file clean-up */
    }
  });
  return context;
}
