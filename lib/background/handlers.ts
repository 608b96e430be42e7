/**
 * The background's request handlers: one per request of lib/messages.ts,
 * each a thin call into the store, grouped by who sends them (the chat and
 * after-sales pages; the popup, options and Team pages; the data pages).
 * Browser APIs arrive as parameters, so tests pass fakeBrowser parts and
 * nothing here touches `browser` directly.
 */
import type { Clock } from '../clock';
import type { WaitingReport } from '../events';
import type { BadgeApi } from './live-reports';
import type { Handlers } from '../messages';
import type { Settings } from '../settings/types';
import type { KeyValueArea } from '../storage-area';
import type { StoreConnection } from '../store/db';
import { pageWriteHandlers } from './handlers-pages';
import { officialHandlers } from './handlers-official';
import { readHandlers } from './handlers-reads';
import { engineHandlers, type ScriptingApi } from './phrase-engine-injector';

export interface HandlerDeps {
  store: StoreConnection;
  /** `browser.storage.session`: live reports and the last store error. */
  session: KeyValueArea;
  /** `browser.storage.local`: the diagnostics. */
  local: KeyValueArea;
  /** The effective settings, held in memory (lib/background/live-settings.ts): a batch never reads storage for them. */
  settings: () => Promise<Settings>;
  /** `browser.action`: the toolbar badge. */
  action: BadgeApi;
  clock: Clock;
  /** The shop secret of each day (lib/background/id-keys.ts); absent: the settings' secret for every day. */
  idKeys?: { keysOf(shopId: string, wanted: string, today: string, isNew: () => Promise<boolean>): Promise<(day: string) => string> };
  /** The worker's first shop-secret run (shop-secret.ts followShopSecret): ids are hashed only after it. */
  secretReady?: Promise<void>;
  /** Called with each chat tab's live report after it is stored (desktop notifications, lib/background/notifier.ts). */
  onWaitingReport?(tabId: number | undefined, report: WaitingReport): Promise<void>;
  /** `browser.scripting`: injects the phrase engine into the chat tab that asks for it (phrase-engine-injector.ts). */
  scripting?: ScriptingApi;
}

/** Handlers for every request of the Protocol. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...pageWriteHandlers(deps), ...readHandlers(deps), ...officialHandlers(deps), ...engineHandlers(deps) };
}
