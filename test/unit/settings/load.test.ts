import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettingsWithin } from '@/lib/settings/load';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

describe('loadSettingsWithin', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('answers the stored settings when storage is quick', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    const late = vi.fn();
    const pending = loadSettingsWithin(late, 500);
    await vi.advanceTimersByTimeAsync(0);
    expect((await pending).settings.retentionDays).toBe(30);
    expect(late).not.toHaveBeenCalled();
  });

  it('starts with the defaults while enterprise policy is still loading, then hands over the real settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    let releasePolicy!: (value: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (releasePolicy = resolve)) as never);
    const late = vi.fn();
    const pending = loadSettingsWithin(late, 500);
    await vi.advanceTimersByTimeAsync(500);
    expect((await pending).settings).toEqual(DEFAULT_SETTINGS);
    releasePolicy({ teamSettings: { retentionDays: 60 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledOnce();
    expect(late.mock.calls[0]![0].settings.retentionDays).toBe(60);
    expect(late.mock.calls[0]![0].locked).toEqual(['retentionDays']);
  });
});
