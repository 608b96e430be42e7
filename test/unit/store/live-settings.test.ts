/**
 * The background keeps settings in memory (issue 13): read once, re-read
 * after storage.onChanged names them (the background's use of it is tested
 * in test/unit/background.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSettingsChange, LiveSettings } from '@/lib/background/live-settings';
import { startVariantWriter } from '@/lib/background/phrase-variants-writer';
import { startSettingsPublisher } from '@/lib/background/settings-publisher';
import type { EffectiveSettings } from '@/lib/settings/merge';
import { variantsSource } from '@/lib/phrases/variants';
import { phraseVariantsItem } from '@/lib/settings/phrase-variants';
import { publishedSettingsItem, readPublished } from '@/lib/settings/published';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

describe('LiveSettings', () => {
  it('reads once, then answers from memory until told of a change', async () => {
    let window = 8;
    const read = vi.fn(async (): Promise<EffectiveSettings> => ({
      settings: { ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, countedWindow: { startHour: window, endHour: 23 } } },
      locked: [],
      rejected: [],
    }));
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

  // Making the variants builds lookups from the character and pinyin tables once: slow only on a busy machine.
  const SLOW = { timeout: 20_000, interval: 50 };

  it('is the one view the publisher and the phrase variants writer follow: now, and after each change it is told of', async () => {
    fakeBrowser.reset();
    let words = ['加我薇信'];
    const read = vi.fn(async (): Promise<EffectiveSettings> => ({
      settings: { ...DEFAULT_SETTINGS, retentionDays: 30 + words.length, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, customWords: words } },
      locked: ['retentionDays'],
      rejected: [],
    }));
    const live = new LiveSettings(read);
    startSettingsPublisher(live);
    startVariantWriter(live);
    const published = async () => readPublished(await publishedSettingsItem.getValue());
    await vi.waitFor(async () => expect((await published()).settings.retentionDays).toBe(31), SLOW);
    expect((await published()).locked).toEqual(['retentionDays']);
    const madeFor = async () => (await phraseVariantsItem.getValue())?.source;
    const allow = DEFAULT_SETTINGS.phraseGuard.allowList;
    await vi.waitFor(async () => expect(await madeFor()).toBe(variantsSource(words, allow)), SLOW);
    words = ['加我薇信', '私聊'];
    await live.changed();
    await vi.waitFor(async () => expect((await published()).settings.retentionDays).toBe(32), SLOW);
    await vi.waitFor(async () => expect(await madeFor()).toBe(variantsSource(words, allow)), SLOW);
    expect(read).toHaveBeenCalledTimes(2); // one read each time, shared by both
  }, 30_000);

  it('a change while the first write is under way: the variants stored last are the new words\' (writes take turns, each from the settings then held)', async () => {
    fakeBrowser.reset();
    const settingsOf = (words: string[]): EffectiveSettings => ({
      settings: { ...DEFAULT_SETTINGS, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, customWords: words } },
      locked: [],
      rejected: [],
    });
    // The worker's first read is slow (it wakes on a busy machine) and sees the words before the owner's change.
    let releaseFirst: () => void = () => undefined;
    const first = new Promise<EffectiveSettings>((resolve) => (releaseFirst = () => resolve(settingsOf([]))));
    const read = vi.fn<() => Promise<EffectiveSettings>>().mockReturnValueOnce(first).mockResolvedValue(settingsOf(['秒杀价']));
    const live = new LiveSettings(read);
    void live.effective(); // the worker's first read, under way
    const writing = startVariantWriter(live);
    await live.changed(); // the owner's words arrive while it is pending
    releaseFirst();
    await writing;
    const allow = DEFAULT_SETTINGS.phraseGuard.allowList;
    await vi.waitFor(async () => expect((await phraseVariantsItem.getValue())?.source).toBe(variantsSource(['秒杀价'], allow)), SLOW);
    await new Promise((done) => setTimeout(done, 200)); // nothing older lands after it
    expect((await phraseVariantsItem.getValue())?.source).toBe(variantsSource(['秒杀价'], allow));
  }, 30_000);

  it.each([
    [{ settings: {} }, 'local', true],
    [{ teamSettings: {} }, 'managed', true],
    [{ effectiveSettings: {} }, 'local', false],
    [{ settings: {} }, 'session', false],
  ])('%o in %s is a settings change: %s', (changes, area, expected) => {
    expect(isSettingsChange(changes, area)).toBe(expected);
  });
});
