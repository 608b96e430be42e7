/**
 * Page object for the after-sales list in the simulator, with the extension's
 * refund overlay: a badge host per row (shadow root), the "most urgent first"
 * panel and the "page not recognised" notice. Playwright's CSS locators
 * pierce the open shadow roots.
 */
import type { Locator, Page } from 'playwright-core';
import type { Summary } from '../../../lib/messages';
import type { Harness } from '../harness';
import { pollUntil } from './poll';
import { sendAll } from './popup-page';

export interface RefundBadgeState {
  text: string | null;
  stage: string;
  flags: string[];
}

export class AftersalesPage {
  constructor(
    readonly page: Page,
    readonly harness: Harness,
  ) {}

  static async open(harness: Harness, url = harness.sim.urls.aftersales, page?: Page): Promise<AftersalesPage> {
    const tab = page ?? (await harness.context.newPage());
    await tab.goto(url);
    const list = new AftersalesPage(tab, harness);
    await list.cards.first().waitFor();
    return list;
  }

  get cards(): Locator {
    return this.page.locator('[data-testid="aftersale-card"]');
  }

  /** The card of one request, by the after-sales number it shows. */
  card(id: string | number): Locator {
    return this.cards.filter({ hasText: `售后编号 ${id}` });
  }

  /** Ids of the cards on screen, in page order. */
  async cardIds(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => /售后编号\s*(\d+)/.exec(c.textContent ?? '')?.[1] ?? ''));
  }

  badges(): Locator {
    return this.page.locator('kefu-refund-badge');
  }

  badge(id: string | number): Locator {
    return this.page.locator(`kefu-refund-badge[data-aftersales-id="${id}"]`);
  }

  async badgeState(id: string | number): Promise<RefundBadgeState | null> {
    const hosts = this.badge(id);
    if ((await hosts.count()) === 0) return null;
    return hosts.first().evaluate((host) => {
      const badge = host.shadowRoot!.querySelector<HTMLElement>('.badge')!;
      return {
        text: badge.hidden ? null : badge.textContent,
        stage: host.getAttribute('data-stage') ?? '',
        flags: [...host.shadowRoot!.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag')!),
      };
    });
  }

  /** Waits until the row's badge satisfies `predicate` (the overlay ticks once a second). */
  async waitForBadge(id: string | number, predicate: (s: RefundBadgeState | null) => boolean, timeout = 10_000): Promise<RefundBadgeState | null> {
    return pollUntil(`badge of ${id}`, () => this.badgeState(id), predicate, timeout);
  }

  /** For each badge host: its id and whether it sits inside a card now on screen. */
  async badgeHosts(): Promise<Array<{ id: string; inCard: boolean }>> {
    return this.badges().evaluateAll((hosts) =>
      hosts.map((h) => ({ id: h.getAttribute('data-aftersales-id') ?? '', inCard: h.closest('[data-testid="aftersale-card"]') !== null })),
    );
  }

  get panel(): Locator {
    return this.page.locator('[data-testid="refund-panel"]');
  }

  get panelToggle(): Locator {
    return this.page.locator('[data-testid="refund-panel-toggle"]');
  }

  /** The panel's entries, top to bottom. */
  async panelEntries(): Promise<Array<{ id: string; stage: string; text: string }>> {
    return this.panel.locator('button.entry').evaluateAll((entries) =>
      entries.map((e) => ({
        id: e.getAttribute('data-aftersales-id') ?? '',
        stage: e.getAttribute('data-stage') ?? '',
        text: e.querySelector('.time')?.textContent ?? '',
      })),
    );
  }

  async panelCounts(): Promise<Record<string, number>> {
    const chips = await this.panel.locator('[data-stage][data-count]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-stage')!, Number(e.getAttribute('data-count'))] as const),
    );
    return Object.fromEntries(chips);
  }

  get notice(): Locator {
    return this.page.locator('kefu-refund-notice [data-testid="page-notice"]');
  }

  tab(text: string): Locator {
    return this.page.locator('[role="tab"]', { hasText: text });
  }

  pagerItem(n: number): Locator {
    return this.page.locator(`[data-testid="beast-core-pagination"] li[title="${n}"]`);
  }

  /** Clicks a pager item or tab and waits for the list to be rebuilt with other cards. */
  async rebuildBy(action: () => Promise<void>): Promise<void> {
    const first = await this.cards.first().elementHandle();
    await action();
    await this.page.waitForFunction((el) => !el || !el.isConnected, first);
    await this.cards.first().waitFor();
  }

  /** Forgets the agent's open/collapsed choice for the panel (storage.local of the extension). */
  async forgetPanelChoice(): Promise<void> {
    const page = await this.harness.openExtensionPage('popup.html');
    try {
      await page.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('refundPanelCollapsed'),
      );
    } finally {
      await page.close();
    }
  }

  /** The popup's data source: `summary/get` sent from an extension page. */
  async summary(): Promise<Summary> {
    const page = await this.harness.openExtensionPage('options.html');
    try {
      const [summary] = await sendAll(page, [{ type: 'summary/get' }]);
      return summary as Summary;
    } finally {
      await page.close();
    }
  }
}
