/**
 * Issue #6 in real Chromium on the simulator: refund-deadline badges and guidance tags
 * on the after-sales list, the "most urgent first" panel, live stage changes, the page's
 * own re-renders, pagination, tabs, 查看详情 and SPA navigation, the snapshot that
 * reaches the background, and the self-check notice. The extension uses the browser's
 * real clock, so requests are back-dated (the simulator clock runs in real time).
 * Run also with TZ=America/New_York: nothing may depend on the machine's zone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';
import { AftersalesPage } from './pages/aftersales-page';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const SCREENS = path.resolve('test/e2e/.screens');

let harness: Harness;
let list: AftersalesPage;
const ids: Record<string, string> = {};

beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty' } });
  const { sim } = harness;
  const now = Date.now();
  const add = (key: string, input: Parameters<typeof sim.aftersales.addRequest>[0]) => (ids[key] = String(sim.aftersales.addRequest(input).id));
  // Pending requests get the page's countdown to appliedAt + 48 h (sim default).
  add('h30', { type: '仅退款', reason: '不想要了', amountFen: 3900, shipped: true, trackingNo: '773100000001', appliedAt: now - 18 * HOUR });
  add('h11', { type: '退货退款', reason: '假货', amountFen: 5900, shipped: false, appliedAt: now - 37 * HOUR });
  add('h3', { type: '仅退款', reason: '不想要了', amountFen: 1990, shipped: false, appliedAt: now - 45 * HOUR });
  add('m40', { type: '退货退款', reason: '多拍错拍', amountFen: 2990, shipped: false, appliedAt: now - (47 * HOUR + 20 * MIN) });
  add('overdue', { type: '仅退款', reason: '不想要了', amountFen: 990, shipped: false, appliedAt: now - 50 * HOUR });
  // Crosses from calm (> 12 h) into warn about 25 s after the page opens.
  add('crossing', { type: '仅退款', reason: '不想要了', amountFen: 1290, shipped: false, appliedAt: now - 36 * HOUR + 25 * SEC });
  add('refunded', { type: '仅退款', reason: '不想要了', amountFen: 990, shipped: false, status: 'refunded', appliedAt: now - 100 * HOUR });
  list = await AftersalesPage.open(harness);
  await list.badge(ids.overdue!).waitFor();
});
afterAll(async () => harness?.close());

describe('refund badges and panel', () => {
  it('30 h, 11 h, 3 h, 40 min left and overdue: texts, stage colours and the panel order', async () => {
    const expected: Array<[string, RegExp, string]> = [
      ['h30', /^剩 (29|30) 小时 \d+ 分$/, 'calm'],
      ['h11', /^剩 1[01] 小时 \d+ 分$/, 'warn'],
      ['h3', /^剩 [23] 小时 \d+ 分$/, 'urgent'],
      ['m40', /^剩 (39|40) 分$/, 'critical'],
      ['overdue', /^已超时 2 小时$/, 'overdue'],
    ];
    for (const [key, text, stage] of expected) {
      const state = await list.badgeState(ids[key]!);
      expect(state?.text, key).toMatch(text);
      expect(state?.stage, key).toBe(stage);
    }
    expect(await list.badgeState(ids.refunded!)).toBeNull(); // needs no action
    const colour = await list.badge(ids.overdue!).evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector('.badge')!).backgroundColor);
    expect(colour).toBe('rgb(130, 0, 20)');
    const estimate = list.badge(ids.h3!).locator('.est');
    await expect(estimate.textContent()).resolves.toBe('插件估算');
    expect(await estimate.getAttribute('title')).toMatch(/48小时.*§3/);

    // At 1280 px the list leaves no free margin, but refunds are urgent: the panel opens by
    // itself, left of the rows' 查看详情 / 同意退款 links; collapsed, its tab counts the urgent ones.
    await expect.poll(() => list.panel.getAttribute('data-collapsed')).toBe('false');
    await expectClearOfRowActions(list);
    await list.panelToggle.click();
    await expect.poll(() => list.panel.getAttribute('data-collapsed')).toBe('true');
    expect(await list.panel.textContent()).toMatch(/^3/); // overdue, ≤ 1 h, 1–4 h; not all 6 pending
    await list.panelToggle.click();
    await expect.poll(() => list.panel.getAttribute('data-collapsed')).toBe('false');
    expect((await list.panelEntries()).map((e) => e.id)).toEqual(['overdue', 'm40', 'h3', 'h11', 'crossing', 'h30'].map((k) => ids[k]));
    expect(await list.panelCounts()).toEqual({ overdue: 1, critical: 1, urgent: 1, warn: 1, calm: 2 });

    fs.mkdirSync(SCREENS, { recursive: true });
    await list.page.screenshot({ path: path.join(SCREENS, 'aftersales-overlay.png') });
  });

  it('guidance tags: a shipped refund-only row and a 假货 row; plain rows have none', async () => {
    expect((await list.badgeState(ids.h30!))!.flags).toEqual(['shippedRefundOnly']);
    expect((await list.badgeState(ids.h11!))!.flags).toEqual(['escalateReason']);
    expect((await list.badgeState(ids.h3!))!.flags).toEqual([]);
    const tag = list.badge(ids.h11!).locator('[data-flag="escalateReason"]');
    expect(await tag.textContent()).toBe('勿自行同意，请主管处理');
    expect(await tag.getAttribute('title')).toMatch(/§3/);
  });

  it('the snapshot reaches the background (the popup\'s summary counts)', async () => {
    const deadline = Date.now() + 15 * SEC;
    let refunds = (await list.summary()).refunds;
    while (refunds.pending !== 6 && Date.now() < deadline) {
      await list.page.waitForTimeout(500);
      refunds = (await list.summary()).refunds;
    }
    expect(refunds).toMatchObject({ pending: 6, overdue: 1, critical: 1, urgent: 1 });
    expect(refunds.warn + refunds.calm).toBe(3);
    expect(refunds.seenAt).toBeGreaterThan(Date.now() - 5 * MIN);
  });

  it('the clock moves a row into the next stage, live', async () => {
    const before = await list.badgeState(ids.crossing!);
    expect(before!.text).toMatch(/^剩 12 小时 0 分$/);
    await list.waitForBadge(ids.crossing!, (s) => s?.stage === 'warn', 40 * SEC);
    // At exactly 12:00:00 left the text still reads 12 h 0 min ("≤ 12 h"); a second later 11 h 59 min.
    await list.waitForBadge(ids.crossing!, (s) => s?.text === '剩 11 小时 59 分' && s.stage === 'warn', 3 * SEC);
    expect((await list.panelEntries()).find((e) => e.id === ids.crossing)?.stage).toBe('warn');
  });

  it('a click in the panel scrolls to the row and highlights it', async () => {
    await list.panel.locator(`button.entry[data-aftersales-id="${ids.h30}"]`).click();
    const outline = list.page.locator('kefu-refund-panel [data-testid="refund-outline"]');
    await outline.waitFor();
    const [card, box] = await Promise.all([list.card(ids.h30!).boundingBox(), outline.boundingBox()]);
    expect(Math.abs(card!.y - box!.y)).toBeLessThan(12);
    expect(await list.badge(ids.h30!).locator('.badge').getAttribute('class')).toContain('flash');
    // The agent folds the panel away again (remembered): a tab on the right edge that covers no control.
    await list.panelToggle.click();
    await expect.poll(() => list.panel.getAttribute('data-collapsed')).toBe('true');
    const tab = await list.panel.boundingBox();
    expect(tab!.x).toBeGreaterThan(1280 - 40);
  });
});

describe('the page keeps working, the overlay keeps up', () => {
  it('re-render, pagination and back: badges re-attached, never duplicated', async () => {
    const { sim } = harness;
    const now = Date.now();
    for (let i = 1; i <= 6; i++) {
      sim.aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 1000 + i, shipped: false, appliedAt: now - i * HOUR });
    }
    const oldFirst = await list.cards.first().elementHandle();
    sim.aftersales.rerender();
    await list.page.waitForFunction((el) => !el?.isConnected, oldFirst);
    await expect.poll(async () => (await list.badgeHosts()).length, { timeout: 5000 }).toBe(10);
    let hosts = await list.badgeHosts();
    expect(new Set(hosts.map((h) => h.id)).size).toBe(10);
    expect(hosts.every((h) => h.inCard)).toBe(true);
    expect((await list.cardIds()).sort()).toEqual(hosts.map((h) => h.id).sort());

    await list.rebuildBy(() => list.pagerItem(2).click());
    expect(await list.cardIds()).toEqual([ids.m40, ids.overdue, ids.refunded]);
    await expect.poll(async () => (await list.badgeHosts()).map((h) => h.id).sort(), { timeout: 5000 }).toEqual([ids.m40, ids.overdue].sort());
    expect(await list.panel.textContent()).toMatch(/^3/); // the folded panel counts the urgent ones of every page seen: 2 here, h3 on page 1 (issue 23 item 7)

    const page2First = await list.cards.first().elementHandle();
    sim.aftersales.rerender();
    await list.page.waitForFunction((el) => !el?.isConnected, page2First);
    await list.page.waitForTimeout(1500);
    hosts = await list.badgeHosts();
    expect(hosts.map((h) => h.id).sort()).toEqual([ids.m40, ids.overdue].sort());
    expect(hosts.every((h) => h.inCard)).toBe(true);

    await list.rebuildBy(() => list.pagerItem(1).click());
    await expect.poll(async () => (await list.badgeHosts()).length, { timeout: 5000 }).toBe(10);
    expect(await list.page.locator('kefu-refund-panel').count()).toBe(1);
  });

  it('filter tabs still filter, and the badges follow', async () => {
    await list.rebuildBy(() => list.tab('退货退款').click());
    expect((await list.cardIds()).sort()).toEqual([ids.h11, ids.m40].sort());
    await expect.poll(async () => (await list.badgeHosts()).map((h) => h.id).sort(), { timeout: 5000 }).toEqual([ids.h11, ids.m40].sort());
    expect(await list.tab('退货退款').getAttribute('aria-selected')).toBe('true');
    await list.rebuildBy(() => list.tab('全部').click());
    await expect.poll(async () => (await list.badgeHosts()).length, { timeout: 5000 }).toBe(10);
  });

  it('查看详情 still opens the detail page, which shows the same deadline', async () => {
    const [detail] = await Promise.all([
      harness.context.waitForEvent('page'),
      list.card(ids.h3!).getByText('查看详情', { exact: true }).click(),
    ]);
    await detail.waitForLoadState();
    expect(detail.url()).toContain(`/aftersales-ssr/detail?id=${ids.h3}`);
    const badge = detail.locator(`kefu-refund-badge[data-aftersales-id="${ids.h3}"] .badge`);
    await badge.waitFor();
    expect(await badge.textContent()).toMatch(/^剩 [23] 小时 \d+ 分$/);
    expect(await detail.locator('kefu-refund-panel [data-testid="refund-panel"]').count()).toBe(0);
    await detail.close();
  });

  it('SPA navigation: the overlay leaves with the list and comes back with it', async () => {
    const page = list.page;
    await page.locator('[data-testid="mms-sidenav-item"]', { hasText: '工单' }).click();
    await page.waitForURL(/work_order/);
    await expect.poll(async () => page.locator('kefu-refund-badge, kefu-refund-panel').count(), { timeout: 5000 }).toBe(0);
    await page.goBack();
    await page.waitForURL(/aftersale_list/);
    await expect.poll(async () => (await list.badgeHosts()).length, { timeout: 8000 }).toBe(10);
    await page.locator('[data-testid="mms-sidenav-item"]', { hasText: '首页' }).click();
    await expect.poll(async () => page.locator('kefu-refund-badge, kefu-refund-panel').count(), { timeout: 5000 }).toBe(0);
    await page.locator('[data-testid="mms-sidenav-item"]', { hasText: '售后工作台' }).click();
    await expect.poll(async () => (await list.badgeHosts()).length, { timeout: 8000 }).toBe(10);
  });
});

/** The open panel overlaps none of the page's own row actions. */
async function expectClearOfRowActions(page: AftersalesPage): Promise<void> {
  const panel = (await page.panel.boundingBox())!;
  const actions = await page.page.locator('a, button').filter({ hasText: /^(查看详情|同意退款)$/ }).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  expect(actions.length).toBeGreaterThan(0);
  for (const a of actions) {
    const overlaps = a.left < panel.x + panel.width && a.right > panel.x && a.top < panel.y + panel.height && a.bottom > panel.y;
    expect(overlaps, JSON.stringify({ a, panel })).toBe(false);
  }
}

