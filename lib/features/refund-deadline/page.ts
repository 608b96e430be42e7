/**
 * The after-sales pages' own parts of the refund feature: the page's
 * queryList responses (heard through the page-world tap for as long as the
 * shell is open, so a list fetched before the agent opened it still counts),
 * who the snapshots belong to, and the agent's open/collapsed choice for the
 * panel (a UI preference, not a setting).
 */
import { DEFAULT_ACCOUNT, type AccountInfo } from '../../events';
import { listenToTap } from '../../pdd/page-tap';
import { TrafficBook } from '../../pdd/aftersales-traffic';
import type { Clock } from '../../clock';
import type { Send } from '../../messages';
import type { PageClock } from '../../ui/page-clock';

/** storage.local key of the agent's open/collapsed choice for the panel. */
export const PANEL_COLLAPSED_KEY = 'refundPanelCollapsed';
export const TRAFFIC_CHANGED = 'traffic';
/** A ClockShift on `changes`: the clock learned the platform's time anew. */
export const CLOCK_SHIFTED = 'clock';

/** How far the page's clock moved (ms): times read on it before move by as much. */
export class ClockShift extends Event {
  constructor(readonly shift: number) {
    super(CLOCK_SHIFTED);
  }
}

export interface AfterSalesPage {
  traffic: TrafficBook;
  /** Fires TRAFFIC_CHANGED when a queryList response arrived, a ClockShift when the clock moved. */
  changes: EventTarget;
  account: () => Promise<AccountInfo>;
  panelCollapsed: { get(): boolean | null; set(collapsed: boolean): void };
}

export interface StoredPreference {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Listens to the tap from now until `lifetime` ends; reads the panel preference once. When the clock moves (it
 * learned the platform's time, lib/content/worker-clock.ts) the traffic's stamps move with it.
 */
export async function afterSalesPage(
  win: Window,
  clock: Clock & Partial<Pick<PageClock, 'onChange'>>,
  send: Send,
  storage: StoredPreference,
  lifetime: AbortSignal,
): Promise<AfterSalesPage> {
  const traffic = new TrafficBook();
  const changes = new EventTarget();
  const unlisten = listenToTap(win, (item) => {
    if (item.channel === 'http' && traffic.ingest(item, clock.now())) changes.dispatchEvent(new Event(TRAFFIC_CHANGED));
  });
  lifetime.addEventListener('abort', unlisten, { once: true });
  const unfollow = clock.onChange?.((shift) => {
    if (shift === 0) return;
    traffic.shift(shift);
    changes.dispatchEvent(new ClockShift(shift));
  });
  if (unfollow) lifetime.addEventListener('abort', unfollow, { once: true });

  // The after-sales pages do not say who is logged in: snapshots go to the
  // account the background saw last (the chat page tells it), else 'default'.
  let account: Promise<AccountInfo> | null = null;
  const resolveAccount = (): Promise<AccountInfo> =>
    (account ??= send({ type: 'account/current' }).then(
      (reply) => reply.account,
      () => {
        account = null;
        return { key: DEFAULT_ACCOUNT };
      },
    ));

  let collapsed: boolean | null = null;
  try {
    const stored = (await storage.get(PANEL_COLLAPSED_KEY))?.[PANEL_COLLAPSED_KEY];
    if (typeof stored === 'boolean') collapsed = stored;
  } catch {
    // no stored preference: automatic
  }
  const panelCollapsed = {
    get: () => collapsed,
    set: (value: boolean) => {
      collapsed = value;
      void storage.set({ [PANEL_COLLAPSED_KEY]: value }).catch(() => undefined);
    },
  };
  return { traffic, changes, account: resolveAccount, panelCollapsed };
}
