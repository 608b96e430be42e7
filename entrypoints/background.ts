/**
 * The background worker: wires browser events to lib/store. Every listener is
 * registered synchronously at the top of main (a stopped worker is woken by
 * the event itself); no timers. The only state in memory is the settings,
 * read once and re-read on storage.onChanged (a restarted worker reads again).
 */
import type { Clock } from '@/lib/clock';
import { LearnedPlatformClock } from '@/lib/background/platform-clock';
import { startVariantWriter } from '@/lib/background/phrase-variants-writer';
import { startSettingsPublisher } from '@/lib/background/settings-publisher';
import { isRequest } from '@/lib/background/request-dispatch';
import { StoreConnection } from '@/lib/store/db';
import { recordStoreError } from '@/lib/store/errors';
import { createHandlers } from '@/lib/background/handlers';
import { dailyUpkeep, ensurePruneAlarm, followSettings } from '@/lib/background/lifecycle';
import { refreshBadge, removeWaitingReport } from '@/lib/background/live-reports';
import { PRUNE_ALARM } from '@/lib/store/retention';
import { countDiagnostics } from '@/lib/background/diagnostics';
import { dispatchChecked, SenderGate } from '@/lib/background/senders';
import { forgetTab, onNotificationClicked, onWaitingReport, type NotifierDeps } from '@/lib/background/notifier';
import { readEffectiveSettings } from '@/lib/background/settings-read';
import { isSettingsChange, LiveSettings } from '@/lib/background/live-settings';
import { boundedPolicyArea } from '@/lib/settings/policy-read';
import { IdKeys } from '@/lib/background/id-keys';
import { followShopSecret } from '@/lib/background/shop-secret';
import { wireBoard } from '@/lib/background/replication/wire';
import { wireDayEndReminder } from '@/lib/background/day-end-reminder';

/** Opens the welcome page; written by someone else, so a missing page must not break install. */
async function openWelcome(): Promise<void> {
  try {
    const getURL = browser.runtime.getURL.bind(browser.runtime) as (path: string) => string;
    await browser.tabs.create({ url: getURL('/welcome.html') });
  } catch (error) {
    console.warn('[kefu-guard] could not open the welcome page', error);
  }
}

/** The install, startup and daily-alarm listeners (registered synchronously by main, like every other). */
function listenForLifecycle(store: StoreConnection, settings: LiveSettings, clock: Clock, loaded: Promise<void>): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Independent: a failing alarm must not keep the welcome page closed, nor the reverse.
    await Promise.allSettled([ensurePruneAlarm(browser.alarms, clock.now()), reason === 'install' ? openWelcome() : null]);
  });

  browser.runtime.onStartup.addListener(async () => {
    await ensurePruneAlarm(browser.alarms, clock.now());
  });

  // The end-of-day reminder to export today's team day file (issue 23 item 6): off unless the settings ask.
  const getURL = browser.runtime.getURL.bind(browser.runtime) as (path: string) => string;
  wireDayEndReminder({ settings, now: () => clock.now(), iconUrl: getURL('/icon/128.png'), popupUrl: getURL('/popup.html') });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== PRUNE_ALARM) return;
    try {
      await loaded; // the platform's day, not the computer's
      await dailyUpkeep(store, await settings.get(), clock);
    } catch (error) {
      console.error('[kefu-guard] retention prune failed', error); // recorded for the popup by the store
    }
  });
}

export default defineBackground(() => {
  const session = browser.storage.session;
  // The platform's clock as our chat page measured it, over the computer's (lib/background/platform-clock.ts, issue 22 item 8).
  const clock = new LearnedPlatformClock(session);
  const local = browser.storage.local;
  // The policy without waiting seconds for the browser's first answer (lib/settings/policy-read.ts).
  const managed = boundedPolicyArea({ managed: browser.storage.managed, session, onLate: () => void settings.changed() });
  // The worker's one view of the settings: everything below follows it and its change events.
  const settings = new LiveSettings(() => readEffectiveSettings(local, managed));
  // The content scripts read settings checked here: the schema is too big for them (lib/settings/published.ts).
  // First among the listeners, and not awaited by them: a slow prune after a change never delays what the pages see.
  startSettingsPublisher(settings);
  // The shop's words get the evasion variants of the built-in ones (issue #16), made here for the chat.
  startVariantWriter(settings);
  const store = new StoreConnection({
    clock,
    onError: (info) => recordStoreError(session, info),
    idSecret: async () => (await settings.get()).team.shopSecret,
  });
  settings.onChange((current, previous) => followSettings(store, clock, current, previous).then(() => undefined));
  // Ids are salted with a secret of each day, generated when none is set (lib/background/id-keys.ts, shop-secret.ts).
  const idKeys = new IdKeys(local);
  const secretReady = followShopSecret(local, settings, idKeys);
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (isSettingsChange(changes, areaName)) void settings.changed();
  });
  // MV2 builds (Firefox) name the toolbar button browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const getURL = browser.runtime.getURL.bind(browser.runtime) as (path: string) => string;
  // Desktop notifications about waiting buyers (issue #15): decided in lib/background/notification-plan.ts.
  const notifier: NotifierDeps = {
    notifications: browser.notifications,
    tabs: browser.tabs,
    windows: browser.windows,
    session,
    settings: async () => (await settings.get()).replyTimer,
    iconUrl: getURL('/icon/128.png'),
    clock,
  };
  // Only our pages, and our content scripts on mms.pinduoduo.com for their own account (lib/background/senders.ts).
  const gate = new SenderGate(session, { id: browser.runtime.id, pagesBase: getURL('/') });
  const countRefused = () => countDiagnostics(session, { refusedRequests: 1 }, clock.now());
  // The live board (issue 24): nothing runs unless it is on and its origin granted.
  const pokeBoard = wireBoard({ store, settings, clock });
  const handlers = createHandlers({
    store, session, local, settings: () => settings.get(), idKeys, secretReady, action, clock, scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
    onWaitingReport: (tabId, report) => {
      pokeBoard();
      return onWaitingReport(notifier, tabId, report);
    },
  });

  browser.notifications.onClicked.addListener((id) => {
    void onNotificationClicked(notifier, id).catch((error: unknown) => console.warn('[kefu-guard] notification click failed', error));
  });

  // Chrome-style async reply (sendResponse + `return true`): works with and
  // without the polyfill, and with fakeBrowser in tests (shared/E2E.md).
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isRequest(message)) return undefined; // not ours: let other listeners answer
    void clock.loaded.then(() => dispatchChecked(gate, handlers, message, sender, countRefused)).then(sendResponse);
    return true;
  });

  listenForLifecycle(store, settings, clock, clock.loaded);

  browser.tabs.onRemoved.addListener(async (tabId) => {
    await Promise.allSettled([removeWaitingReport(session, tabId), gate.forgetTab(tabId)]);
    await refreshBadge(session, action);
    await forgetTab(session, tabId);
  });

  // Firefox names no document in a sender, so a tie is per tab and frame: it
  // goes when the tab loads a new page. (Chrome's document ids make this
  // unneeded there, and the listener would wake the worker on every page load.)
  if (import.meta.env.FIREFOX) {
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void gate.forgetTab(tabId);
    });
  }
});
