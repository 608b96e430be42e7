/**
 * A computer clock a day slow does not move "today" (issue 22 item 8): the
 * worker's clock follows the platform's time as our chat page measured it
 * from the traffic the browser fetched, stamped on its heartbeats. Times are
 * anchored (fake Date), so this holds at any hour and in any zone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { addDays, beijingDayStart, DAY_MS, HOUR_MS, MINUTE_MS } from '@/lib/clock';
import type { Envelope, Reply, Request, RequestType } from '@/lib/messages';
import { LearnedPlatformClock } from '@/lib/background/platform-clock';
import { ChatSession } from '@/lib/content/chat-session/session';
import { PlatformClock } from '@/lib/clock';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import { CLOCK_HOLD_MS, learn, offsetAt, PLATFORM_CLOCK_KEY } from '@/lib/platform-offset';
import background from '@/entrypoints/background';

const TODAY = '2026-11-23';
const YESTERDAY = addDays(TODAY, -1);
/** The platform's time: 00:30 Beijing, just past midnight (a slow clock is still on yesterday at any hour). */
const PLATFORM_NOW = beijingDayStart(TODAY) + 30 * MINUTE_MS;
const SLOW = PLATFORM_NOW - DAY_MS;

describe('the learned offset', () => {
  it('is the platform time seen minus the computer\'s, held while heartbeats confirm it', () => {
    const learned = learn(null, PLATFORM_NOW, SLOW);
    expect(learned).toEqual({ offset: DAY_MS, confirmedAt: SLOW });
    expect(offsetAt(learned, SLOW + HOUR_MS)).toBe(DAY_MS);
    // An older stamp (a heartbeat parked while the store failed) lowers nothing.
    expect(learn(learned, PLATFORM_NOW - HOUR_MS, SLOW + MINUTE_MS)).toBe(learned);
    // A heartbeat a moment later confirms it.
    expect(learn(learned, PLATFORM_NOW + MINUTE_MS, SLOW + MINUTE_MS + 5_000)).toEqual({ offset: DAY_MS, confirmedAt: SLOW + MINUTE_MS + 5_000 });
  });

  it.each<[string, number, number]>([
    ['the computer agrees (within 2 s)', PLATFORM_NOW, PLATFORM_NOW - 1_000],
    ['the computer is fast: only a lower bound is known, it stays', PLATFORM_NOW, PLATFORM_NOW + HOUR_MS],
    ['a stamp 31 days ahead is no platform time', PLATFORM_NOW + 31 * DAY_MS, PLATFORM_NOW],
    ['not a time', Number.NaN, PLATFORM_NOW],
    ['year 58887 (µs read as ms)', PLATFORM_NOW * 1000, PLATFORM_NOW],
  ])('learns nothing when %s', (_what, platformAt, wall) => {
    expect(learn(null, platformAt, wall)).toBeNull();
  });

  it('is dropped once no heartbeat confirmed it for the hold time, or when the computer clock went back before it', () => {
    const learned = learn(null, PLATFORM_NOW, SLOW);
    expect(offsetAt(learned, SLOW + CLOCK_HOLD_MS)).toBe(DAY_MS);
    // The clock was set right (a day forward): the offset is not added a second time.
    expect(offsetAt(learned, SLOW + DAY_MS)).toBe(0);
    expect(offsetAt(learned, SLOW - HOUR_MS)).toBe(0);
    // After it lapsed, a new heartbeat starts again from what it says.
    const fixed = SLOW + DAY_MS;
    const after = learn(learned, fixed + 1_000, fixed);
    expect(offsetAt(after, fixed)).toBe(0);
    const lapsed = SLOW + CLOCK_HOLD_MS + HOUR_MS;
    expect(learn(learned, lapsed + DAY_MS / 2, lapsed)).toEqual({ offset: DAY_MS / 2, confirmedAt: lapsed });
  });

  it('outlives the worker in storage.session', async () => {
    fakeBrowser.reset();
    let wall = SLOW;
    const clock = new LearnedPlatformClock(fakeBrowser.storage.session, () => wall);
    await clock.loaded;
    expect(clock.now()).toBe(SLOW);
    clock.observe(PLATFORM_NOW);
    expect(clock.now()).toBe(PLATFORM_NOW);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(PLATFORM_CLOCK_KEY)).toEqual({ [PLATFORM_CLOCK_KEY]: { offset: DAY_MS, confirmedAt: SLOW } }));
    wall += MINUTE_MS;
    const restarted = new LearnedPlatformClock(fakeBrowser.storage.session, () => wall);
    await restarted.loaded;
    expect(restarted.now()).toBe(PLATFORM_NOW + MINUTE_MS);
    // A stored value out of bounds (written by anything else) is not taken.
    await fakeBrowser.storage.session.set({ [PLATFORM_CLOCK_KEY]: { offset: 400 * DAY_MS, confirmedAt: wall } });
    const poisoned = new LearnedPlatformClock(fakeBrowser.storage.session, () => wall);
    await poisoned.loaded;
    expect(poisoned.now()).toBe(wall);
  });
});

