/**
 * The Firefox build in a real Firefox (Debian's ESR, Chinese UI), which the
 * README promises (Firefox 128+) and which had only ever been built: the
 * page tap in the page's world at document_start, the wait badge and alert,
 * the guard injected into the chat tab holding a contact line on a trusted
 * Enter while a clean line goes out, and the after-sales list's refund
 * badges with the most urgent first, overdue ones counted on the platform's clock. One behaviour each; the Chromium specs
 * test the rest in depth. (The popup is not opened: Firefox refuses a BiDi
 * navigation to a moz-extension page.)
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './firefox/harness';
import { pollUntil } from './pages/poll';

const SHOTS = path.resolve('.output/shots');
const BUYER = '7100000001';
let ff: FirefoxHarness;

beforeAll(async () => {
  ff = await launchFirefox({ sim: { scenario: 'empty', variant: { offHoursGroup: false } } });
});
afterAll(async () => ff?.close());

/** The first element matching `selector` in the document or any open shadow root below it, as an expression. */
const deep = (selector: string) => `(function find(root) {
  const hit = root.querySelector(${JSON.stringify(selector)});
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
  return null;
})(document)`;

/** The text of a buyer's wait badge (its first text node), or null, as an expression. */
const badgeText = (uid: string) => `(() => {
  const host = document.querySelector('kefu-wait-badge[data-buyer="${uid}"]');
  const span = host && host.shadowRoot && host.shadowRoot.querySelector('span');
  return span && span.firstChild ? span.firstChild.textContent : null;
})()`;

const sentTexts = () => ff.sim.chat.messages(BUYER).filter((m) => m.via === 'page').map((m) => m.frame.content);

describe('Firefox: the built extension on the simulated chat page', () => {
  it('counts a waiting buyer: the badge in the row and the alert above the page', async () => {
    ff.sim.chat.addBuyer({ uid: BUYER });
    // 40 s ago: past the 30-second threshold, so the badge is in its second stage.
    ff.sim.chat.buyerSays(BUYER, '在吗，请问有货吗', { at: Date.now() - 40_000 });
    await ff.navigate(ff.sim.urls.chat);
    const badge = await pollUntil(
      'badge',
      () => ff.evaluate<{ text: string; className: string } | null>(`(() => {
        const host = document.querySelector('kefu-wait-badge[data-buyer="${BUYER}"]');
        const span = host && host.shadowRoot && host.shadowRoot.querySelector('span');
        return span ? { text: span.firstChild ? span.firstChild.textContent : '', className: span.className } : null;
      })()`),
      (state) => state !== null && /^0:4\d$/.test(state.text),
      15_000,
    );
    expect(badge!.className).toMatch(/\bl1\b/);
    const alert = await ff.evaluate<string>(`(${deep('[data-testid="wait-alert"]')} || {}).textContent || ''`);
    expect(alert).toContain('1 位买家等待人工回复');
    await ff.screenshot(path.join(SHOTS, 'firefox-chat.png'));
  });

  it('starts a badge for a buyer whose message is pushed on the binary titan socket after the page opened', async () => {
    const LATE = '7100000002';
    expect(ff.sim.variant.chatTransport).toBe('titan');
    expect(ff.sim.titan.opened()).toBeGreaterThan(0); // the page's own titan socket is up
    ff.sim.chat.addBuyer({ uid: LATE });
    ff.sim.chat.buyerSays(LATE, '什么时候发货', { at: Date.now() - 35_000 });
    const badge = await pollUntil('pushed badge', () => ff.evaluate<string | null>(badgeText(LATE)), (text) => text !== null && /^0:3\d$/.test(text), 15_000);
    expect(badge).toMatch(/^0:3\d$/);
  });

  it('holds a contact line on a trusted Enter, sends nothing, and lets a clean line go out', async () => {
    await ff.click(`.chat-list-box .chat-item-box[data-random^="${BUYER}-"]`);
    await pollUntil('conversation', () => ff.evaluate<boolean>(`!!document.querySelector('#msgListContainer [currentuid="${BUYER}"]')`), Boolean, 10_000);
    await ff.click('#replyTextarea');
    await ff.type('加我微信聊');
    await ff.type('\uE007'); // Enter
    const mode = await pollUntil('guard panel', () => ff.evaluate<string | null>(`(${deep('[data-testid="guard-panel"]')} || { getAttribute: () => null }).getAttribute('data-mode')`), (m) => m === 'held', 10_000);
    expect(mode).toBe('held');
    expect(await ff.evaluate<string>(`document.querySelector('#replyTextarea').value`)).toBe('加我微信聊');
    await ff.screenshot(path.join(SHOTS, 'firefox-guard.png'));
    expect(sentTexts()).toEqual([]);

    await ff.evaluate(`(() => { const box = document.querySelector('#replyTextarea'); box.select(); return true; })()`);
    const sent = ff.sim.chat.waitForSent(BUYER);
    await ff.type('亲，有问题在这里直接问我就行');
    await ff.type('\uE007');
    expect((await sent).frame.content).toBe('亲，有问题在这里直接问我就行');
    expect(sentTexts()).toEqual(['亲，有问题在这里直接问我就行']);
  });

  it('colours the after-sales list by time left to the auto-agree, most urgent first', async () => {
    const now = Date.now();
    const HOUR = 3_600_000;
    // Pending requests count down to appliedAt + 48 h: 3 h left and overdue.
    const urgent = ff.sim.aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 1990, shipped: false, appliedAt: now - 45 * HOUR }).id;
    const overdue = ff.sim.aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 990, shipped: false, appliedAt: now - 50 * HOUR }).id;
    await ff.navigate(ff.sim.urls.aftersales);
    const badge = (id: number) => `(() => {
      const host = document.querySelector('kefu-refund-badge[data-aftersales-id="${id}"]');
      const el = host && host.shadowRoot && host.shadowRoot.querySelector('.badge');
      return el ? { text: el.textContent, stage: host.getAttribute('data-stage') } : null;
    })()`;
    type Badge = { text: string; stage: string } | null;
    const late = await pollUntil('overdue badge', () => ff.evaluate<Badge>(badge(overdue)), (b) => b !== null, 15_000);
    // The urgent row's time left comes from the page's own countdown: right whatever the computer's clock says.
    const soon = await ff.evaluate<Badge>(badge(urgent));
    expect(soon!.stage).toBe('urgent');
    expect(soon!.text).toMatch(/^剩 [23] 小时 \d+ 分$/);
    expect(late!.stage).toBe('overdue');
    // How long ago it fell due is counted on the platform's clock, which the chat page above measured and the
    // worker keeps (lib/content/worker-clock.ts): also in the second pass, where Firefox keeps the real time while
    // the simulator's clock is moved hours ahead (the page's countdown stops at 0 and says nothing of it).
    expect(late!.text).toBe('已超时 2 小时');
    const order = await pollUntil(
      'panel',
      () => ff.evaluate<string[]>(`[...(${deep('[data-testid="refund-panel"]')} || document.createElement('i')).querySelectorAll('button.entry')].map((e) => e.getAttribute('data-aftersales-id'))`),
      (ids) => ids.length === 2,
      10_000,
    );
    expect(order).toEqual([String(overdue), String(urgent)]);
    await ff.screenshot(path.join(SHOTS, 'firefox-aftersales.png'));
  });
});
