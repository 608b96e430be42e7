/**
 * The end-of-day reminder (issue 23 item 6): off unless the settings ask for
 * it; then a daily alarm at the chosen Beijing hour (whatever the computer's
 * zone) shows a desktop notification to export today's team day file, and a
 * click opens the popup's page in a tab, where 导出今日团队日报 is one click.
 * Browser APIs come in as parameters.
 */
import { i18n } from '#i18n';
import { addDays, beijingDay, beijingDayStart, DAY_MS, HOUR_MS, MINUTE_MS } from '../clock';
import type { DayEndReminderSettings } from '../settings/types';
import type { NotificationOptions } from './notifier';

export const DAY_END_ALARM = 'kg-day-end-reminder';
export const DAY_END_NOTIFICATION = 'kg-day-end-reminder';

export interface ReminderAlarms {
  get(name: string): Promise<{ name: string; scheduledTime?: number } | undefined>;
  create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean | void>;
}

/** The next Beijing `hour`:00 after `now`. */
export function nextReminderAt(now: number, hour: number): number {
  const todayAt = beijingDayStart(beijingDay(now)) + hour * HOUR_MS;
  return todayAt > now ? todayAt : beijingDayStart(addDays(beijingDay(now), 1)) + hour * HOUR_MS;
}

/** Creates, moves or clears the daily alarm to match the settings; answers whether it changed anything. */
export async function syncReminderAlarm(alarms: ReminderAlarms, settings: DayEndReminderSettings, now: number): Promise<boolean> {
  const existing = await alarms.get(DAY_END_ALARM);
  if (!settings.enabled) {
    if (!existing) return false;
    await alarms.clear(DAY_END_ALARM);
    return true;
  }
  const when = nextReminderAt(now, settings.hour);
  // Already set for the same hour (the worker restarted): re-creating would only push it back.
  if (existing?.scheduledTime !== undefined && Math.abs(existing.scheduledTime - when) < MINUTE_MS) return false;
  await alarms.create(DAY_END_ALARM, { when, periodInMinutes: DAY_MS / MINUTE_MS });
  return true;
}

export interface ReminderNotifications {
  create(id: string, options: NotificationOptions): Promise<unknown>;
  clear(id: string): Promise<unknown>;
}

/** The alarm fired: the notification, unless the reminder was switched off meanwhile. */
export async function remindDayEnd(notifications: ReminderNotifications, settings: DayEndReminderSettings, iconUrl: string): Promise<boolean> {
  if (!settings.enabled) return false;
  await notifications.create(DAY_END_NOTIFICATION, {
    type: 'basic',
    iconUrl,
    title: i18n.t('popup.teamDay.reminderTitle'),
    message: i18n.t('popup.teamDay.reminderMessage'),
    silent: true,
    priority: 0,
  });
  return true;
}

/** A click on the reminder: the popup's page in a tab (the toolbar popup cannot be opened from here everywhere). */
export async function onReminderClicked(
  deps: { notifications: ReminderNotifications; tabs: { create(props: { url: string }): Promise<unknown> }; popupUrl: string },
  notificationId: string,
): Promise<boolean> {
  if (notificationId !== DAY_END_NOTIFICATION) return false;
  await deps.notifications.clear(notificationId).catch(() => undefined);
  await deps.tabs.create({ url: deps.popupUrl });
  return true;
}

/**
 * Registers the reminder's listeners (synchronously, from the worker's main):
 * the alarm follows the settings at install, startup and each change; the
 * alarm shows the notification; a click opens the popup's page.
 */
export function wireDayEndReminder(deps: {
  settings: { get(): Promise<{ dayEndReminder: DayEndReminderSettings }>; onChange(listener: (s: { dayEndReminder: DayEndReminderSettings }) => Promise<void> | void): void };
  now: () => number;
  iconUrl: string;
  popupUrl: string;
}): void {
  const sync = async () => {
    await syncReminderAlarm(browser.alarms, (await deps.settings.get()).dayEndReminder, deps.now()).catch((error: unknown) => console.warn('[kefu-guard] reminder alarm', error));
  };
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  deps.settings.onChange(() => sync());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== DAY_END_ALARM) return;
    await remindDayEnd(browser.notifications, (await deps.settings.get()).dayEndReminder, deps.iconUrl).catch((error: unknown) => console.warn('[kefu-guard] reminder', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    void onReminderClicked({ notifications: browser.notifications, tabs: browser.tabs, popupUrl: deps.popupUrl }, id).catch(() => undefined);
  });
}
