/**
 * Page object for the chat workbench in the simulator, with the extension's
 * overlays: wait badges inside rows, the longest-wait alert, the guard panel.
 * Playwright's CSS locators pierce the open shadow roots.
 */
import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../harness';
import { pollUntil } from './poll';

export interface BadgeState {
  text: string;
  level: number;
  warning: boolean;
  counted: boolean;
}

export class ChatPage {
  constructor(
    readonly page: Page,
    readonly harness: Harness,
  ) {}

  /** Opens the workbench and waits until it is rendered and connected to the push socket. */
  static async open(harness: Harness, page?: Page): Promise<ChatPage> {
    const tab = page ?? (await harness.context.newPage());
    // Sockets opened, not open: the page closed just before may still hold its own for a moment.
    const connected = harness.sim.chatSocketsOpened();
    const titan = harness.sim.titan.opened();
    const viaTitan = harness.sim.variant.chatTransport === 'titan' && !harness.sim.variant.trafficUnseen;
    await tab.goto(harness.sim.urls.chat);
    await tab.locator('#replyTextarea').waitFor({ state: 'attached' });
    for (let i = 0; i < 100 && harness.sim.chatSocketsOpened() <= connected; i++) await tab.waitForTimeout(50);
    // Under the titan transport the pushes come on titan-ws, opened just after m-ws.
    for (let i = 0; viaTitan && i < 100 && harness.sim.titan.opened() <= titan; i++) await tab.waitForTimeout(50);
    return new ChatPage(tab, harness);
  }

  /** The visible row of a buyer in the 今日接待 list. */
  row(uid: string): Locator {
    return this.page.locator(`.chat-list-box .chat-item-box[data-random^="${uid}-"]`);
  }

  badge(uid: string): Locator {
    return this.page.locator(`kefu-wait-badge[data-buyer="${uid}"]`);
  }

  /** The badge as drawn now, or null; never waits (the badge may go at any tick). */
  async badgeState(uid: string): Promise<BadgeState | null> {
    const states = await this.badge(uid).evaluateAll((hosts) =>
      hosts.map((host) => {
        const span = host.shadowRoot!.querySelector('span')!;
        return {
          text: span.firstChild?.textContent ?? '',
          level: Number(/\bl(\d)\b/.exec(span.className)?.[1] ?? -1),
          warning: span.classList.contains('warn'),
          counted: !span.classList.contains('uncounted'),
        };
      }),
    );
    return states[0] ?? null;
  }

  /** Waits until the buyer's badge satisfies `predicate` (the timers tick once a second). */
  async waitForBadge(uid: string, predicate: (s: BadgeState | null) => boolean, timeout = 10_000): Promise<BadgeState | null> {
    return pollUntil(`badge of ${uid}`, () => this.badgeState(uid), predicate, timeout);
  }

  get alert(): Locator {
    return this.page.locator('[data-testid="wait-alert"]');
  }

  async openConversation(uid: string): Promise<void> {
    await this.row(uid).click();
    await this.page.locator(`#msgListContainer [currentuid="${uid}"]`).first().waitFor();
    await this.input.waitFor();
  }

  get input(): Locator {
    return this.page.locator('#replyTextarea');
  }

  async type(text: string): Promise<void> {
    await this.input.click();
    await this.input.pressSequentially(text);
  }

  get guardPanel(): Locator {
    return this.page.locator('[data-testid="guard-panel"]');
  }
}
