/**
 * The red-team finding of 2026-12-07 kept as an e2e test, in real Chromium: a
 * page that moves waiting buyers to 已回复 makes the chat session record
 * human replies inferred from the page (blind-page.e2e.ts shows that path);
 * on days where the shop passes only thanks to such replies, the popup's
 * signup check says 不确定 with the reason, never 可以报名. The days are
 * seeded through the content scripts' own message (chat/events), each buyer
 * answered within a minute: half by replies the traffic brought, half by
 * replies inferred from the page; a second shop with every reply brought by
 * the traffic passes, so the threshold and the seeding are not what decides.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS, type BeijingDay } from '../../lib/clock';
import type { AccountInfo, ChatEvent } from '../../lib/events';
import type { Request } from '../../lib/messages';
import { SETTINGS_KEY } from '../../lib/settings/keys';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/types';
import { launchHarness, type Harness } from './harness';
import { awayFromMidnight, dayHeartbeats, PopupPage, sendAll } from './pages/popup-page';

const SHOTS = path.resolve('.output/shots');
let harness: Harness;
let today: BeijingDay;
const BUYERS = 120;

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, signup: { preset: 'rate1h-3d', thresholds: { ...DEFAULT_SETTINGS.signup.thresholds, rate1h: 0.8 } } };

/** A day of `BUYERS` buyers, each answered after 40 s; every other reply inferred from the page when `inferred`. */
function dayEvents(day: BeijingDay, inferred: boolean): ChatEvent[] {
  const start = beijingDayStart(day) + 9 * HOUR_MS;
  return Array.from({ length: BUYERS }, (_, i): ChatEvent[] => {
    const conversationId = `c-${day}-${i}`;
    const buyerId = `b-${day}-${i}`;
    const at = start + i * 5 * MINUTE_MS;
    const reply: ChatEvent = { kind: 'human', conversationId, buyerId, messageId: `m-${day}-${i}-h`, at: at + 40 * SECOND_MS };
    return [{ kind: 'buyer', conversationId, buyerId, messageId: `m-${day}-${i}-b`, at }, inferred && i % 2 === 1 ? { ...reply, inferred: true } : reply];
  }).flat();
}

function seed(account: AccountInfo, inferred: boolean): Request[] {
  return [-3, -2, -1].flatMap((n): Request[] => {
    const day = addDays(today, n);
    return [{ type: 'chat/events', account, events: dayEvents(day, inferred) }, ...dayHeartbeats({ day, buyers: BUYERS, repliedWithinHour: BUYERS, coverage: 1 }).map((at): Request => ({ type: 'chat/heartbeat', account, at }))];
  });
}

const PAGE_SHOP: AccountInfo = { key: '880001:客服甲', mallName: '推断测试店', agentName: '客服甲' };
const TRAFFIC_SHOP: AccountInfo = { key: '880002:客服乙', mallName: '对照店', agentName: '客服乙' };

beforeAll(async () => {
  await awayFromMidnight(10 * MINUTE_MS);
  today = beijingDay(Date.now());
  harness = await launchHarness({ sim: { scenario: 'empty' } });
  const page = await harness.openExtensionPage('managed-schema.json');
  await page.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ [key]: value }),
    [SETTINGS_KEY, SETTINGS] as const,
  );
  await sendAll(page, [...seed(PAGE_SHOP, true), ...seed(TRAFFIC_SHOP, false)]);
  await page.close();
});
afterAll(async () => harness?.close());

describe('a signup day that passes only with replies inferred from the page', () => {
  it('is 不确定 with the reason in the popup; the same days with every reply in the traffic pass', async () => {
    const popup = await PopupPage.open(harness);
    await popup.selectAccount(PAGE_SHOP.key);
    expect((await popup.verdict()).verdict).toBe('unsure');
    for (const n of [-3, -2, -1]) {
      const day = await popup.signupDay(addDays(today, n));
      expect(day.verdict).toBe('unsure');
      expect(day.text).toContain('靠页面推断才达标');
      expect(day.rate).toMatch(/100/); // the estimate itself keeps the replies: someone answered
    }
    await popup.page.getByTestId('signup').screenshot({ path: path.join(SHOTS, 'popup-signup-page-inferred.png') });
    await popup.selectAccount(TRAFFIC_SHOP.key);
    expect((await popup.verdict()).verdict).toBe('pass');
    await popup.page.close();
  });
});
