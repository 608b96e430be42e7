/**
 * Enterprise policy (storage.managed) in real Chromium: Chromium on Linux
 * reads policy JSON from /etc/chromium/policies/managed/*.json at startup,
 * extension policies under "3rdparty" → "extensions" → <id>. The test writes
 * such a file (root only), launches, checks that the policy values win and
 * show locked in the options page, and deletes the file.
 *
 * The extension id of an unpacked extension is derived from its absolute
 * path: the first 32 hex digits of SHA-256(path), each mapped 0–f → a–p.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchHarness, type Harness } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'kefu-guard-e2e.json');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) console.warn(`[options-managed e2e] skipped: writing ${POLICY_DIR}/*.json needs root`);

/** Chromium's id for an unpacked extension at `dir`. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

// Values chosen not to disturb other tests that may run meanwhile on this machine.
// `warnRatio: 50` passes Chrome's policy schema (a number) but not ours (a fraction 0.1–0.95): ignored, named (issue 11.5).
const TEAM_SETTINGS = { retentionDays: 120, targets: { rate1h: 0.9 }, phraseGuard: { actions: { url: 'block' } }, replyTimer: { warnRatio: 50 } };

let harness: Harness | undefined;
let createdDirs: string[] = [];

function writePolicy(id: string) {
  createdDirs = [];
  for (let dir = POLICY_DIR; !fs.existsSync(dir); dir = path.dirname(dir)) createdDirs.unshift(dir);
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: { teamSettings: TEAM_SETTINGS } } } }, null, 2));
}

function removePolicy() {
  fs.rmSync(POLICY_FILE, { force: true });
  // Directories this test created, deepest first, each only if now empty.
  for (const dir of [...createdDirs].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      break; // something else was put there meanwhile: leave it
    }
  }
}

describe.skipIf(!isRoot)('managed settings (enterprise policy)', () => {
  beforeAll(async () => {
    writePolicy(unpackedExtensionId(EXTENSION_DIR));
    try {
      harness = await launchHarness();
    } catch (error) {
      removePolicy();
      throw error;
    }
  });
  afterAll(async () => {
    removePolicy();
    await harness?.close();
  });

  it('computes the extension id Chromium uses', () => {
    expect(harness!.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
  });

  it('the policy values win and are locked in the options page', async () => {
    const page: Page = await harness!.openExtensionPage('options.html');
    await page.getByTestId('options').waitFor();
    await page.getByTestId('managed-banner').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('managed-banner').innerText()).toContain('有 3 项由管理员');
    const retention = page.locator('#f-retentionDays');
    expect(await retention.inputValue()).toBe('120');
    expect(await retention.isDisabled()).toBe(true);
    expect(await page.locator('[data-path="retentionDays"] [data-testid=locked]').innerText()).toBe('🔒 由管理员设置');
    expect(await page.locator('#f-targets-rate1h').inputValue()).toBe('90');
    expect(await page.locator('#f-targets-rate1h').isDisabled()).toBe(true);
    expect(await page.getByTestId('action-url').isDisabled()).toBe(true);
    expect(await page.getByTestId('action-contact').isDisabled()).toBe(false);
    // The invalid value is not applied, not locked, and named in the page's words.
    expect(await page.locator('#f-replyTimer-warnRatio').inputValue()).toBe('55');
    expect(await page.locator('#f-replyTimer-warnRatio').isDisabled()).toBe(false);
    const notice = await page.getByTestId('policy-rejected').innerText();
    expect(notice).toContain('管理员下发的企业策略中有 1 项设置无效，已忽略');
    expect(notice).toContain('「回复计时 · 提前提醒比例」应为 10%–95%');
    const managed = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { managed: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return chrome.storage.managed.get('teamSettings');
    });
    expect(managed).toEqual({ teamSettings: TEAM_SETTINGS });
    await page.close();
  });
});
