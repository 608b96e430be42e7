/**
 * Launches Debian's Chromium against a running simulator (no extension), with the
 * flags from shared/E2E.md. Used by smoke.ts and snapshot.ts; e2e tests that load
 * the extension can pass `extraArgs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../scripts/lib/chromium.mjs';
import type { Simulator } from './index.ts';

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium to drive: $CHROMIUM_PATH or Debian's (scripts/lib/chromium.mjs), else whatever is on PATH. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH');
  }
}

export async function launchBrowser(
  sim: Pick<Simulator, 'hostResolverRules'>,
  o: { extraArgs?: string[]; headless?: boolean; viewport?: { width: number; height: number }; timezoneId?: string } = {},
): Promise<LaunchedBrowser> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-sim-udd-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: o.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: 'zh-CN',
    ...(o.timezoneId ? { timezoneId: o.timezoneId } : {}),
    viewport: o.viewport ?? { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${sim.hostResolverRules}`,
      ...(o.extraArgs ?? []),
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
