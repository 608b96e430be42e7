/**
 * The background keeps settings in memory (issue 13): read once, re-read
 * after storage.onChanged names them (the background's use of it is tested
 * in test/unit/background.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { isSettingsChange, LiveSettings } from '@/lib/background/live-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { Settings } from '@/lib/settings/types';

describe('LiveSettings', () => {
  it('reads once, then answers from memory until told of a change', async () => {
    let window = 8;
    const read = vi.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, countedWindow: { startHour: window, endHour: 23 } } }));
    const live = new LiveSettings(read);
    const seen: Array<[number, number | undefined]> = [];
    live.onChange((now, before) => void seen.push([now.replyTimer.countedWindow.startHour, before?.replyTimer.countedWindow.startHour]));
    await Promise.all([live.get(), live.get()]);
    await live.get();
    expect(read).toHaveBeenCalledTimes(1);
    window = 10;
    expect((await live.get()).replyTimer.countedWindow.startHour).toBe(8); // no change told: memory
    await live.changed();
    expect((await live.get()).replyTimer.countedWindow.startHour).toBe(10);
    expect(read).toHaveBeenCalledTimes(2);
    expect(seen).toEqual([[10, 8]]);
  });

  it.each([
    [{ settings: {} }, 'local', true],
    [{ teamSettings: {} }, 'managed', true],
    [{ effectiveSettings: {} }, 'local', false],
    [{ settings: {} }, 'session', false],
  ])('%o in %s is a settings change: %s', (changes, area, expected) => {
    expect(isSettingsChange(changes, area)).toBe(expected);
  });
});
