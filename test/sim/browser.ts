/**
 * Launches Debian's Chromium against a running simulator (no extension), with the
 * flags from shared/E2E.md. Used by smoke.ts and snapshot.ts; e2e tests that load
 * the extension can pass `extraArgs`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Simulator } from './index.ts';

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(
  sim: Pick<Simulator, 'hostResolverRules'>,
  o: { extraArgs?: string[]; headless?: boolean; viewport?: { width: number; height: number }; timezoneId?: string } = {},
): Promise<LaunchedBrowser> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-sim-udd-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
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
