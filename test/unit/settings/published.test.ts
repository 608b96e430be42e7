/**
 * Content scripts read the settings the background checked and published
 * (lib/settings/published.ts, lib/background/settings-publisher.ts), so the zod schema
 * stays out of their bundles while invalid policy values still never apply.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '@/lib/settings/load';
import { publishSettings } from '@/lib/background/settings-publisher';
import { fillByShape, followPublished, loadPublishedWithin, publishedSettingsItem, readPublished, watchPublished } from '@/lib/settings/published';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

beforeEach(() => fakeBrowser.reset());

describe('publishSettings', () => {
  it('publishes the merged, checked settings: a valid policy value locked, an invalid one not applied', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ teamSettings: { replyTimer: { warnRatio: 50 }, targets: { rate1h: 0.9 } } } as never);
    expect(await publishSettings(await loadSettings())).toBe(true);
    const published = readPublished(await publishedSettingsItem.getValue());
    expect(published.settings.retentionDays).toBe(30);
    expect(published.settings.targets.rate1h).toBe(0.9);
    expect(published.settings.replyTimer.warnRatio).toBe(DEFAULT_SETTINGS.replyTimer.warnRatio);
    expect(published.locked).toEqual(['targets.rate1h']);
  });

  it('writes nothing when the same settings are published already', async () => {
    const effective = await loadSettings();
    expect(await publishSettings(effective)).toBe(true);
    expect(await publishSettings(effective)).toBe(false);
  });
});

describe('readPublished', () => {
  it.each([
    ['nothing published yet', undefined],
    ['not an object', 'settings'],
    ['another settings version', { settings: { ...DEFAULT_SETTINGS, version: 99 }, locked: [] }],
  ])('%s: the defaults', (_name, value) => {
    expect(readPublished(value)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], rejected: [] });
  });

  it('a copy from before a field existed gets that field from the defaults; a value of the wrong kind is not taken', () => {
    const { team: _team, ...older } = DEFAULT_SETTINGS;
    const value = { settings: { ...older, retentionDays: 'ninety', targets: { ...DEFAULT_SETTINGS.targets, rate1h: 0.9 } }, locked: ['targets.rate1h', 3] };
    const read = readPublished(value);
    expect(read.settings.team).toEqual(DEFAULT_SETTINGS.team);
    expect(read.settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(read.settings.targets.rate1h).toBe(0.9);
    expect(read.locked).toEqual(['targets.rate1h']);
  });

  it.each([
    [{ a: 1 }, { a: 2, b: 3 }, { a: 2 }],
    [{ a: 1 }, { a: Number.NaN }, { a: 1 }],
    [{ list: ['x'] }, { list: ['y', 'z'] }, { list: ['y', 'z'] }],
    [{ list: ['x'] }, { list: ['y', 4] }, { list: ['x'] }],
    [{ nested: { on: true } }, { nested: 'yes' }, { nested: { on: true } }],
  ])('fillByShape(%j, %j) = %j', (defaults, value, expected) => {
    expect(fillByShape(defaults, value)).toEqual(expected);
  });
});

describe('loadPublishedWithin and watchPublished', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers the published settings when storage is quick', async () => {
    await publishSettings({ settings: { ...DEFAULT_SETTINGS, retentionDays: 30 }, locked: [], rejected: [] });
    const late = vi.fn();
    const pending = loadPublishedWithin(late, 500);
    await vi.advanceTimersByTimeAsync(0);
    expect((await pending).settings.retentionDays).toBe(30);
    expect(late).not.toHaveBeenCalled();
  });

  it('starts with the defaults when storage is slow, then hands over the published settings', async () => {
    let release!: (value: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValueOnce(new Promise((resolve) => (release = resolve)) as never);
    const late = vi.fn();
    const pending = loadPublishedWithin(late, 500);
    await vi.advanceTimersByTimeAsync(500);
    expect((await pending).settings).toEqual(DEFAULT_SETTINGS);
    release({ effectiveSettings: { settings: { ...DEFAULT_SETTINGS, retentionDays: 60 }, locked: ['retentionDays'] } });
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledOnce();
    expect(late.mock.calls[0]![0].settings.retentionDays).toBe(60);
  });

  it('a content script follows what the background publishes next', async () => {
    const seen = vi.fn();
    const stop = watchPublished(seen);
    await publishSettings({ settings: { ...DEFAULT_SETTINGS, retentionDays: 45 }, locked: [], rejected: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.mock.calls.at(-1)![0].settings.retentionDays).toBe(45);
    stop();
  });
});

describe('followPublished', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the defaults, then the published settings, then each change, until the lifetime ends', async () => {
    await publishSettings({ settings: { ...DEFAULT_SETTINGS, retentionDays: 30 }, locked: [], rejected: [] });
    const lifetime = new AbortController();
    const heard = vi.fn();
    const followed = followPublished(lifetime.signal, heard);
    expect(followed.current()).toEqual(DEFAULT_SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    await followed.loaded;
    expect(followed.current().retentionDays).toBe(30);
    await publishSettings({ settings: { ...DEFAULT_SETTINGS, retentionDays: 45 }, locked: [], rejected: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(followed.current().retentionDays).toBe(45);
    expect(heard.mock.calls.map(([s]) => s.retentionDays)).toEqual([30, 45]);
    lifetime.abort();
    await publishSettings({ settings: { ...DEFAULT_SETTINGS, retentionDays: 60 }, locked: [], rejected: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(followed.current().retentionDays).toBe(45);
  });
});