/** A computer an hour fast, late in the evening: its own clock is already on tomorrow. */
const FAST_PLATFORM = beijingDayStart(TODAY) - 20 * MINUTE_MS; // 23:40 on YESTERDAY, Beijing
const FAST = FAST_PLATFORM + HOUR_MS;

describe('a computer clock that is fast', () => {
  it('is learned from the offset the chat page measured, not from the stamp (only a lower bound)', () => {
    expect(learn(null, FAST_PLATFORM, FAST)).toBeNull(); // the stamp alone: nothing known
    const learned = learn(null, FAST_PLATFORM, FAST, -HOUR_MS);
    expect(learned).toEqual({ offset: -HOUR_MS, confirmedAt: FAST });
    expect(offsetAt(learned, FAST + MINUTE_MS)).toBe(-HOUR_MS);
    // The page's measurement moves by milliseconds: the offset in force holds, confirmed.
    expect(learn(learned, 0, FAST + MINUTE_MS, -HOUR_MS + 40)).toEqual({ offset: -HOUR_MS, confirmedAt: FAST + MINUTE_MS });
    // A heartbeat from a page that has not seen the platform's time yet says nothing about it.
    expect(learn(learned, FAST + MINUTE_MS, FAST + MINUTE_MS)).toBe(learned);
    // The computer's clock set right: the page measures agreement, and the offset goes.
    expect(learn(learned, FAST_PLATFORM + MINUTE_MS, FAST_PLATFORM + MINUTE_MS, -300)).toBeNull();
    // Set right by an hour and a half: the old offset is out of force now, but would be again in an hour; it goes.
    expect(learn(learned, FAST - 90 * MINUTE_MS, FAST - 90 * MINUTE_MS, 0)).toBeNull();
    // A slow computer is still learned from the stamps, whatever the page measured (a stamp is the larger lower bound).
    expect(learn(null, FAST_PLATFORM, FAST_PLATFORM - DAY_MS, 0)).toEqual({ offset: DAY_MS, confirmedAt: FAST_PLATFORM - DAY_MS });
    // Nothing learned and the clocks agree: nothing changes.
    expect(learn(null, FAST_PLATFORM, FAST_PLATFORM, 500)).toBeNull();
  });

  it.each<[string, number]>([
    ['more than a month', -32 * DAY_MS],
    ['not a number', Number.NaN],
    ['infinite', Number.NEGATIVE_INFINITY],
  ])('takes no measured offset that is %s', (_what, measured) => {
    const learned = learn(null, FAST_PLATFORM, FAST, -HOUR_MS);
    expect(learn(learned, FAST_PLATFORM, FAST, measured)).toBe(learned);
    expect(learn(null, FAST_PLATFORM, FAST, measured)).toBeNull();
  });

  it('is what the chat page sends: its heartbeat carries the offset measured from the platform\'s pushes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FAST);
    try {
      document.body.innerHTML = '<textarea id="replyTextarea"></textarea>';
      const clock = new PlatformClock();
      const sent: Request[] = [];
      const send = vi.fn(async (r: Request) => (sent.push(r), {}));
      const session = new ChatSession({ win: window, doc: document, clock, send: send as never, signal: new AbortController().signal });
      session.heartbeat();
      expect(sent.at(-1)).toMatchObject({ type: 'chat/heartbeat', at: FAST, offset: null }); // no platform time seen yet
      const push = { response: 'push', message: { msg_id: 'm1', from: { role: 'user', uid: '8123456789' }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: FAST_PLATFORM / 1000 } };
      (session as unknown as { ingestTraffic(o: unknown): void }).ingestTraffic(readTraffic({ channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: JSON.stringify(push) }, Date.now()));
      session.heartbeat();
      expect(sent.at(-1)).toMatchObject({ type: 'chat/heartbeat', at: FAST_PLATFORM, offset: -HOUR_MS });
    } finally {
      document.body.innerHTML = '';
      vi.useRealTimers();
    }
  });
});

