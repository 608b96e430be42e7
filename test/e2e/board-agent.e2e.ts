/**
 * The live board from an agent's browser (issue 24) in real Chromium with the
 * built extension: the board switched on in the settings but its server's
 * origin not granted (an optional host permission) sends nothing, and the
 * popup says 同步暂停 with the reason. The grant itself needs the browser's
 * permission prompt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHarness, type Harness } from './harness';
import { startCouch, type CouchServer } from '../couch/server';
import { NodePouch } from '../couch/pouch';

let couch: CouchServer;
let harness: Harness;

async function writeBoard(page: Page, board: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (b) => {
    const area = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
    let published: { settings?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 100 && !published?.settings; i++) {
      published = (await area.get('effectiveSettings')).effectiveSettings as typeof published;
      if (!published?.settings) await new Promise((r) => setTimeout(r, 100));
    }
    await area.set({ settings: { ...published!.settings, board: b } });
  }, board);
}

beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_mall1', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }]);
  harness = await launchHarness({ viewport: { width: 420, height: 700 } });
}, 60_000);

afterAll(async () => {
  await harness?.close();
  await couch?.stop();
});

describe('an agent\'s browser with the board on', () => {
  it('origin not granted: nothing reaches the server, the popup says 同步暂停 and why', async () => {
    const page = await harness.openExtensionPage('options.html');
    await writeBoard(page, { enabled: true, url: couch.url, database: 'kg_mall1', user: 'a1', password: 'p1' });
    const popup = await harness.openExtensionPage('popup.html');
    let note = '';
    for (let i = 0; i < 20 && !note; i++) {
      await popup.reload();
      note = await popup.getByTestId('board-sync-paused').innerText({ timeout: 1000 }).catch(() => '');
    }
    expect(note).toContain('同步暂停');
    expect(note).toContain('未授权访问服务器地址');
    await popup.screenshot({ path: '.output/board-popup-paused.png' });
    const owner = new NodePouch(`${couch.url}/kg_mall1`, { auth: { username: 'owner', password: 'o-pw' }, skip_setup: true });
    const ids = (await owner.allDocs({})).rows.map((r) => (r as { id: string }).id);
    expect(ids.filter((id) => !id.startsWith('_design/'))).toEqual([]);
  });

  // SKIPPED (issue 24): granting the origin opens Chrome's permission prompt (browser.permissions.request on the
  // switch's click), which headless Chromium never answers: tried, the request stays pending. The granted path
  // (replication of the day file and the status, at most every 15 s, checkpoints) runs in Node against the same
  // server: test/unit/team/board/runner.test.ts and sync.test.ts; the click asking for the one origin:
  // test/unit/options/board-section.test.tsx.
  it.skip('granted on the options page: the worker replicates and the popup shows no pause', async () => {
    const page = await harness.openExtensionPage('options.html');
    await page.locator('#f-board-url').fill(couch.url);
    await page.getByTestId('board-enabled').click();
    await expect.poll(() => page.getByTestId('board-note').innerText()).toContain('已授权访问');
  });
});
