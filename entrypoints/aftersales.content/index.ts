import { browser } from 'wxt/browser';
import { reportDropped } from '@/lib/content/dropped';
import { FeatureRouter } from '@/lib/content/feature';
import { SETTINGS_CHANGED } from '@/lib/content/mms-deps';
import type { RefundDeadlineDeps } from '@/lib/features/refund-deadline';
import { afterSalesPage } from '@/lib/features/refund-deadline/page';
import { AFTERSALES_FEATURES } from '@/lib/features/registry';
import { extensionLifetime, runtimeAlive } from '@/lib/content/lifetime';
import { workerClock } from '@/lib/content/worker-clock';
import { requestSender } from '@/lib/messages';
import { followPublished } from '@/lib/settings/published';
import { CHAT_MATCH, MMS_MATCH } from '@/lib/mms-urls';

// The MMS shell routes client-side (pushState) between 首页, 售后工作台 and 工单:
// this script matches the whole backend except the chat workbench (its own
// app) and its features start and stop as the path changes. No WXT "started"
// message and no WXT context: a page script could replay either (lib/content/lifetime.ts).
export default defineContentScript({
  matches: [MMS_MATCH],
  excludeMatches: [CHAT_MATCH],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main() {
    const lifetime = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    lifetime.addEventListener('abort', reportDropped(window), { once: true });
    const send = requestSender(browser.runtime);
    // The platform's clock as the worker learned it from the chat page: how long ago a refund fell due is counted
    // on it, not on the computer's (lib/content/worker-clock.ts; until an offset is known, the computer's). Its answer
    // usually comes before the first rows are read; a later one moves what was read on the computer's (ClockShift).
    const clock = workerClock(send, window, lifetime);
    const afterSales = await afterSalesPage(window, clock, send, browser.storage.local, lifetime);
    const changes = new EventTarget();
    const deps: RefundDeadlineDeps = { win: window, doc: document, clock, send, settings: () => settings.current(), changes, afterSales };
    const router = new FeatureRouter(AFTERSALES_FEATURES, deps, lifetime);
    // Settings that arrive or change: a feature may switch on or off, and rows redraw with the new stages and wording.
    const settings = followPublished(lifetime, () => {
      router.route(location.href);
      changes.dispatchEvent(new Event(SETTINGS_CHANGED));
    });
    await settings.loaded;
    // Route changes: the Navigation API where there is one, read from location itself (an event's data could be made up
    // by a page script); a backstop for browsers without it and for missed changes.
    (window as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', () => router.route(location.href), { signal: lifetime });
    const backstop = window.setInterval(() => router.route(location.href), 1_000);
    lifetime.addEventListener('abort', () => window.clearInterval(backstop), { once: true });
    router.route(location.href);
  },
});