const EXTENSION_ID = 'test-extension-id';
const POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html`, origin: `chrome-extension://${EXTENSION_ID}` };
const CHAT_TAB = { id: EXTENSION_ID, url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/', origin: 'https://mms.pinduoduo.com', tab: { id: 7 }, frameId: 0, documentId: 'doc-7' };
const ACCOUNT = { key: 'mall1:agent1', mallName: '测试店' };

async function deliver<T extends RequestType>(request: Request<T>, sender: object): Promise<Reply<T>> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger(request, sender as never, respond);
  const envelope = (await response) as Envelope<T>;
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

/** The worker started afresh on a computer whose clock reads `wall` (fake Date, new IndexedDB). */
function workerAt(wall: number): void {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(wall);
    background.main();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

const today = async () => (await deliver({ type: 'summary/get' }, POPUP)).today;

describe('the worker on a computer a day slow', () => {
  workerAt(SLOW);

  it('takes "today" from the platform once the chat page\'s heartbeat brings its time, never from an extension page\'s', async () => {
    expect(await today()).toBe(YESTERDAY); // the computer's own day, before the chat page said anything
    // An extension page (a seeder, the options page) cannot move the clock.
    await deliver({ type: 'chat/heartbeat', account: ACCOUNT, at: PLATFORM_NOW + 5 * DAY_MS }, POPUP);
    expect(await today()).toBe(YESTERDAY);
    await deliver({ type: 'chat/heartbeat', account: ACCOUNT, at: PLATFORM_NOW }, CHAT_TAB);
    expect(await today()).toBe(TODAY);
    // The team day file ends on the platform's today too.
    const file = JSON.parse((await deliver({ type: 'team/export', account: ACCOUNT.key, days: 1 }, POPUP)).body) as { days: { to: string } };
    expect(file.days.to).toBe(TODAY);
  });
});

describe('the worker on a computer an hour fast, before midnight', () => {
  workerAt(FAST);

  it('keeps the platform\'s today once the chat page measured the offset; an extension page cannot set one', async () => {
    expect(await today()).toBe(TODAY); // the computer's own day: tomorrow already, for the platform
    await deliver({ type: 'chat/heartbeat', account: ACCOUNT, at: FAST_PLATFORM, offset: -HOUR_MS }, POPUP);
    expect(await today()).toBe(TODAY);
    await deliver({ type: 'chat/heartbeat', account: ACCOUNT, at: FAST_PLATFORM, offset: -HOUR_MS }, CHAT_TAB);
    expect(await today()).toBe(YESTERDAY);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(PLATFORM_CLOCK_KEY)).toEqual({ [PLATFORM_CLOCK_KEY]: { offset: -HOUR_MS, confirmedAt: FAST } }));
  });
});
