/**
 * WCAG 2.1 AA with axe-core (issue 26) in real Chromium with the built extension: every extension
 * page (popup empty and with a day's figures, options, welcome, rules, team with an imported
 * file) and every overlay on the simulator (wait badges and the longest-wait alert, the guard
 * panel, the after-sales badges and panel) has no serious or critical violation. On the merchant
 * pages only the extension's own shadow hosts ([data-kefu-guard]) are checked: the page is not ours.
 * axe.min.js is injected with addScriptTag, as a careful reviewer would run it (see serious()).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, HOUR_MS, MINUTE_MS } from '../../lib/clock';
import { launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';
import { awayFromMidnight, PopupPage, reportWaiting, scenarioRequests, sendAll } from './pages/popup-page';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string; any: Array<{ data?: unknown }> }>;
}

/** One line per violation: the rule, how many nodes, and the distinct findings (colours and ratio for contrast). */
function describeViolation(v: Violation): string {
  const findings = [...new Set(v.nodes.map((n) => JSON.stringify(n.any[0]?.data ?? n.failureSummary ?? '')))];
  return `${v.id} (${v.impact}) × ${v.nodes.length}: ${v.help}; e.g. ${JSON.stringify(v.nodes[0]?.target)}; ${findings.slice(0, 8).join(' | ')}`;
}

/** Runs axe on the page (or only inside the extension's shadow hosts) and returns serious/critical violations. */
async function serious(page: Page, opts: { ownHostsOnly?: boolean } = {}): Promise<string[]> {
  // The extension's pages have script-src 'self' (an inline script tag is refused there): the
  // same file is then evaluated through DevTools, which the page's CSP does not govern.
  await page.addScriptTag({ path: AXE }).catch(() => page.evaluate(fs.readFileSync(AXE, 'utf8')));
  const violations = await page.evaluate(
    async ({ tags, ownHostsOnly }) => {
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const context = ownHostsOnly ? { include: [['[data-kefu-guard]']] } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations;
    },
    { tags: TAGS, ownHostsOnly: opts.ownHostsOnly ?? false },
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describeViolation);
}

/**
 * Visible Chinese text drawn below 12 px (issue 26): in the whole page, or only inside the
 * extension's shadow hosts. SVG text counts at its size on screen (its font size times the
 * drawing's scale). Returns "text size" lines, none when every Han character is ≥ 12 px.
 */
async function smallChinese(page: Page, opts: { ownHostsOnly?: boolean } = {}): Promise<string[]> {
  return page.evaluate((ownHostsOnly) => {
    const found: string[] = [];
    const visit = (root: Node, ours: boolean) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof Element) {
          if (n.shadowRoot) visit(n.shadowRoot, ours || n.hasAttribute('data-kefu-guard'));
          continue;
        }
        const text = n.textContent ?? '';
        const el = n.parentElement;
        if (!ours || !el || !/[\u3400-\u9fff]/.test(text)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const style = getComputedStyle(el);
        if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0) || style.visibility !== 'visible') continue;
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        const size = parseFloat(style.fontSize) * scale;
        if (size < 11.95) found.push(`${text.trim().slice(0, 24)} ${size.toFixed(1)}px`);
      }
    };
    visit(document, !ownHostsOnly);
    return found;
  }, opts.ownHostsOnly ?? false);
}

/** The focus ring of the focused element (inside open shadow roots too): outline style, width (px) and colour. */
async function focusRing(page: Page): Promise<{ name: string; ours: boolean; visible: boolean; style: string; width: number; colour: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let ours = false;
    while (el?.shadowRoot?.activeElement) {
      ours ||= el.hasAttribute('data-kefu-guard');
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return { name: '', ours, visible: false, style: 'none', width: 0, colour: '' };
    // A transparent native input (a switch) shows its focus on the control drawn beside it; a
    // visually hidden one (1 px, clipped: the file picker) on the label drawn around it.
    const box = el.getBoundingClientRect();
    const drawn = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : box.width <= 1 && box.height <= 1 ? el.closest('label') : el;
    const style = getComputedStyle(drawn ?? el);
    const name = (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 30);
    return { name, ours, visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
  });
}

/** Presses `key` `n` times and returns the focus ring at each stop. */
async function ringsAlong(page: Page, key: string, n: number) {
  const rings = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(key);
    rings.push(await focusRing(page));
  }
  return rings;
}

/** WCAG contrast of an "rgb(r, g, b)" colour against white. */
function onWhite(colour: string): number {
  const channels = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => Number(c) / 255);
  const lin = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  return 1.05 / (l + 0.05);
}

/** A ring that shows (WCAG 2.4.7, and 1.4.11's 3:1 for what it draws): :focus-visible, a solid outline ≥ 2 px, ≥ 3:1 on white. */
const shows = (ring: { visible: boolean; style: string; width: number; colour: string }) =>
  ring.visible && ring.style === 'solid' && ring.width >= 2 && onWhite(ring.colour) >= 3;

