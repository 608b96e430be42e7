/**
 * Issues #5 and #16 in real Chromium: the guard holds a message with banned
 * phrases, highlights the spans, lets it through once edited, never touches a
 * clean message (a courier named 京东快递 included), holds a rude reply, and
 * never fires on Shift+Enter or during an IME composition.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { builtinEntries } from '../../lib/phrases/dictionary';
import { EXTENSION_DIR, launchHarness, type Harness } from './harness';
import type { Summary } from '@/lib/messages';
import { SETTINGS_LOCK } from '../../lib/settings/keys';
import { ChatPage } from './pages/chat-page';
import { sendAll } from './pages/popup-page';

let harness: Harness;
let chat: ChatPage;
const BUYER = '8800000001';
const SCREENS = path.resolve('.output/shots');

beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty' } });
});
afterAll(async () => harness?.close());

beforeEach(async () => {
  harness.sim.reset();
  harness.sim.chat.addBuyer({ uid: BUYER });
  harness.sim.chat.buyerSays(BUYER, '能便宜点吗', { at: Date.now() - 5000 });
  await chat?.page.close();
  chat = await ChatPage.open(harness);
  await chat.openConversation(BUYER);
});

const sentTexts = () => harness.sim.chat.messages(BUYER).filter((m) => m.via === 'page').map((m) => m.frame.content);

async function todaySummary(): Promise<Summary> {
  const popup = await harness.openExtensionPage('popup.html');
  const [summary] = (await sendAll(popup, [{ type: 'summary/get' }])) as Summary[];
  await popup.close();
  return summary!;
}
const guardCounts = async () => (await todaySummary()).guard;

/** How many variants of the shop's words the background has stored. */
async function storedVariantCount(): Promise<number> {
  const page = await harness.openExtensionPage('popup.html');
  const n = await page.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { customWords?: string[] } | undefined>> } } } }).chrome;
    return (await chrome.storage.local.get('phraseVariants')).phraseVariants?.customWords?.length ?? 0;
  });
  await page.close();
  return n;
}

/** Stores the user's settings as the options page does (partial: merged over the defaults), under the settings lock the worker's shop-secret write also holds. */
async function setUserSettings(settings: Record<string, unknown>) {
  const page = await harness.openExtensionPage('popup.html');
  await page.evaluate(
    async ([value, lock]) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } } }).chrome;
      await navigator.locks.request(lock, () => chrome.storage.local.set({ settings: value }));
    },
    [settings, SETTINGS_LOCK] as const,
  );
  await page.close();
}

