/**
 * The popup as a page object, and seeding the store through the real message
 * contract (lib/messages.ts) from an extension page, exactly as the content
 * scripts do: chat/events, chat/heartbeat, guard/event, aftersales/snapshot,
 * chat/waiting. Used by test/e2e/popup*.e2e.ts and scripts/screenshots.mjs.
 *
 * Expected figures are computed with lib/metrics.ts, lib/store/coverage.ts and
 * the one signup verdict (lib/signup-verdict.ts) from the very events and
 * heartbeats seeded, so a test compares the popup with the project's own
 * definitions, not with numbers typed by hand.
 */
import type { Page } from 'playwright-core';
import { addDays, beijingDay, beijingDayStart, HOUR_MS, MINUTE_MS, PLATFORM_COUNTED_WINDOW, SECOND_MS } from '../../../lib/clock';
import type { BeijingDay } from '../../../lib/clock';
import type { AccountInfo, AfterSalesRowState, ChatEvent, GuardEvent, WaitingReport } from '../../../lib/events';
import type { Request } from '../../../lib/messages';
import { dayMetrics, type DayMetrics } from '../../../lib/metrics';
import { signupVerdict, type SignupVerdict } from '../../../lib/signup-verdict';
import { addMinute, coverageShare, minuteOfDay } from '../../../lib/store/coverage';
import type { MinuteSpans } from '../../../lib/store/schema';
import type { Harness } from '../harness';

/** Replies (seconds after the buyer's message) cycled over buyers answered within the hour. */
const FAST_WAITS_SEC = [8, 15, 24, 29, 40, 75, 150, 200, 260, 420, 900, 2400];

export interface DayPlan {
  day: BeijingDay;
  /** Buyers who wrote during 08:00–23:00. */
  buyers: number;
  /** Of those, buyers answered within the hour (waits cycle through FAST_WAITS_SEC); the rest are answered after 90 minutes or never. */
  repliedWithinHour: number;
  /** Share of the 08:00–23:00 window in which the chat page sends heartbeats (from 08:00 on). */
  coverage: number;
  /** Waits cycle from this index, so days differ. */
  waitOffset?: number;
  /** Reply waits in seconds for buyers answered within the hour (default FAST_WAITS_SEC). */
  waits?: readonly number[];
}

/** A day's chat events for a plan: one conversation and one counted message per buyer, plus human replies. */
export function dayEvents(plan: DayPlan): ChatEvent[] {
  const start = beijingDayStart(plan.day) + 8 * HOUR_MS;
  const spread = (14.5 * HOUR_MS) / Math.max(1, plan.buyers);
  const events: ChatEvent[] = [];
  const waits = plan.waits ?? FAST_WAITS_SEC;
  for (let i = 0; i < plan.buyers; i++) {
    const conversationId = `c-${plan.day}-${i}`;
    const buyerId = `b-${plan.day}-${i}`;
    const at = start + Math.floor(i * spread) + 1000;
    events.push({ kind: 'buyer', conversationId, buyerId, messageId: `m-${plan.day}-${i}-b`, at });
    let wait: number | null;
    if (i < plan.repliedWithinHour) wait = waits[(i + (plan.waitOffset ?? 0)) % waits.length]! * SECOND_MS;
    else wait = i % 2 === 0 ? 90 * MINUTE_MS : null;
    if (i % 7 === 3) events.push({ kind: 'robot', conversationId, buyerId, messageId: `m-${plan.day}-${i}-r`, at: at + 2000 });
    if (wait !== null) events.push({ kind: 'human', conversationId, buyerId, messageId: `m-${plan.day}-${i}-h`, at: at + wait });
  }
  return events;
}

/** Heartbeat times covering `coverage` of the window from 08:00, one every 2 minutes (the store fills 1-minute gaps). */
export function dayHeartbeats(plan: DayPlan): number[] {
  if (plan.coverage <= 0) return [];
  const start = beijingDayStart(plan.day) + 8 * HOUR_MS;
  const lastMinute = Math.round(plan.coverage * 15 * 60);
  const out: number[] = [];
  for (let m = 0; m <= lastMinute; m += 2) out.push(start + m * MINUTE_MS + 5 * SECOND_MS);
  return out;
}

/** The coverage the store will compute from those heartbeats. */
export function expectedCoverage(heartbeats: readonly number[], window = PLATFORM_COUNTED_WINDOW): number {
  let spans: MinuteSpans = [];
  for (const at of heartbeats) spans = addMinute(spans, minuteOfDay(at));
  return coverageShare(spans, window);
}

export interface Scenario {
  account: AccountInfo;
  plans: DayPlan[];
  guard?: Array<Omit<GuardEvent, 'id'>>;
  refunds?: { seenAt: number; rows: AfterSalesRowState[] };
}

/** Every request that seeds a scenario, in a sensible order. */
export function scenarioRequests(s: Scenario): Request[] {
  const out: Request[] = [];
  for (const plan of s.plans) {
    out.push({ type: 'chat/events', account: s.account, events: dayEvents(plan) });
    for (const at of dayHeartbeats(plan)) out.push({ type: 'chat/heartbeat', account: s.account, at });
  }
  (s.guard ?? []).forEach((g, i) => out.push({ type: 'guard/event', account: s.account, event: { ...g, id: `g-${s.account.key}-${i}-${g.at}` } }));
  if (s.refunds) out.push({ type: 'aftersales/snapshot', account: s.account, seenAt: s.refunds.seenAt, rows: s.refunds.rows });
  return out;
}