let harness: Harness;
let now: number;

beforeAll(async () => {
  await awayFromMidnight(2 * MINUTE_MS);
  harness = await launchHarness({ viewport: { width: 1280, height: 800 } });
  now = Date.now();
});
afterAll(async () => harness?.close());

/** A week with figures in every card (rates, signup days, trend, guard counts, refunds in every stage). */
function week() {
  const today = beijingDay(now);
  const waits = [6, 9, 12, 15, 18, 21, 24, 28, 40, 100, 240, 1500];
  const plan = (n: number, buyers: number, replied: number) => ({ day: addDays(today, n), buyers, repliedWithinHour: replied, coverage: n === 0 ? 0.5 : 1, waitOffset: 0, waits });
  return {
    account: { key: 'mall-a11y:agent-1', mallName: '无障碍测试店', agentName: '客服小安' },
    plans: [plan(-3, 120, 110), plan(-2, 100, 79), plan(-1, 90, 85), plan(0, 40, 36)],
    guard: [
      { at: now - 2 * HOUR_MS, category: 'contact' as const, ruleId: 'chat-contact' as const, outcome: 'held' as const },
      { at: now - HOUR_MS, category: 'url' as const, ruleId: 'chat-third-party' as const, outcome: 'sent-anyway' as const },
    ],
    refunds: {
      seenAt: now - 5 * MINUTE_MS,
      rows: [
        { afterSalesId: 'A-1', pending: true, deadlineAt: now - HOUR_MS, flags: [] },
        { afterSalesId: 'A-2', pending: true, deadlineAt: now + 30 * MINUTE_MS, flags: ['escalateReason' as const] },
        { afterSalesId: 'A-3', pending: true, deadlineAt: now + 3 * HOUR_MS, flags: [] },
        { afterSalesId: 'A-4', pending: true, deadlineAt: now + 8 * HOUR_MS, flags: [] },
        { afterSalesId: 'A-5', pending: true, deadlineAt: now + 30 * HOUR_MS, flags: [] },
      ],
    },
  };
}

let seeded: Promise<void> | null = null;
/** Seeds week() once, through the message contract, as the content scripts would. */
function seedWeek(): Promise<void> {
  seeded ??= (async () => {
    const seeder = await harness.openExtensionPage('options.html');
    await sendAll(seeder, scenarioRequests(week()));
    await seeder.close();
  })();
  return seeded;
}

