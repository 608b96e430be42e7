/**
 * Issue 23 item 7 in real Chromium on the simulator's after-sales list, at the
 * 1280 and 1366 px screens agents use: the open panel covers none of any row's
 * amounts (实付 / 退款金额), logistics (发货, carrier and number, 最新物流), the
 * page's own countdown or its actions; once the agent collapses it, it stays
 * collapsed after a reload; its stage counts are over every list page seen.
 * Screenshots: test/e2e/.screens/aftersales-layout-<width>.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';
import { AftersalesPage } from './pages/aftersales-page';

const MIN = 60_000;
const HOUR = 60 * MIN;
const SCREENS = path.resolve('test/e2e/.screens');
let harness: Harness;
let overdueId = '';

beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty' } });
  const { sim } = harness;
  const now = Date.now();
  // The oldest request (overdue) lands on page 2; page 1 holds urgent and calm ones, some shipped with a tracking number.
  overdueId = String(sim.aftersales.addRequest({ type: '仅退款', reason: '不想要了', amountFen: 990, shipped: false, appliedAt: now - 50 * HOUR }).id);
  for (let i = 0; i < 12; i++) {
    const shipped = i % 3 === 0;
    sim.aftersales.addRequest({
      type: i % 2 ? '退货退款' : '仅退款',
      reason: '不想要了',
      amountFen: 1990 + i,
      shipped,
      ...(shipped ? { trackingNo: `77310000${String(i).padStart(4, '0')}` } : {}),
      appliedAt: now - (i < 3 ? 45 : 20) * HOUR + i * MIN,
    });
  }
  fs.mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => harness?.close());

type Box = { left: number; right: number; top: number; bottom: number; text: string };

/** The rows' parts the panel must leave visible, found by their text as an agent reads them. */
async function keptClear(list: AftersalesPage): Promise<Box[]> {
  return list.cards.evaluateAll((cards) => {
    const parts = /实付|退款金额|已发货|未发货|待发货|快递|最新物流|系统将自动退款|^查看详情$|^同意退款$|^添加备注$/;
    const out: Array<{ left: number; right: number; top: number; bottom: number; text: string }> = [];
    for (const card of cards) {
      for (const el of card.querySelectorAll('*')) {
        const text = (el.textContent ?? '').trim();
        // The smallest elements holding a part: no child holds it alone.
        if (!parts.test(text) || [...el.children].some((c) => parts.test((c.textContent ?? '').trim()))) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.bottom > 0 && r.top < innerHeight) out.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, text });
      }
    }
    return out;
  });
}

async function expectCoversNothing(list: AftersalesPage): Promise<void> {
  const panel = (await list.panel.boundingBox())!;
  const boxes = await keptClear(list);
  expect(boxes.length).toBeGreaterThan(10);
  for (const b of boxes) {
    const overlaps = b.left < panel.x + panel.width && b.right > panel.x && b.top < panel.y + panel.height && b.bottom > panel.y;
    expect(overlaps, JSON.stringify({ part: b, panel })).toBe(false);
  }
}

describe.each([1280, 1366])('after-sales panel at %i px', (width) => {
  it('opens by itself for urgent refunds covering no amount, logistics, countdown or action; while scrolling too', async () => {
    const tab = await harness.context.newPage();
    await tab.setViewportSize({ width, height: 800 });
    const list = new AftersalesPage(tab, harness);
    await list.forgetPanelChoice();
    await tab.goto(harness.sim.urls.aftersales);
    await list.cards.first().waitFor();
    await expect.poll(() => list.panel.getAttribute('data-collapsed'), { timeout: 10_000 }).toBe('false');
    await expectCoversNothing(list);
    // Nor the list's own search field and filter tabs above the rows (it covered both at these widths).
    const panel = (await list.panel.boundingBox())!;
    for (const control of [tab.locator('input[placeholder^="请输入订单号"]'), tab.locator('[role="tablist"]').first()]) {
      const c = (await control.boundingBox())!;
      const overlaps = c.x < panel.x + panel.width && c.x + c.width > panel.x && c.y < panel.y + panel.height && c.y + c.height > panel.y;
      expect(overlaps, JSON.stringify({ control: c, panel })).toBe(false);
    }
    await tab.screenshot({ path: path.join(SCREENS, `aftersales-layout-${width}.png`) });
    for (const y of [300, 700]) {
      await tab.mouse.wheel(0, y);
      await tab.waitForTimeout(300);
      await expectCoversNothing(list);
    }
    // Scrolled down, the rows are under the top bar: so is the panel, as tall as the screen allows.
    expect((await list.panel.boundingBox())!.y).toBeLessThan(panel.y);
    await tab.close();
  });

  it('collapsed by the agent, it stays collapsed after a reload though refunds are urgent', async () => {
    const tab = await harness.context.newPage();
    await tab.setViewportSize({ width, height: 800 });
    const list = await AftersalesPage.open(harness, harness.sim.urls.aftersales, tab);
    await expect.poll(() => list.panel.getAttribute('data-collapsed'), { timeout: 10_000 }).toBe('false');
    await list.panelToggle.click();
    await expect.poll(() => list.panel.getAttribute('data-collapsed')).toBe('true');
    await tab.reload();
    await list.cards.first().waitFor();
    await list.panel.waitFor();
    await tab.waitForTimeout(2_000); // a few ticks: nothing reopens it
    expect(await list.panel.getAttribute('data-collapsed')).toBe('true');
    expect(Number(await list.panel.getAttribute('data-urgent'))).toBeGreaterThan(0);
    await tab.close();
  });
});

describe('stage counts over every list page seen', () => {
  it('page 1 counts the overdue refund of page 2 after page 2 was seen; page 2 counts page 1\'s urgent ones', async () => {
    const tab = await harness.context.newPage();
    await tab.setViewportSize({ width: 1366, height: 800 });
    const list = new AftersalesPage(tab, harness);
    await list.forgetPanelChoice();
    await tab.goto(harness.sim.urls.aftersales);
    await list.cards.first().waitFor();
    await expect.poll(() => list.panel.getAttribute('data-collapsed'), { timeout: 10_000 }).toBe('false');
    expect(await list.cardIds()).not.toContain(overdueId);
    expect((await list.panelCounts()).overdue).toBe(0);
    const urgentOnPage1 = (await list.panelCounts()).urgent!;
    expect(urgentOnPage1).toBeGreaterThan(0);

    await list.rebuildBy(() => list.pagerItem(2).click());
    expect(await list.cardIds()).toContain(overdueId);
    // This page's urgent ones (listed) and page 1's (counted, not listed).
    await expect.poll(async () => (await list.panelEntries()).some((e) => e.id === overdueId), { timeout: 5_000 }).toBe(true);
    const urgentOnPage2 = (await list.panelEntries()).filter((e) => e.stage === 'urgent').length;
    await expect.poll(() => list.panelCounts(), { timeout: 5_000 }).toMatchObject({ overdue: 1, urgent: urgentOnPage1 + urgentOnPage2 });
    expect(Number(await list.panel.locator('[data-testid="refund-counts"]').getAttribute('data-other-pages'))).toBeGreaterThan(0);
    const both = await list.panelCounts();

    await list.rebuildBy(() => list.pagerItem(1).click());
    await expect.poll(() => list.panelCounts(), { timeout: 5_000 }).toEqual(both);
    expect(await list.panel.locator('[data-testid="refund-counts"]').innerText()).toContain('其他页');
    await tab.screenshot({ path: path.join(SCREENS, 'aftersales-layout-pages.png') });
    await tab.close();
  });
});
