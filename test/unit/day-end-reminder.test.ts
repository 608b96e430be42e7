import { beforeEach, describe, expect, it, vi } from 'vitest';
import { beijingDayStart, HOUR_MS, MINUTE_MS } from '@/lib/clock';
import { DAY_END_ALARM, DAY_END_NOTIFICATION, nextReminderAt, onReminderClicked, remindDayEnd, syncReminderAlarm } from '@/lib/background/day-end-reminder';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { useLocale } from './popup/i18n';

// Anchored on Beijing days, so this holds at any hour and in any zone (TZ=America/New_York too).
const DAY = '2026-05-12';
const at = (h: number, m = 0) => beijingDayStart(DAY) + h * HOUR_MS + m * MINUTE_MS;

function fakeAlarms(existing?: { name: string; scheduledTime: number }) {
  const alarms = new Map<string, { name: string; scheduledTime: number }>(existing ? [[existing.name, existing]] : []);
  return {
    alarms,
    get: vi.fn(async (name: string) => alarms.get(name)),
    create: vi.fn((name: string, info: { when?: number }) => void alarms.set(name, { name, scheduledTime: info.when! })),
    clear: vi.fn(async (name: string) => alarms.delete(name)),
  };
}

beforeEach(() => useLocale('zh_CN'));

describe('end-of-day reminder (issue 23 item 6)', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.dayEndReminder.enabled).toBe(false);
  });

  it.each([
    ['before the hour: today', at(9, 30), 22, at(22)],
    ['after the hour: tomorrow', at(22, 1), 22, at(22) + 24 * HOUR_MS],
    ['at 23:59 Beijing for 12:00', at(23, 59), 12, at(12) + 24 * HOUR_MS],
  ])('next reminder %s (Beijing time)', (_, now, hour, expected) => {
    expect(nextReminderAt(now, hour)).toBe(expected);
  });

  it('the alarm follows the setting: created daily at the hour, kept on a restart, moved, cleared when off', async () => {
    const alarms = fakeAlarms();
    expect(await syncReminderAlarm(alarms, { enabled: false, hour: 22 }, at(10))).toBe(false);
    expect(alarms.create).not.toHaveBeenCalled();
    expect(await syncReminderAlarm(alarms, { enabled: true, hour: 22 }, at(10))).toBe(true);
    expect(alarms.create).toHaveBeenCalledWith(DAY_END_ALARM, { when: at(22), periodInMinutes: 1440 });
    expect(await syncReminderAlarm(alarms, { enabled: true, hour: 22 }, at(11))).toBe(false);
    expect(await syncReminderAlarm(alarms, { enabled: true, hour: 18 }, at(11))).toBe(true);
    expect(alarms.alarms.get(DAY_END_ALARM)?.scheduledTime).toBe(at(18));
    expect(await syncReminderAlarm(alarms, { enabled: false, hour: 18 }, at(12))).toBe(true);
    expect(alarms.alarms.size).toBe(0);
  });

  it('the alarm shows the notification only while the reminder is on; a click opens the popup page', async () => {
    const notifications = { create: vi.fn(async () => undefined), clear: vi.fn(async () => undefined) };
    expect(await remindDayEnd(notifications, { enabled: false, hour: 22 }, 'icon.png')).toBe(false);
    expect(notifications.create).not.toHaveBeenCalled();
    expect(await remindDayEnd(notifications, { enabled: true, hour: 22 }, 'icon.png')).toBe(true);
    expect(notifications.create).toHaveBeenCalledWith(DAY_END_NOTIFICATION, expect.objectContaining({ title: '该导出今日团队日报了' }));
    const tabs = { create: vi.fn(async () => undefined) };
    expect(await onReminderClicked({ notifications, tabs, popupUrl: 'chrome-extension://x/popup.html' }, 'wait:5:1')).toBe(false);
    expect(await onReminderClicked({ notifications, tabs, popupUrl: 'chrome-extension://x/popup.html' }, DAY_END_NOTIFICATION)).toBe(true);
    expect(tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://x/popup.html' });
  });
});
