/**
 * The after-sales content script's clock (lib/content/worker-clock.ts): the
 * computer's plus the offset the worker learned from the chat page, asked
 * over the message contract ('clock/offset', answered from the worker's
 * storage.session, which Chrome keeps from content scripts), and asked again
 * to follow it. A computer 4 h slow then counts how long ago a refund fell due
 * on the platform's clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR_MS, MINUTE_MS } from '@/lib/clock';
import { FOLLOW_MS, workerClock } from '@/lib/content/worker-clock';
import { createHandlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/background/request-dispatch';
import { SenderGate } from '@/lib/background/senders';
import { REQUEST_SENDERS, type Request, type Send } from '@/lib/messages';
import { CLOCK_HOLD_MS, PLATFORM_CLOCK_KEY, type LearnedOffset } from '@/lib/platform-offset';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { StoreConnection } from '@/lib/store/db';
import { bj } from '../aftersales/helpers';
import { freshStore, manualClock } from '../store/helpers';

const PLATFORM_NOW = bj('2026-11-23 10:00:00');
const SLOW = 4 * HOUR_MS;
const WALL = PLATFORM_NOW - SLOW;
const LEARNED: LearnedOffset = { offset: SLOW, confirmedAt: WALL - MINUTE_MS };

/** A tab: its timers (vitest's fake ones) and document. */
const tab = () => ({ setInterval, clearInterval, document }) as unknown as Pick<Window, 'setInterval' | 'clearInterval' | 'document'>;

/** The worker as a content script reaches it: answers 'clock/offset' with whatever `learned` holds now. */
function worker(initial: unknown) {
  const state = { learned: initial, away: false };
  const send = vi.fn(async (request: Request) => {
    if (state.away) throw new Error('no reply to clock/offset: background not running?');
    if (request.type !== 'clock/offset') throw new Error(`unexpected ${request.type}`);
    return { learned: state.learned };
  });
  return { state, send: send as unknown as Send, asked: () => send.mock.calls.length };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

describe('the content script\'s clock', () => {
  it('is the platform\'s once the worker answered: a computer 4 h slow reads the platform\'s time', async () => {
    let wall = WALL;
    const { send } = worker(LEARNED);
    const clock = workerClock(send, tab(), new AbortController().signal, () => wall);
    expect(clock.now()).toBe(WALL); // before the answer: the computer's
    await clock.ready;
    expect(clock.now()).toBe(PLATFORM_NOW);
    wall += CLOCK_HOLD_MS; // the chat page fell silent two hours ago: the computer's clock again, as in the worker
    expect(clock.now()).toBe(wall);
  });

  it('follows the worker: asked again every minute while the tab is shown and when it is shown again, and says how far it moved', async () => {
    const { state, send, asked } = worker(null);
    const clock = workerClock(send, tab(), new AbortController().signal, () => WALL);
    await clock.ready;
    expect(clock.now()).toBe(WALL); // no chat page spoke: the computer's clock
    const shifts: number[] = [];
    clock.onChange((shift) => shifts.push(shift));
    state.learned = LEARNED; // the chat page was opened and measured the platform
    await vi.advanceTimersByTimeAsync(FOLLOW_MS);
    expect(clock.now()).toBe(PLATFORM_NOW);
    await vi.advanceTimersByTimeAsync(FOLLOW_MS); // only confirmed
    expect(asked()).toBe(3);
    state.learned = { offset: -HOUR_MS, confirmedAt: WALL }; // a fast clock, as the chat page measured it
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await vi.advanceTimersByTimeAsync(5 * FOLLOW_MS); // a hidden tab does not keep waking the worker
    expect(asked()).toBe(3);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(clock.now()).toBe(WALL - HOUR_MS));
    expect(shifts).toEqual([SLOW, 0, -HOUR_MS - SLOW]);
    expect(asked()).toBe(4);
  });

  it.each([
    ['a reply that is no offset', { offset: 'tomorrow', confirmedAt: WALL }],
    ['a year ahead', { offset: 365 * 24 * HOUR_MS, confirmedAt: WALL }],
  ])('keeps the computer\'s clock for %s', async (_what, reply) => {
    const { send } = worker(reply);
    const clock = workerClock(send, tab(), new AbortController().signal, () => WALL);
    await clock.ready;
    expect(clock.now()).toBe(WALL);
  });

  it('is ready, on the computer\'s clock, when the worker is away; keeps a learned offset while it is', async () => {
    const { state, send } = worker(LEARNED);
    state.away = true;
    const clock = workerClock(send, tab(), new AbortController().signal, () => WALL);
    await clock.ready;
    expect(clock.now()).toBe(WALL);
    state.away = false;
    await vi.advanceTimersByTimeAsync(FOLLOW_MS);
    expect(clock.now()).toBe(PLATFORM_NOW);
    state.away = true;
    await vi.advanceTimersByTimeAsync(FOLLOW_MS);
    expect(clock.now()).toBe(PLATFORM_NOW);
  });

  it('stops asking when the page\'s lifetime ends', async () => {
    const { send, asked } = worker(LEARNED);
    const lifetime = new AbortController();
    await workerClock(send, tab(), lifetime.signal, () => WALL).ready;
    lifetime.abort();
    await vi.advanceTimersByTimeAsync(5 * FOLLOW_MS);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(asked()).toBe(1);
  });
});

describe('the worker answers clock/offset', () => {
  const clock = manualClock(WALL);
  let store: StoreConnection;
  beforeEach(() => {
    fakeBrowser.reset();
    ({ store } = freshStore(clock));
  });
  afterEach(() => store.close());

  const ask = () =>
    dispatch(createHandlers({ store, session: fakeBrowser.storage.session, local: fakeBrowser.storage.local, settings: async () => DEFAULT_SETTINGS, action: fakeBrowser.action, clock }), { type: 'clock/offset' }, {});

  it('a content script on the after-sales list may ask; nothing of an account is named', async () => {
    expect(REQUEST_SENDERS['clock/offset']).toEqual({ from: 'pages-and-content', account: 'none' });
    const self = { id: 'ext', pagesBase: 'chrome-extension://ext/' };
    const aftersales = { id: 'ext', url: 'https://mms.pinduoduo.com/aftersales/aftersale_list', tab: { id: 9 }, frameId: 0, documentId: 'd9' };
    expect(await new SenderGate(fakeBrowser.storage.session, self).check({ type: 'clock/offset' }, aftersales)).toEqual({ ok: true, kind: 'content' });
  });

  it('with the offset its clock keeps in storage.session, null before any and for anything else there', async () => {
    expect(await ask()).toEqual({ ok: true, value: { learned: null } });
    await fakeBrowser.storage.session.set({ [PLATFORM_CLOCK_KEY]: LEARNED });
    expect(await ask()).toEqual({ ok: true, value: { learned: LEARNED } });
    await fakeBrowser.storage.session.set({ [PLATFORM_CLOCK_KEY]: { offset: SLOW } });
    expect(await ask()).toEqual({ ok: true, value: { learned: null } });
  });
});
