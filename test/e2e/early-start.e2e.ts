/**
 * Pages opened in the first seconds after the browser starts. Chromium's first
 * storage.managed answer waits for its policy service (2–5 s here), and a page
 * that asks about a second after the start may get no answer at all: the
 * popup stayed on 正在读取… for over 40 s, reloads included (one opened at
 * 5 s was answered at once). The settings read waits at most a moment for the
 * policy (lib/settings/policy-read.ts), so the agent's popup and options page
 * open whenever they are opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launchHarness({ viewport: { width: 420, height: 700 }, sim: { scenario: 'empty' } });
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe('right after the browser starts', () => {
  // No retry: a second attempt would run long after the start, where the read always answers.
  it('the options page and the popup, opened within its first seconds, show their content', { retry: 0 }, async () => {
    const options = await harness.openExtensionPage('options.html');
    // About a second after the start, before the browser's policy service is ready.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const popup = await harness.openExtensionPage('popup.html');
    // Opened again and again through the browser's first seconds (a popup closes as soon as the agent clicks
    // elsewhere): each shows its figures within a moment, never 正在读取… for good.
    for (let i = 0; i < 10; i++) {
      await popup.reload();
      await expect.poll(() => popup.getByTestId('popup').getAttribute('data-state'), { timeout: 2_000 }).not.toBe('loading');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await expect(options.getByTestId('save').isVisible()).resolves.toBe(true);
  });
});