describe('axe-core: no serious or critical WCAG 2.1 AA violation', () => {
  it('on the popup, fresh and with a week of figures', async () => {
    const empty = await PopupPage.open(harness);
    expect(await serious(empty.page)).toEqual([]);
    expect(await smallChinese(empty.page)).toEqual([]);
    await empty.page.close();
    await seedWeek();
    const popup = await PopupPage.open(harness);
    expect(await popup.ready()).toBe('ready');
    expect(await serious(popup.page)).toEqual([]);
    expect(await smallChinese(popup.page)).toEqual([]);
    await popup.page.close();
  });

  it('popup: Tab reaches the verdict before any rule chip, stops are distinct, focus always shows', async () => {
    await seedWeek();
    const popup = await PopupPage.open(harness);
    const stops: string[] = [];
    // Each stop: its name, a rule chip or not, whether it comes after the signup verdict, its focus ring.
    const order = [];
    for (let i = 0; i < 10; i++) {
      await popup.page.keyboard.press('Tab');
      order.push(
        await popup.page.evaluate(() => {
          const el = document.activeElement!;
          const verdict = document.querySelector('[data-testid="signup-verdict"]')!;
          return { chip: el.matches('a[data-rule]'), afterVerdict: Boolean(verdict.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) };
        }),
      );
      const ring = await focusRing(popup.page);
      expect(shows(ring), JSON.stringify(ring)).toBe(true);
      stops.push(ring.name);
    }
    expect(new Set(stops).size).toBe(stops.length);
    expect(stops.slice(0, 5).filter((s) => s.startsWith('§1')).length).toBeLessThanOrEqual(1);
    expect(order.filter((s) => s.chip).length).toBeGreaterThan(2);
    expect(order.filter((s) => s.chip && !s.afterVerdict)).toEqual([]);
    // Every rule chip is named by its text and its rule: one name per destination, never five alike.
    const links = await popup.page.locator('a[data-rule]').evaluateAll((all) => all.map((a) => ({ name: a.getAttribute('aria-label'), href: a.getAttribute('href') })));
    expect(links.length).toBeGreaterThan(4);
    expect(links.every((l) => l.name?.startsWith('§'))).toBe(true);
    expect(new Set(links.map((l) => l.name)).size).toBe(new Set(links.map((l) => l.href)).size);
    await popup.page.close();
  });

  it('the live dot does not pulse when the system asks for less motion', async () => {
    await seedWeek();
    // A live chat tab's report (kept open: the report goes with its tab).
    const chatTab = await harness.openExtensionPage('options.html');
    await reportWaiting(chatTab, { waiting: 2, overFirstThreshold: 1, longestWaitingSince: Date.now() - 4 * MINUTE_MS, pageRecognised: true });
    const popup = await PopupPage.open(harness);
    const dot = popup.page.locator('.live--waiting .dot');
    expect(await dot.evaluate((el) => getComputedStyle(el).animationName)).toBe('pulse');
    await popup.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await dot.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await popup.page.close();
    await chatTab.close();
  });

  it('keyboard focus is visible on the options page', async () => {
    const page = await harness.openExtensionPage('options.html');
    await page.getByTestId('options').waitFor();
    // Every stop of the page (inputs, switches, buttons, links), not only the first few inputs.
    const rings = (await ringsAlong(page, 'Tab', 24)).filter((r) => r.name !== '');
    expect(rings.length).toBeGreaterThan(15);
    expect(rings.filter((r) => !shows(r))).toEqual([]);
    await page.close();
  });

  it.each([
    ['options.html', 'options'],
    ['welcome.html', 'welcome'],
    ['rules.html#reply-5min', 'rules-page'],
  ])('on %s', async (file, testId) => {
    const page = await harness.openExtensionPage(file);
    await page.getByTestId(testId).waitFor();
    expect(await serious(page)).toEqual([]);
    expect(await smallChinese(page)).toEqual([]);
    await page.close();
  });

  it('on the team page, empty and with an imported day file', async () => {
    const page = await harness.openExtensionPage('team.html');
    await page.getByTestId('team-drop').waitFor();
    expect(await serious(page)).toEqual([]);
    const rings = (await ringsAlong(page, 'Tab', 4)).filter((r) => r.name !== '');
    expect(rings.length).toBeGreaterThan(0);
    expect(rings.filter((r) => !shows(r))).toEqual([]);
    const [reply] = (await sendAll(page, [{ type: 'team/export', account: week().account.key }])) as Array<{ filename: string; body: string }>;
    await page.locator('[data-testid="team-file-input"]').setInputFiles({ name: reply!.filename, mimeType: 'application/json', buffer: Buffer.from(reply!.body) });
    await page.waitForTimeout(500);
    expect(await serious(page)).toEqual([]);
    expect(await smallChinese(page)).toEqual([]);
    await page.close();
  });

  it('on the chat page overlays: wait badges, the longest-wait alert and the guard panel', async () => {
    // Without the page's 非工作时间留言 group, so the buyers wait (and the alert shows) at any hour of the Beijing day.
    harness.sim.reset({ variant: { offHoursGroup: false } });
    harness.sim.scenario('lively');
    const chat = await ChatPage.open(harness);
    await chat.page.locator('kefu-wait-badge').first().waitFor();
    await chat.alert.waitFor();
    const uid = await chat.page.locator('.chat-list-box .chat-item-box').nth(1).getAttribute('data-random');
    await chat.page.locator(`.chat-list-box .chat-item-box[data-random="${uid}"]`).click();
    await chat.type('加我薇 信 138 0013 8000');
    await chat.page.keyboard.press('Enter');
    await chat.page.getByTestId('guard-panel').waitFor();
    expect(await serious(chat.page, { ownHostsOnly: true })).toEqual([]);
    expect(await smallChinese(chat.page, { ownHostsOnly: true })).toEqual([]);
    // Keyboard focus on the overlays' own controls (the guard panel's and the alert's buttons) shows.
    const rings = (await ringsAlong(chat.page, 'Tab', 12)).filter((r) => r.ours);
    expect(rings.length).toBeGreaterThan(0);
    expect(rings.filter((r) => !shows(r))).toEqual([]);
    await chat.page.close();
  });

  it('on the after-sales overlays: refund badges and the deadline panel', async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.sim.urls.aftersales);
    await page.getByTestId('refund-list').waitFor();
    await page.locator('kefu-refund-badge').first().waitFor();
    await page.getByTestId('refund-panel').waitFor();
    expect(await serious(page, { ownHostsOnly: true })).toEqual([]);
    expect(await smallChinese(page, { ownHostsOnly: true })).toEqual([]);
    // The panel sits last in the page: Shift+Tab from the top walks into its controls; each shows its focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const rings = (await ringsAlong(page, 'Shift+Tab', 4)).filter((r) => r.ours);
    expect(rings.length).toBeGreaterThan(1);
    expect(rings.filter((r) => !shows(r))).toEqual([]);
    await page.close();
  });
});
