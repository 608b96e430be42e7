/**
 * Saves the simulated pages as static HTML for the adapters' unit tests (happy-dom):
 *   npx tsx test/sim/snapshot.ts
 * writes test/fixtures/pages/*.html. The sim clock is frozen at 2026-11-23 10:00:00
 * Beijing and pages take their "now" from it, so two runs give identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { beijingTime, startSimulator, type PageVariant, type Simulator } from './index.ts';
import { LIVELY } from './scenarios.ts';

export const SNAPSHOT_TIME = beijingTime(2026, 11, 23, 10, 0, 0);
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

interface Shot {
  file: string;
  url: (sim: Simulator) => string;
  variant?: Partial<PageVariant>;
  ready: (page: Page, sim: Simulator) => Promise<void>;
  note: string;
}

async function openShowcase(page: Page, sim: Simulator, rowSelector: string, msgSelector: string): Promise<void> {
  await page.locator(rowSelector).filter({ visible: true }).first().click();
  const n = sim.chat.messages(LIVELY.showcase).length;
  await page.waitForFunction(
    ([sel, count]) => document.querySelectorAll(sel as string).length === count,
    [msgSelector, n] as const,
  );
  await page.waitForTimeout(300);
}

const SHOTS: Shot[] = [
  {
    file: 'chat-workbench.html',
    url: (s) => s.urls.chat,
    variant: { robotMarker: 'callback' },
    note: 'chat workbench, robot marker "callback", conversation 8123456789 open',
    ready: (p, s) => openShowcase(p, s, `[data-random^="${LIVELY.showcase}-"]`, 'ul.msg-list > li.onemsg'),
  },
  {
    file: 'chat-workbench-robot-text.html',
    url: (s) => s.urls.chat,
    variant: { robotMarker: 'robot-text' },
    note: 'chat workbench, robot marker "robot-text", conversation 8123456789 open',
    ready: (p, s) => openShowcase(p, s, `[data-random^="${LIVELY.showcase}-"]`, 'ul.msg-list > li.onemsg'),
  },
  {
    file: 'chat-workbench-broken.html',
    url: (s) => s.urls.chat,
    variant: { chatListBroken: true },
    note: 'chat workbench with the conversation list markup renamed (pageVariant chatListBroken)',
    ready: (p, s) => openShowcase(p, s, `[data-session^="${LIVELY.showcase}-"]`, 'ul.msg-list > li.onemsg'),
  },
  {
    file: 'aftersale-list.html',
    url: (s) => s.urls.aftersalesFromSidenav,
    note: 'after-sales list, tab 全部, page 1 of 2',
    ready: async (p) => {
      await p.waitForFunction(() => document.querySelectorAll('[data-testid="aftersale-card"]').length === 10);
      await p.waitForTimeout(300);
    },
  },
  {
    file: 'aftersale-detail.html',
    url: (s) => s.urls.detail(s.aftersales.list()[2]!.id),
    note: 'after-sales detail (SSR) of a 退货退款 awaiting receipt',
    ready: async (p) => {
      await p.waitForSelector('[data-remain]');
    },
  },
];

async function main(): Promise<void> {
  const sim = await startSimulator({ clock: { at: SNAPSHOT_TIME, frozen: true } });
  const browser = await launchBrowser(sim, { viewport: { width: 1280, height: 800 } });
  await mkdir(OUT_DIR, { recursive: true });
  try {
    for (const shot of SHOTS) {
      sim.reset({ variant: shot.variant ?? {}, resetClock: false });
      sim.scenario('lively');
      const page = await browser.context.newPage();
      const url = shot.url(sim);
      await page.goto(url);
      await shot.ready(page, sim);
      // Inline linked stylesheets (like a "complete" save) so the file is self-contained and
      // happy-dom does not try to fetch them.
      const html = await page.evaluate(() => {
        for (const link of [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]) {
          const sheet = link.sheet;
          if (!sheet) continue;
          const style = document.createElement('style');
          style.setAttribute('data-href', link.getAttribute('href') ?? '');
          style.textContent = '\n' + [...sheet.cssRules].map((r) => r.cssText).join('\n') + '\n';
          link.replaceWith(style);
        }
        return document.documentElement.outerHTML;
      });
      await page.close();
      const header =
        `<!DOCTYPE html>\n<!-- saved from url=${url} -->\n` +
        `<!-- kefu-guard simulator snapshot (test/sim/snapshot.ts): ${shot.note}; sim clock frozen at 2026-11-23 10:00:00 +08:00 -->\n`;
      await writeFile(path.join(OUT_DIR, shot.file), header + html + '\n');
      console.log(`wrote test/fixtures/pages/${shot.file} (${html.length} chars)`);
    }
  } finally {
    await browser.close();
    await sim.close();
  }
}

await main();
