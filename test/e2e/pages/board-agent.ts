/**
 * An agent's browser on the live board (issue 24), as the e2e tests drive it:
 * the board's settings written, its server's origin granted the way a user can
 * grant it outside the prompt (chrome://extensions site access:
 * developerPrivate.addHostPermission records the grant without activating it),
 * then the switch clicked on the options page, whose own
 * chrome.permissions.request resolves true with no prompt. Headless Chromium
 * never answers the permission prompt itself.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from '../harness';
import { SETTINGS_LOCK } from '../../../lib/settings/keys';

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> };

/**
 * Writes the board's settings (a whole settings object: a partial one is
 * refused), on an extension page, as the options page saves: under the
 * settings lock the worker's shop-secret write holds too, over the user's
 * stored copy (the published one may predate the secret).
 */
export async function writeBoard(page: Page, board: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ([b, lock]) => {
      const area = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      let published: { settings?: Record<string, unknown> } | undefined;
      for (let i = 0; i < 100 && !published?.settings; i++) {
        published = (await area.get('effectiveSettings')).effectiveSettings as typeof published;
        if (!published?.settings) await new Promise((r) => setTimeout(r, 100));
      }
      await navigator.locks.request(lock, async () => {
        const stored = (await area.get('settings')).settings as Record<string, unknown> | undefined;
        await area.set({ settings: { ...published!.settings, ...stored, board: b } });
      });
    },
    [board, SETTINGS_LOCK] as const,
  );
}

/** Grants `origin` through chrome://extensions site access: recorded, not active until the extension's own request. */
export async function grantSiteAccess(harness: Harness, origin: string): Promise<void> {
  const manager = await harness.context.newPage();
  await manager.goto('chrome://extensions');
  await manager.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [harness.extensionId, origin],
  );
  await manager.close();
}

/** The options page's board switch clicked on (the request resolves granted, no prompt) and saved. */
export async function switchBoardOn(options: Page): Promise<void> {
  await options.reload();
  expect(await options.getByTestId('board-enabled').isChecked()).toBe(false);
  await options.getByTestId('board-enabled').click();
  await expect.poll(() => options.getByTestId('board-note').innerText()).toContain('已授权访问');
  expect(await options.getByTestId('board-enabled').isChecked()).toBe(true);
  await saveOptions(options);
}

export async function saveOptions(options: Page): Promise<void> {
  await options.getByTestId('save').click();
  await options.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor();
}

/** The board's offscreen document (Chrome: the replication runs there, lib/background/replication/offscreen-host.ts), if open. */
export async function offscreenOpen(harness: Harness): Promise<boolean> {
  const session = await harness.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
    return targetInfos.some((t) => t.url === `chrome-extension://${harness.extensionId}/board-sync.html`);
  } finally {
    await session.detach();
  }
}

/** The popup's 同步暂停 note (empty while the board runs or is off), read from a freshly opened popup. */
export async function popupPausedNote(harness: Harness): Promise<string> {
  const popup = await harness.openExtensionPage('popup.html');
  const note = await popup.getByTestId('board-sync-paused').innerText({ timeout: 1000 }).catch(() => '');
  await popup.close();
  return note;
}