export interface Expected {
  today: DayMetrics;
  signup: SignupVerdict;
  days: Map<BeijingDay, DayMetrics>;
}

/** What the popup must show for a scenario, from lib/metrics.ts. */
export function expectedFor(s: Scenario, today: BeijingDay, requiredRate: number): Expected {
  const days = new Map<BeijingDay, DayMetrics>();
  const coverage = new Map<BeijingDay, number>();
  for (const plan of s.plans) {
    // A day's aggregate also sees the next day's events (replies after midnight); plans do not cross midnight.
    days.set(plan.day, dayMetrics(dayEvents(plan), plan.day));
    coverage.set(plan.day, expectedCoverage(dayHeartbeats(plan)));
  }
  const signupDays = [3, 2, 1].map((n) => addDays(today, -n));
  // One agent seeded, so this agent's estimate is the shop's (the popup's own case).
  const agent = Object.fromEntries(signupDays.map((day) => [day, { metrics: days.get(day) ?? null, coverage: coverage.get(day) ?? 0 }]));
  return {
    today: days.get(today) ?? dayMetrics([], today),
    days,
    signup: signupVerdict({ rule: { preset: 'rate1h-3d', threshold: requiredRate }, today, agent, shop: { agentCount: 1 } }),
  };
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Sends requests from an extension page (chrome.runtime.sendMessage, the path
 * content scripts use), `concurrency` at a time; throws on the first error envelope.
 */
export async function sendAll(page: Page, requests: readonly Request[], concurrency = 24): Promise<unknown[]> {
  return page.evaluate(
    async ({ requests, concurrency }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const replies: unknown[] = new Array(requests.length);
      let next = 0;
      // No named functions in here: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests.length) {
            const i = next++;
            const envelope = (await runtime.sendMessage(requests[i])) as Envelope | undefined;
            if (!envelope?.ok) throw new Error(`${(requests[i] as { type: string }).type}: ${envelope ? envelope.error : 'no reply'}`);
            replies[i] = envelope.value;
          }
        }),
      );
      return replies;
    },
    { requests: requests as Request[], concurrency },
  );
}

/** Reports a live chat tab (the popup shows its waiting count); the report is keyed to `page`'s tab. */
export async function reportWaiting(page: Page, report: WaitingReport): Promise<void> {
  await sendAll(page, [{ type: 'chat/waiting', report }]);
}

/** Waits until the Beijing day is not about to change, so a test's "today" is the extension's. */
export async function awayFromMidnight(marginMs = 2 * MINUTE_MS): Promise<void> {
  const now = Date.now();
  const next = beijingDayStart(addDays(beijingDay(now), 1));
  if (next - now < marginMs) await new Promise((r) => setTimeout(r, next - now + 1000));
}

/** The popup page (popup.html opened in a tab). */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(harness: Harness, viewport = { width: 380, height: 900 }): Promise<PopupPage> {
    const page = await harness.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await popup.ready();
    return popup;
  }

  /** Waits for the summary (or an error) to be rendered. */
  async ready(): Promise<string> {
    const root = this.page.locator('[data-testid=popup]:not([data-state=loading])');
    await root.waitFor();
    return (await root.getAttribute('data-state'))!;
  }

  async reload(): Promise<string> {
    await this.page.reload();
    return this.ready();
  }

  text(testId: string): Promise<string> {
    return this.page.getByTestId(testId).innerText();
  }

  async rate(key: 'rate30s' | 'rate3min' | 'rate5min' | 'rate1h'): Promise<{ value: string; level: string }> {
    const card = this.page.getByTestId(`rate-${key}`);
    return { value: await this.text(`rate-${key}-value`), level: (await card.getAttribute('data-level'))! };
  }

  async verdict(): Promise<{ verdict: string; text: string }> {
    const card = this.page.getByTestId('signup');
    return { verdict: (await card.getAttribute('data-verdict'))!, text: await this.text('signup-verdict') };
  }

  async signupDay(day: BeijingDay): Promise<{ verdict: string; rate: string; buyers: string; coverage: string; text: string }> {
    const row = this.page.getByTestId(`signup-day-${day}`);
    return {
      verdict: (await row.getAttribute('data-verdict'))!,
      rate: await row.getByTestId('signup-rate').innerText(),
      buyers: await row.getByTestId('signup-buyers').innerText(),
      coverage: await row.getByTestId('signup-coverage').innerText(),
      text: await row.innerText(),
    };
  }

  async selectAccount(key: string): Promise<void> {
    await this.page.getByTestId('account').selectOption(key);
    await this.page.locator(`[data-testid=popup][data-account="${key}"]`).waitFor();
  }

  /** ms from navigation start to the popup's `kg:summary-rendered` mark. */
  renderedAt(): Promise<number> {
    return this.page.evaluate(() => performance.getEntriesByName('kg:summary-rendered')[0]?.startTime ?? Number.NaN);
  }

  /** ms from navigation start: the page and its scripts loaded (DOMContentLoaded), the figures rendered. */
  async timings(): Promise<{ domContentLoaded: number; rendered: number }> {
    const [domContentLoaded, rendered] = await this.page.evaluate(() => [
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      performance.getEntriesByName('kg:summary-rendered')[0]?.startTime ?? Number.NaN,
    ]);
    return { domContentLoaded: domContentLoaded!, rendered: rendered! };
  }
}