describe('phrase guard on the chat input', () => {
  it('holds 「加我薇 信 138 0013 8000」 with both spans highlighted; editing lets it through', async () => {
    await chat.type('加我薇 信 138 0013 8000');
    await chat.input.press('Enter');
    await chat.guardPanel.waitFor();
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('held');
    const marks = await chat.guardPanel.locator('mark').allTextContents();
    expect(marks).toEqual(['加我薇 信', '138 0013 8000']);
    expect(await chat.guardPanel.textContent()).toContain('站外导流');
    await chat.page.waitForTimeout(500);
    expect(sentTexts()).toEqual([]); // held: the page never sent it
    expect(await chat.input.inputValue()).toBe('加我薇 信 138 0013 8000');

    await chat.input.fill('亲，有问题在这里直接问我就行');
    const sent = harness.sim.chat.waitForSent(BUYER);
    await chat.input.press('Enter');
    await sent;
    expect(sentTexts()).toEqual(['亲，有问题在这里直接问我就行']);
    await chat.guardPanel.waitFor({ state: 'detached' });
    // One held message with two categories (contact, phone): 1 hold in the total, 1 in each row.
    await expect.poll(async () => (await todaySummary()).guardTotal.held).toBe(1);
    const guard = await guardCounts();
    expect([guard.contact?.held, guard.phone?.held]).toEqual([1, 1]);
  });

  it('sends a courier sentence (京东快递) and an on-platform payment hint clean', async () => {
    fs.mkdirSync(SCREENS, { recursive: true });
    const first = harness.sim.chat.waitForSent(BUYER);
    await chat.type('亲，这款大件我们走京东快递，明天上午发出');
    await chat.input.press('Enter');
    await first;
    const second = harness.sim.chat.waitForSent(BUYER);
    await chat.type('下单的时候选择微信支付就可以了');
    await chat.input.press('Enter');
    await second;
    expect(sentTexts()).toEqual(['亲，这款大件我们走京东快递，明天上午发出', '下单的时候选择微信支付就可以了']);
    await chat.page.waitForTimeout(300);
    expect(await chat.guardPanel.count()).toBe(0);
    await chat.page.screenshot({ path: path.join(SCREENS, 'guard-courier-clean.png') });
  });

  it('holds a rude reply (你有病吧) when 辱骂骚扰 is set to 拦截, the default', async () => {
    await chat.type('你有病吧，说了没货还问');
    await chat.input.press('Enter');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
    expect(await chat.guardPanel.textContent()).toContain('辱骂骚扰');
    expect(await chat.guardPanel.locator('mark').allTextContents()).toEqual(['你有病吧']);
    await chat.page.waitForTimeout(300);
    expect(sentTexts()).toEqual([]);
    fs.mkdirSync(SCREENS, { recursive: true });
    await chat.page.screenshot({ path: path.join(SCREENS, 'guard-rude-held.png') });
    // In traditional characters too: the background hands OpenCC's full table to the chat's fold.
    await chat.input.fill('');
    await chat.type('窮鬼');
    await chat.input.press('Enter');
    await expect.poll(() => chat.guardPanel.locator('mark').allTextContents()).toEqual(['窮鬼']);
    expect(sentTexts()).toEqual([]);
  });

  it('sends a clean message untouched, by Enter and by the send button', async () => {
    const first = harness.sim.chat.waitForSent(BUYER);
    await chat.type('亲，这款今天下单明天发货哦');
    await chat.input.press('Enter');
    await first;
    const second = harness.sim.chat.waitForSent(BUYER);
    await chat.type('有其他问题随时联系我');
    await chat.page.locator('.send-btn').click();
    await second;
    expect(sentTexts()).toEqual(['亲，这款今天下单明天发货哦', '有其他问题随时联系我']);
    expect(await chat.guardPanel.count()).toBe(0);
  });

  it('never sends on Shift+Enter or while an IME composition is active', async () => {
    await chat.type('第一行');
    await chat.input.press('Shift+Enter');
    await chat.input.pressSequentially('第二行');
    // An IME confirming a candidate with Enter: keydown carries isComposing (keyCode 229).
    await chat.input.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart'));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
      el.dispatchEvent(new CompositionEvent('compositionend'));
    });
    await chat.page.waitForTimeout(500);
    expect(sentTexts()).toEqual([]);
    expect(await chat.input.inputValue()).toBe('第一行\n第二行');
  });

  it('checks text a quick reply inserts, and lets the agent send anyway where the shop allows it', async () => {
    await chat.page.locator('.quick-reply-btn').click();
    await chat.page.locator('.quick-reply-item', { hasText: '加我微信' }).click();
    await chat.guardPanel.waitFor(); // the typing hint, before any send
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('typing');
    await chat.page.locator('.send-btn').click();
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
    // Contact details may not be sent anyway by default (settings.phraseGuard.allowSendAnyway).
    expect(await chat.page.locator('[data-testid="guard-send-anyway"]').count()).toBe(0);
    expect(sentTexts()).toEqual([]);
  });

  it('checks pasted text', async () => {
    await chat.input.click();
    await chat.input.evaluate((el: HTMLTextAreaElement) => {
      const data = new DataTransfer();
      data.setData('text/plain', '去淘宝搜一下店名');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      el.value = '去淘宝搜一下店名'; // what the browser's default paste does
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await chat.guardPanel.waitFor();
    expect(await chat.guardPanel.textContent()).toContain('提及其他平台');
  });

  it('"仍然发送" sends a held link once the agent chooses to, and counts it', async () => {
    await chat.type('详情可以看 www.example.com 的说明');
    await chat.input.press('Enter');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
    const sent = harness.sim.chat.waitForSent(BUYER);
    await chat.page.locator('[data-testid="guard-send-anyway"]').click();
    expect((await sent).frame.content).toBe('详情可以看 www.example.com 的说明');
    await chat.guardPanel.waitFor({ state: 'detached' });
    await expect.poll(async () => (await guardCounts()).url).toEqual({ held: 1, warned: 0, sentAnyway: 1 });
  });

  it('a category set to 提醒 only warns and the message goes ahead', async () => {
    await setUserSettings({ phraseGuard: { actions: { abuse: 'warn' } } });
    await chat.page.waitForTimeout(300); // the content script reloads settings on change
    const sent = harness.sim.chat.waitForSent(BUYER);
    await chat.type('卧槽，这么快就到了');
    await chat.input.press('Enter');
    expect((await sent).frame.content).toBe('卧槽，这么快就到了');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('warned');
    await setUserSettings({});
  });

  it("the shop's own word is caught in pinyin and traditional characters and held by default (issue 21 item 8)", async () => {
    await setUserSettings({ phraseGuard: { customWords: ['秒杀价'] } });
    await expect.poll(() => storedVariantCount(), { timeout: 10_000 }).toBeGreaterThan(10);
    await chat.page.waitForTimeout(300);
    for (const text of ['今天有miaoshajia哦', '今天有秒殺價哦']) {
      await chat.input.fill('');
      await chat.type(text);
      await chat.input.press('Enter');
      await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
      expect(await chat.guardPanel.textContent()).toContain('店铺自定义违禁词');
    }
    await chat.page.waitForTimeout(300);
    expect(sentTexts()).toEqual([]);
    await setUserSettings({});
  });

  it('issue 21: a refusal is sent; a threat is held; a rewrite is offered and inserted on a trusted click only, never sent', async () => {
    const refusal = '咱们这边不能用微信联系的哈，有问题在这里说就行';
    const sent = harness.sim.chat.waitForSent(BUYER);
    await chat.type(refusal);
    await chat.input.press('Enter');
    expect((await sent).frame.content).toBe(refusal);

    await chat.type('我知道你住哪，你给差评试试');
    await chat.input.press('Enter');
    await expect.poll(() => chat.guardPanel.getAttribute('data-mode')).toBe('held');
    const rewrite = chat.guardPanel.locator('[data-testid="guard-rewrite"]');
    expect(await rewrite.getAttribute('data-kind')).toBe('abuse');
    // A script's click does nothing.
    await rewrite.evaluate((el) => (el as HTMLElement).click());
    await chat.page.waitForTimeout(200);
    expect(await chat.input.inputValue()).toBe('我知道你住哪，你给差评试试');
    fs.mkdirSync(SCREENS, { recursive: true });
    await chat.page.screenshot({ path: path.join(SCREENS, 'guard-rewrite-offered.png') });
    // The agent's click puts the polite wording in the input; nothing is sent for them.
    await rewrite.click();
    await expect.poll(() => chat.input.inputValue()).toContain('非常抱歉');
    await chat.page.waitForTimeout(300);
    expect(sentTexts()).toEqual([refusal]);
    const polite = harness.sim.chat.waitForSent(BUYER);
    await chat.input.press('Enter');
    expect((await polite).frame.content).toContain('非常抱歉');
  });

  it('issue 25: chat.js carries no phrase engine, and a banned line sent right after the page loads is held', async () => {
    const chatJs = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/chat.js'));
    const engineJs = fs.readFileSync(path.join(EXTENSION_DIR, 'phrase-engine.js'), 'utf8');
    // The built-in words of three or more Chinese characters (some are made from combinations at run time): in the injected engine, not in chat.js.
    const words = builtinEntries().map((e) => e.text).filter((w) => /^[\u4e00-\u9fff]{3,}$/.test(w));
    const inChat = words.filter((w) => chatJs.includes(w));
    expect(words.length).toBeGreaterThan(50);
    expect(inChat.length, inChat.slice(0, 5).join('、')).toBeLessThan(words.length * 0.02);
    expect(words.filter((w) => engineJs.includes(w)).length).toBeGreaterThan(words.length * 0.5);
    expect(zlib.gzipSync(chatJs, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);

    // A fresh load: the agent opens the buyer and sends at once, before or after the engine arrives.
    await chat.page.close();
    const tab = await harness.context.newPage();
    chat = new ChatPage(tab, harness);
    await tab.goto(harness.sim.urls.chat);
    await chat.openConversation(BUYER);
    await chat.input.fill('加我微信 13800138000');
    await chat.input.press('Enter');
    await chat.guardPanel.waitFor();
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('held');
    // Held while loading ("正在加载") or for what it holds; once the engine is there, what it holds.
    await expect.poll(() => chat.guardPanel.getAttribute('data-engine')).toBeNull();
    expect(await chat.guardPanel.textContent()).toContain('站外导流');
    await chat.input.press('Enter');
    expect(await chat.guardPanel.getAttribute('data-mode')).toBe('held');
    // A clean line after it goes out: the banned one never went before it.
    const sent = harness.sim.chat.waitForSent(BUYER);
    await chat.input.fill('亲，有问题在这里直接问我就行');
    await chat.input.press('Enter');
    await sent;
    expect(sentTexts()).toEqual(['亲，有问题在这里直接问我就行']);
  });
});