describe('wide screen', () => {
  it('at 1366 px with urgent refunds the panel opens by itself and leaves the row actions clear', async () => {
    await list.forgetPanelChoice();
    const mid = await harness.context.newPage();
    await mid.setViewportSize({ width: 1366, height: 800 });
    const page = await AftersalesPage.open(harness, harness.sim.urls.aftersales, mid);
    try {
      await page.panel.waitFor();
      await expect.poll(() => page.panel.getAttribute('data-collapsed')).toBe('false');
      await expectClearOfRowActions(page);
    } finally {
      await mid.close();
    }
  });

  it('the panel opens by itself where the page leaves a free margin, and covers no row', async () => {
    await list.forgetPanelChoice();
    const wide = await harness.context.newPage();
    await wide.setViewportSize({ width: 1920, height: 1000 });
    const page = await AftersalesPage.open(harness, harness.sim.urls.aftersales, wide);
    try {
      await page.panel.waitFor();
      await expect.poll(() => page.panel.getAttribute('data-collapsed')).toBe('false');
      const [panel, card] = await Promise.all([page.panel.boundingBox(), page.cards.first().boundingBox()]);
      expect(panel!.x).toBeGreaterThan(card!.x + card!.width);
      await page.page.screenshot({ path: path.join(SCREENS, 'aftersales-overlay-wide.png') });
    } finally {
      await wide.close();
    }
  });
});

describe('page variants', () => {
  it('countdown without spaces reads the same', async () => {
    harness.sim.setVariant({ aftersalesCountdownCompact: true });
    const compact = await AftersalesPage.open(harness);
    try {
      expect(await compact.cards.first().textContent()).toMatch(/（\d+天\d+时\d+分\d+秒未处理，系统将自动退款）/);
      const state = await compact.waitForBadge(ids.h3!, (s) => s !== null);
      expect(state).toMatchObject({ stage: 'urgent' });
      expect(state!.text).toMatch(/^剩 [12] 小时 \d+ 分$/);
    } finally {
      harness.sim.setVariant({ aftersalesCountdownCompact: false });
      await compact.page.close();
    }
  });

  it('self-check fails (other wording): the notice and no badges', async () => {
    harness.sim.setVariant({ aftersalesBroken: true });
    const broken = await AftersalesPage.open(harness);
    try {
      await broken.notice.waitFor({ timeout: 10_000 });
      expect(await broken.notice.textContent()).toContain('页面未识别');
      expect(await broken.badges().count()).toBe(0);
      expect(await broken.panel.count()).toBe(0);
    } finally {
      harness.sim.setVariant({ aftersalesBroken: false });
      await broken.page.close();
    }
  });
});
