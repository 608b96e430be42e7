/**
 * The welcome page: opened by the background on install, pictures from the
 * extension itself (no network), the buttons to the chat workbench and the
 * options page, and the same team-file import as the options page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/types';
import { launchHarness, type Harness } from './harness';

let harness: Harness;
let welcome: Page;

const stored = (page: Page) =>
  page.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.local.get('settings')).settings;
  });

beforeAll(async () => {
  harness = await launchHarness();
});
afterAll(async () => harness?.close());

describe('welcome page', () => {
  it('opens by itself on install', async () => {
    const url = `chrome-extension://${harness.extensionId}/welcome.html`;
    welcome = harness.context.pages().find((p) => p.url() === url) ?? (await harness.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
    await welcome.getByTestId('welcome').waitFor();
    expect(await welcome.locator('h1').innerText()).toBe('欢迎使用客服守护');
  });

  it('explains each overlay with pictures shipped in the extension, pinning, privacy and estimates', async () => {
    for (const id of ['timer', 'guard', 'aftersales']) expect(await welcome.getByTestId(`feature-${id}`).innerText()).not.toBe('');
    const images = await welcome.evaluate(() =>
      Promise.all(
        [...document.images].map(async (img) => {
          await img.decode().catch(() => undefined);
          return { src: img.src, width: img.naturalWidth };
        }),
      ),
    );
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const img of images) {
      expect(img.src).toMatch(/^(chrome-extension:\/\/|data:image\/)/);
      expect(img.width, img.src.slice(0, 80)).toBeGreaterThan(0);
    }
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('把图标固定到工具栏');
    expect(text).toContain('不联网');
    expect(text).toContain('不保存聊天内容');
    expect(text).toContain('数据只保存在这台电脑上');
    expect(text).toContain('插件根据页面估算');
  });

  // Issue 26: nobody takes it for Pinduoduo's own tool, and nobody answers in the desktop app expecting the guard.
  it('says plainly it is not Pinduoduo’s and works only in the browser; its pictures carry the new name', async () => {
    expect(await welcome.getByTestId('not-affiliated').innerText()).toBe('非拼多多官方工具：由第三方开发，与拼多多公司无关。');
    const steps = await welcome.locator('.steps').innerText();
    expect(steps).toContain('桌面客户端“商家工作台”不能运行插件');
    expect(steps).toContain('在这个浏览器（Chrome 或 Edge）里打开商家后台 mms.pinduoduo.com');
    const pictures = await welcome.evaluate(() =>
      Promise.all([...document.querySelectorAll<HTMLImageElement>('.steps img')].map(async (img) => (await fetch(img.src)).text())),
    );
    expect(pictures).toHaveLength(2);
    for (const svg of pictures) {
      expect(svg).toContain('客服守护');
      expect(svg).not.toContain('多多客服守护');
    }
  });

  it('opens the chat workbench and the options page', async () => {
    const [chat] = await Promise.all([harness.context.waitForEvent('page'), welcome.getByTestId('open-chat').click()]);
    await chat.waitForLoadState('domcontentloaded');
    expect(chat.url()).toBe('https://mms.pinduoduo.com/chat-merchant/index.html#/');
    await chat.close();
    const [options] = await Promise.all([harness.context.waitForEvent('page'), welcome.getByTestId('open-options').click()]);
    await options.waitForURL(`chrome-extension://${harness.extensionId}/options.html`);
    await options.getByTestId('options').waitFor();
    await options.close();
  });

  it('imports a team settings file with the same validation: a bad file changes nothing, a good one is saved', async () => {
    // The worker writes a generated shop secret at install when none is set (issue 22 item 7): that is the settings before.
    const secret = expect.stringMatching(/^[0-9a-f]{32}$/);
    await expect.poll(() => stored(welcome)).toMatchObject({ team: { shopSecret: secret } });
    const before = await stored(welcome);
    const input = welcome.getByTestId('import-input');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'kefu-guard-settings', version: 1, settings: { ...DEFAULT_SETTINGS, retentionDays: 3 } })),
    });
    expect(await welcome.getByTestId('import-error').innerText()).toContain('「数据 · 数据保留天数」应为 7–365 天之间的整数');
    expect(await stored(welcome)).toEqual(before);

    const team = { ...DEFAULT_SETTINGS, retentionDays: 45 };
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'kefu-guard-settings', version: 1, exportedAt: new Date().toISOString(), settings: team })),
    });
    await welcome.getByTestId('import-ok').waitFor();
    // The file's empty secret leaves the agent's own in place: no new key, ids keep matching (issue 22 item 7).
    await expect.poll(() => stored(welcome)).toEqual({ ...team, team: { ...team.team, shopSecret: (before as Settings).team.shopSecret } });
  });
});
