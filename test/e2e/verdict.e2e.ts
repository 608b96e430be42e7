/**
 * Issue 23 in real Chromium: one shop, three agents and an owner. The shop's
 * computer records the three agents' chats (through the message contract) and
 * the owner opens 服务数据 there, so the platform's shop-wide figures of the 3
 * days before today are in; the owner's own browser opens only 服务数据 and the
 * Team page with the agents' files. Each agent's popup, the owner's popup and
 * the Team page must give the same verdict on the same basis, and change
 * together when the signup rule's threshold changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, MINUTE_MS, type BeijingDay } from '../../lib/clock';
import { SETTINGS_KEY } from '../../lib/settings/keys';
import { DEFAULT_SETTINGS } from '../../lib/settings/types';
import type { Settings } from '../../lib/settings/types';
import { launchHarness, type Harness } from './harness';
import { pollUntil } from './pages/poll';
import { readStore } from './pages/store';
import { awayFromMidnight, PopupPage, scenarioRequests, sendAll } from './pages/popup-page';

const SHOTS = path.resolve('.output/shots');
const MALL = { mallId: '556677', mallName: '报名测试店', username: '客服A' };
const AGENTS = ['客服A', '客服B', '客服C'].map((name) => ({ key: `${MALL.mallId}:${name}`, mallName: MALL.mallName, agentName: name }));
let shopPc: Harness;
let ownerPc: Harness;
let today: BeijingDay;
const day = (n: number) => addDays(today, n);

/** The platform's shop-wide figures: yesterday at 72 % (below 80 %, above 70 %). */
const OFFICIAL = {
  '-3': { consultUserCnt: 212, needManuReplyConsultUserCnt: 190, receiveUserCnt: 188, manuReplyRate3Min: 0.91, artificialResponseTime: 38 },
  '-2': { consultUserCnt: 175, needManuReplyConsultUserCnt: 160, receiveUserCnt: 158, manuReplyRate3Min: 0.86, artificialResponseTime: 44 },
  '-1': { consultUserCnt: 240, needManuReplyConsultUserCnt: 221, receiveUserCnt: 219, manuReplyRate3Min: 0.72, artificialResponseTime: 47 },
} as const;

const settingsWith = (threshold: number): Settings => ({
  ...DEFAULT_SETTINGS,
  team: { shopSecret: '', agentCount: 3 },
  signup: { preset: 'rate3min-3d', thresholds: { ...DEFAULT_SETTINGS.signup.thresholds, rate3min: threshold } },
});

async function setSettings(h: Harness, settings: Settings): Promise<void> {
  const page = await h.openExtensionPage('managed-schema.json');
  await page.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ [key]: value }),
    [SETTINGS_KEY, settings] as const,
  );
  await page.close();
}

/** Opens 服务数据 and waits until the 3 days are stored (the page's own calls: 近1天, then two picked days). */
async function visitServiceData(h: Harness): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(h.sim.urls.serviceData);
  const helper = await h.openExtensionPage('managed-schema.json');
  const stored = (n: number) => pollUntil(`day ${n}`, () => readStore<{ from: string; to: string }>(helper, 'officialFigures'), (all) => all.some((r) => r.from === day(n) && r.to === day(n)), 10_000);
  await stored(-1);
  for (const n of [-2, -3]) {
    await page.evaluate((d) => {
      const [from, to] = ['range-from', 'range-to'].map((id) => document.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!);
      from!.value = d;
      to!.value = d;
      from!.dispatchEvent(new Event('change'));
    }, day(n));
    await stored(n);
  }
  await helper.close();
  await page.close();
}

/** The verdict a screen gives: its outcome, headline kind and what its days rest on. */
interface Seen {
  text?: string;
  outcome: string | null;
  basis: string | null;
  days: Array<string | null>;
}

async function popupVerdict(h: Harness, account?: string, shot?: string): Promise<Seen & { kind: string | null; text: string }> {
  const popup = await PopupPage.open(h);
  if (account) {
    await popup.page.getByTestId('account').selectOption(account);
    await popup.page.locator(`[data-testid=popup][data-account="${account}"] [data-testid=signup]`).waitFor();
  }
  const card = popup.page.getByTestId('signup');
  const seen = {
    outcome: await card.getAttribute('data-verdict'),
    kind: await card.getAttribute('data-kind'),
    basis: await card.getAttribute('data-basis'),
    days: await Promise.all([-3, -2, -1].map((n) => popup.page.getByTestId(`signup-day-${day(n)}`).getAttribute('data-basis'))),
    text: await popup.text('signup-verdict'),
  };
  if (shot) await popup.page.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
  await popup.page.close();
  return seen;
}

let files: Array<{ name: string; mimeType: string; buffer: Buffer }> = [];

