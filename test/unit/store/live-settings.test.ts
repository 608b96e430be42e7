/**
 * The background keeps settings in memory (issue 13): a batch does not read
 * settings storage, and a change (storage.onChanged) is followed — by the
 * next batch, and by rewriting the days stored with the old counted window.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import type { Envelope, Reply, Request, RequestType } from '@/lib/messages';
import { isSettingsChange, LiveSettings } from '@/lib/settings/live';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { Settings } from '@/lib/settings/types';
import { DB_NAME } from '@/lib/store/schema';
import type { KefuGuardDB } from '@/lib/store/schema';
import background from '@/entrypoints/background';
import { ACCOUNT, bj, chat, TODAY } from './helpers';

const NOW = bj(TODAY, '15:00');
const POPUP = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };

async function ask<T extends RequestType>(request: Request<T>): Promise<Reply<T>> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger(request, POPUP as never, respond);
  const envelope = (await response) as Envelope<T>;
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

const batch = (n: number): Request<'chat/events'> => ({
  type: 'chat/events',
  account: ACCOUNT,
  events: [chat('buyer', bj(TODAY, '10:00') + n, `c${n}`, `m${n}`)],
});

/** How often storage.local was asked for the settings. */
function settingsReads(): () => number {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () => get.mock.calls.filter(([keys]) => JSON.stringify(keys ?? null).includes('"settings"')).length;
}

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

describe('the background follows settings instead of reading them per batch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    background.main();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('a batch does not read settings storage once they are held', async () => {
    await ask(batch(1));
    const reads = settingsReads();
    for (let i = 2; i < 6; i += 1) await ask(batch(i));
    await ask({ type: 'summary/get' });
    expect(reads()).toBe(0);
  });

  it('a change of the counted window is followed by the next batch and rewrites the stored days', async () => {
    await ask(batch(1)); // 10:00, counted in 08–23
    expect((await ask({ type: 'summary/get' })).metrics).toMatchObject({ messages: 1, uncounted: 0 });
    await fakeBrowser.storage.local.set({ settings: { replyTimer: { countedWindow: { startHour: 11, endHour: 23 } } } });
    await vi.waitFor(async () => {
      const db = await openDB<KefuGuardDB>(DB_NAME);
      const stored = await db.get('dailyAggregates', [ACCOUNT.key, TODAY]);
      db.close();
      expect(stored?.window).toEqual({ startHour: 11, endHour: 23 });
      expect(stored?.metrics).toMatchObject({ messages: 0, uncounted: 1 });
    });
    await ask(batch(2));
    expect((await ask({ type: 'summary/get' })).metrics).toMatchObject({ messages: 0, uncounted: 2 });
  });
});
