/**
 * The background's edge for desktop notifications (issue #15): keeps each
 * chat tab's memory in storage.session (the worker may die between two
 * reports), shows what lib/background/notification-plan.ts decides, and on a click focuses the tab
 * and asks it to open the conversation. Browser APIs come in as parameters.
 */
import { i18n } from '#i18n';
import type { Clock } from '../clock';
import type { WaitingReport } from '../events';
import type { OpenConversationCommand } from '../messages';
import { planNotification, tabOfNotification, type TabNotifyMemory } from './notification-plan';
import type { ReplyTimerSettings } from '../settings/types';
import type { KeyValueArea } from '../storage-area';
import { waitText } from '../wait-display';

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  silent: boolean;
  priority: number;
}

export interface NotifierDeps {
  notifications: {
    create(id: string, options: NotificationOptions): Promise<unknown>;
    clear(id: string): Promise<unknown>;
  };
  tabs: {
    update(tabId: number, props: { active: boolean }): Promise<{ windowId?: number } | undefined>;
    sendMessage(tabId: number, message: OpenConversationCommand): Promise<unknown>;
  };
  windows: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
  session: KeyValueArea;
  settings(): Promise<ReplyTimerSettings>;
  iconUrl: string;
  clock: Clock;
}

const memoryKey = (tabId: number): string => `notify:${tabId}`;

async function readMemory(session: KeyValueArea, tabId: number): Promise<TabNotifyMemory | null> {
  const raw = (await session.get(memoryKey(tabId)))[memoryKey(tabId)] as TabNotifyMemory | undefined;
  return raw && typeof raw === 'object' && typeof raw.stages === 'object' && raw.stages !== null ? raw : null;
}

/** A chat tab's live report arrived: remember its stages and notify if lib/background/notification-plan.ts says so. */
export async function onWaitingReport(deps: NotifierDeps, tabId: number | undefined, report: WaitingReport): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const settings = await deps.settings();
  const now = deps.clock.now();
  const { memory, plan } = planNotification(await readMemory(deps.session, tabId), tabId, report, settings.notify, now);
  await deps.session.set({ [memoryKey(tabId)]: memory });
  if (!plan) return;
  await deps.notifications.create(plan.id, {
    type: 'basic',
    iconUrl: deps.iconUrl,
    title: i18n.t('waits.notifyTitle', { n: String(plan.count) }),
    message: i18n.t('waits.notifyMessage', { elapsed: waitText({ waitingSince: plan.longestWaitingSince, estimated: false, lowerBound: false }, now) }),
    silent: !settings.notifySound,
    priority: 2,
  });
}

/** A notification was clicked: bring its chat tab to the front and open the conversation it named. */
export async function onNotificationClicked(deps: NotifierDeps, notificationId: string): Promise<boolean> {
  const tabId = tabOfNotification(notificationId);
  if (tabId === null) return false;
  const memory = await readMemory(deps.session, tabId);
  await deps.notifications.clear(notificationId).catch(() => undefined);
  const tab = await deps.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await deps.windows.update(tab.windowId, { focused: true });
  if (memory?.target) await deps.tabs.sendMessage(tabId, { type: 'tab/open-conversation', buyerId: memory.target });
  return true;
}

/** A tab closed: forget it. */
export async function forgetTab(session: KeyValueArea, tabId: number): Promise<void> {
  await session.remove(memoryKey(tabId));
}