async function teamVerdict(page: Page, shot?: string): Promise<Seen> {
  const card = page.getByTestId('team-signup');
  await card.waitFor();
  const seen = {
    outcome: await card.getAttribute('data-verdict'),
    basis: await card.getAttribute('data-basis'),
    days: await Promise.all([-3, -2, -1].map((n) => page.getByTestId(`team-signup-${day(n)}`).getAttribute('data-basis'))),
  };
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
  return seen;
}

beforeAll(async () => {
  await awayFromMidnight(2 * MINUTE_MS);
  today = beijingDay(Date.now());
  fs.mkdirSync(SHOTS, { recursive: true });
  const sim = { scenario: 'empty' as const, account: MALL, variant: { offHoursGroup: false } };
  [shopPc, ownerPc] = await Promise.all([launchHarness({ sim }), launchHarness({ sim })]);
  for (const h of [shopPc, ownerPc]) for (const [n, figures] of Object.entries(OFFICIAL)) h.sim.official.setDay(day(Number(n)), figures);
  await Promise.all([setSettings(shopPc, settingsWith(0.8)), setSettings(ownerPc, settingsWith(0.8))]);
  // Each agent's chats of the 3 days, recorded on the shop's computer; every agent well above 80 % on its own.
  const helper = await shopPc.openExtensionPage('managed-schema.json');
  for (const [i, account] of AGENTS.entries()) {
    await sendAll(helper, scenarioRequests({ account, plans: [-3, -2, -1].map((n) => ({ day: day(n), buyers: 30 + i * 5, repliedWithinHour: 30 + i * 5, coverage: 1 })) }));
  }
  const exported = (await sendAll(helper, AGENTS.map((a) => ({ type: 'team/export' as const, account: a.key })))) as Array<{ filename: string; body: string }>;
  files = exported.map((f) => ({ name: f.filename, mimeType: 'application/json', buffer: Buffer.from(f.body) }));
  await helper.close();
}, 4 * 60_000);
afterAll(async () => Promise.all([shopPc?.close(), ownerPc?.close()]));

describe('one verdict on every screen (issue 23)', () => {
  it('the owner\'s popup after visiting only 服务数据: the platform figures, the verdict from them, the Team page link', async () => {
    const empty = await PopupPage.open(ownerPc);
    expect(await empty.page.getAttribute('[data-testid=popup]', 'data-state')).toBe('empty');
    await empty.page.close();
    await visitServiceData(ownerPc);
    const popup = await PopupPage.open(ownerPc);
    expect(await popup.page.getAttribute('[data-testid=popup]', 'data-state')).toBe('ready');
    expect(await popup.page.getByTestId('signup').getAttribute('data-verdict')).toBe('fail');
    expect(await popup.text('signup-basis')).toBe('依据：平台');
    expect(await popup.page.getByTestId(`signup-day-${day(-1)}`).getByTestId('signup-rate').innerText()).toBe('72%');
    expect(await popup.page.locator('[data-testid=signup-team-link] a').getAttribute('href')).toBe('/team.html');
    await popup.page.screenshot({ path: `${SHOTS}/verdict-owner-popup.png`, fullPage: true });
    await popup.page.close();
  });

  it('three agents\' popups, the owner\'s popup and the Team page: the same verdict on the same basis, changing together', async () => {
    await visitServiceData(shopPc);
    const team = await ownerPc.openExtensionPage('team.html');
    await team.setViewportSize({ width: 1200, height: 1400 });
    await team.locator('[data-testid="team-file-input"]').setInputFiles(files);
    await team.locator('[data-testid="team-page"][data-files="3"]').waitFor();

    for (const [threshold, outcome, headline] of [[0.8, 'fail', '不能报名'], [0.7, 'pass', '可以报名']] as const) {
      await Promise.all([setSettings(shopPc, settingsWith(threshold)), setSettings(ownerPc, settingsWith(threshold))]);
      const tag = threshold === 0.8 ? '80' : '70';
      const screens: Array<[string, Seen]> = [];
      for (const [i, a] of AGENTS.entries()) screens.push([a.agentName, await popupVerdict(shopPc, a.key, i === 0 ? `verdict-agent-popup-${tag}.png` : undefined)]);
      screens.push(['owner', await popupVerdict(ownerPc, undefined, `verdict-owner-popup-${tag}.png`)]);
      await team.locator(`[data-testid=team-signup][data-verdict=${outcome}]`).waitFor(); // follows the settings live
      screens.push(['team', await teamVerdict(team, `verdict-team-${tag}.png`)]);
      for (const [who, seen] of screens) {
        expect([who, seen.outcome, seen.basis, seen.days]).toEqual([who, outcome, 'platform', ['platform', 'platform', 'platform']]);
      }
      for (const [who, seen] of screens.slice(0, 4)) expect([who, seen.text]).toEqual([who, expect.stringContaining(headline)]);
      expect(await team.getByTestId('team-signup-verdict').innerText()).toBe(headline);
    }
    await team.close();
  });
});
