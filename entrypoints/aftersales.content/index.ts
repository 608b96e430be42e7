import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/clock';
import { reportDropped } from '@/lib/diagnostics';
import { DEFAULT_ACCOUNT, type AccountInfo } from '@/lib/events';
import { startRefundDeadline } from '@/lib/features/refund-deadline';
import { extensionLifetime, runtimeAlive } from '@/lib/lifetime';
import { sendRequest, type Reply, type Request, type RequestType } from '@/lib/messages';
import { listenToTap } from '@/lib/page-tap';
import { aftersalesPageKind, type AfterSalesPageKind } from '@/lib/pdd/aftersales-selectors';
import { TrafficBook } from '@/lib/pdd/aftersales-traffic';
import { loadPublishedWithin, watchPublished } from '@/lib/settings/published';
import type { EffectiveSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';


/** storage.local key of the agent's open/collapsed choice for the panel (a UI preference, not a setting). */
const PANEL_COLLAPSED_KEY = 'refundPanelCollapsed';

// The MMS shell navigates client-side (pushState) between 首页, 售后工作台 and 工单,
// so this script matches the whole backend except the chat workbench (its own
// app) and runs the refund overlay only while the path is the after-sales list
// or detail page, tearing it down on leaving.
export default defineContentScript({
  matches: ['https://mms.pinduoduo.com/*'],
  excludeMatches: ['https://mms.pinduoduo.com/chat-merchant/*'],
  runAt: 'document_idle',
  // No WXT "started" window message and no WXT context: a page script could
  // replay either to stop this script. It stops only when the extension is gone (lib/lifetime.ts).
  noScriptStartedPostMessage: true,
  async main() {
    const lifetime = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    const onGone = (stop: () => void) => lifetime.addEventListener('abort', stop, { once: true });
    onGone(reportDropped(window));
    const send = <T extends RequestType>(request: Request<T>): Promise<Reply<T>> => sendRequest(browser.runtime, request);
    const traffic = new TrafficBook();
    let active: { kind: AfterSalesPageKind; controller: AbortController; rescan(): void } | null = null;
    onGone(() => active?.controller.abort());

    // The page's own queryList responses, observed by the page-world tap (buffered until now).
    onGone(
      listenToTap(window, (item) => {
        if (item.channel === 'http' && traffic.ingest(item, systemClock.now())) active?.rescan();
      }),
    );

    // The after-sales pages do not say who is logged in: snapshots go to the
    // account the background saw last (the chat page tells it), else 'default'.
    let account: Promise<AccountInfo> | null = null;
    const resolveAccount = (): Promise<AccountInfo> =>
      (account ??= send({ type: 'summary/get' }).then(
        (summary) => summary.account,
        () => {
          account = null;
          return { key: DEFAULT_ACCOUNT };
        },
      ));

    let settings: Settings = DEFAULT_SETTINGS;
    /** Settings that arrive later or change: the feature may switch on or off, and rows redraw with the new stages and wording. */
    function applySettings(next: EffectiveSettings): void {
      settings = next.settings;
      route(location.href);
      active?.rescan();
    }
    let collapsed: boolean | null = null;
    const [loaded, stored] = await Promise.allSettled([
      loadPublishedWithin(applySettings),
      browser.storage.local.get(PANEL_COLLAPSED_KEY),
    ]);
    if (loaded.status === 'fulfilled') settings = loaded.value.settings;
    const storedValue: unknown = stored.status === 'fulfilled' ? stored.value?.[PANEL_COLLAPSED_KEY] : undefined;
    if (typeof storedValue === 'boolean') collapsed = storedValue;
    const panelCollapsed = {
      get: () => collapsed,
      set: (value: boolean) => {
        collapsed = value;
        void browser.storage.local.set({ [PANEL_COLLAPSED_KEY]: value }).catch(() => undefined);
      },
    };

    const route = (href: string): void => {
      const kind = settings.features.afterSales ? aftersalesPageKind(href) : null;
      if (active?.kind === kind) return;
      active?.controller.abort();
      active = null;
      if (!kind || lifetime.aborted) return;
      const controller = new AbortController();
      const handle = startRefundDeadline({
        win: window,
        doc: document,
        clock: systemClock,
        settings: () => settings,
        send,
        account: resolveAccount,
        traffic,
        page: kind,
        panelCollapsed,
        signal: controller.signal,
      });
      active = { kind, controller, rescan: handle.rescan };
    };

    onGone(watchPublished(applySettings));
    // Route changes: the Navigation API where there is one, read from location
    // itself (an event's own data could be made up by a page script).
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', () => route(location.href), { signal: lifetime });
    // Backstop for browsers without the Navigation API event and for missed changes.
    const backstop = window.setInterval(() => route(location.href), 1_000);
    onGone(() => window.clearInterval(backstop));
    route(location.href);
  },
});
