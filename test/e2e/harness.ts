/**
 * End-to-end harness: Debian's Chromium (no browser downloads here) driven by
 * playwright-core, with the built extension from .output/chrome-mv3 loaded and
 * mms.pinduoduo.com / m-ws.pinduoduo.com mapped to the local simulator.
 * Recipe and flags: shared/E2E.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from '../sim/browser';
import { startSimulator, type Simulator, type SimulatorOptions } from '../sim/index';

export { chromiumPath };

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');


export interface Harness {
  context: BrowserContext;
  extensionId: string;
  sim: Simulator;
  /** The extension's service worker (Playwright keeps the same handle across restarts). */
  serviceWorker: Worker;
  /** Opens an extension page (popup.html, options.html, welcome.html) in a tab. */
  openExtensionPage(file: string): Promise<Page>;
  /**
   * Stops the service worker through DevTools, as Chrome does when it is
   * idle; resolves once no worker target is left (any event, even closing
   * the helper tab, may wake it again right after).
   */
  stopServiceWorker(): Promise<void>;
  /** True while a service-worker target of the extension exists. */
  serviceWorkerRunning(): Promise<boolean>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  sim?: SimulatorOptions;
  /** Browser UI language: 'zh-CN' (default) or 'en-US'. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Default true; the demo opens a window where a display exists. */
  headless?: boolean;
  /** The unpacked build to load (default EXTENSION_DIR); the demo loads its daytime build. */
  extensionDir?: string;
  /** The browser to run (default chromiumPath()); the fast-clock test runs it under libfaketime. */
  executablePath?: string;
}

export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run \`npm run build\` first`);
  }
  const sim = await startSimulator(options.sim);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-guard-e2e-'));
  const locale = options.locale ?? 'zh-CN';
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? chromiumPath(),
      headless: options.headless ?? true,
      ignoreHTTPSErrors: true,
      locale,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${sim.hostResolverRules}`,
        // The simulator's certificate is self-signed. ignoreHTTPSErrors covers
        // pages Playwright attaches to in time, not a tab the extension itself
        // opens (tabs.create) whose first request can beat the attachment.
        '--ignore-certificate-errors',
        `--lang=${locale}`,
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    });
  } catch (error) {
    await sim.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const openExtensionPage = async (file: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };

  const serviceWorkerTargets = async () => {
    const session = await context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    } finally {
      await session.detach();
    }
  };

  return {
    context,
    extensionId,
    sim,
    serviceWorker,
    openExtensionPage,
    // shared/E2E.md: only ServiceWorker.stopWorker from a page at the
    // extension's origin really stops it (stopAllWorkers and closeTarget don't).
    async stopServiceWorker() {
      // Any page at the extension's origin will do; not the popup, whose own
      // requests would wake the worker straight away.
      const page = await openExtensionPage('managed-schema.json');
      const cdp = await context.newCDPSession(page);
      const versions = new Map<string, { runningStatus: string; scriptURL: string }>();
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ versionId: string; runningStatus: string; scriptURL: string }> }) => {
        for (const v of e.versions) versions.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable');
      const ours = () =>
        [...versions.entries()].filter(([, v]) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'running');
      for (let i = 0; i < 60 && ours().length === 0; i++) await page.waitForTimeout(50);
      for (const [versionId] of ours()) await cdp.send('ServiceWorker.stopWorker', { versionId });
      // Checked before the tab closes: closing a tab is itself an event
      // (tabs.onRemoved) that wakes the worker again.
      for (let i = 0; (await serviceWorkerTargets()).length > 0; i++) {
        if (i > 100) throw new Error('the service worker did not stop');
        await new Promise((r) => setTimeout(r, 50));
      }
      await cdp.detach();
      await page.close();
    },
    async serviceWorkerRunning() {
      return (await serviceWorkerTargets()).length > 0;
    },
    async close() {
      await context.close().catch(() => undefined);
      await sim.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
