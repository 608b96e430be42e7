// The after-sales pages learn whose refunds they show with 'account/current'
// (issue 13 item 4): the background answers the account it saw last, without a
// summary, and the page asks once per load (again only after a failure).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR_MS } from '@/lib/clock';
import type { AccountInfo } from '@/lib/events';
import { REQUEST_SENDERS, type Request } from '@/lib/messages';
import { dispatch, isRequest } from '@/lib/background/request-dispatch';
import { afterSalesPage, CLOCK_SHIFTED, type ClockShift } from '@/lib/features/refund-deadline/page';
import type { StoreConnection } from '@/lib/store/db';
import { createHandlers } from '@/lib/background/handlers';
import { SenderGate } from '@/lib/background/senders';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { freshStore, manualClock } from '../store/helpers';
import { SNAPSHOT_NOW } from './helpers';

const AGENT: AccountInfo = { key: 'mall1:agent1', mallName: '测试店', agentName: '小王' };
const LATER: AccountInfo = { key: 'mall1:agent2', mallName: '测试店' };

describe('the background answers account/current', () => {
  const clock = manualClock(SNAPSHOT_NOW);
  let store: StoreConnection;
  beforeEach(() => {
    fakeBrowser.reset();
    ({ store } = freshStore(clock));
  });
  afterEach(() => store.close());

  const ask = (request: Request) =>
    dispatch(createHandlers({ store, session: fakeBrowser.storage.session, local: fakeBrowser.storage.local, settings: async () => DEFAULT_SETTINGS, action: fakeBrowser.action, clock }), request, {});

  it('is a request of the contract that a content script on the after-sales list may send', async () => {
    expect(isRequest({ type: 'account/current' })).toBe(true);
    expect(REQUEST_SENDERS['account/current']).toEqual({ from: 'pages-and-content', account: 'none' });
    const self = { id: 'ext', pagesBase: 'chrome-extension://ext/' };
    const aftersales = { id: 'ext', url: 'https://mms.pinduoduo.com/aftersales/aftersale_list', tab: { id: 9 }, frameId: 0, documentId: 'd9' };
    expect(await new SenderGate(fakeBrowser.storage.session, self).check({ type: 'account/current' }, aftersales)).toEqual({ ok: true, kind: 'content' });
  });

  it("'default' before any page said who is logged in", async () => {
    expect(await ask({ type: 'account/current' })).toEqual({ ok: true, value: { account: { key: 'default' } } });
  });

  it('the account seen last, names included, and nothing else', async () => {
    expect((await ask({ type: 'chat/heartbeat', account: AGENT, at: SNAPSHOT_NOW })).ok).toBe(true);
    expect(await ask({ type: 'account/current' })).toEqual({ ok: true, value: { account: AGENT } });
    clock.set(SNAPSHOT_NOW + HOUR_MS);
    expect((await ask({ type: 'chat/heartbeat', account: LATER, at: SNAPSHOT_NOW + HOUR_MS })).ok).toBe(true);
    expect(await ask({ type: 'account/current' })).toEqual({ ok: true, value: { account: LATER } });
  });
});

describe('the after-sales page asks for it', () => {
  const storage = { get: async () => ({}), set: async () => undefined };
  const clock = { now: () => SNAPSHOT_NOW };

  it('once per page load, and never for a summary', async () => {
    const send = vi.fn(async (request: Request) => {
      if (request.type === 'account/current') return { account: AGENT };
      throw new Error(`unexpected ${request.type}`);
    });
    const page = await afterSalesPage(window, clock, send as never, storage, new AbortController().signal);
    expect(await page.account()).toEqual(AGENT);
    expect(await page.account()).toEqual(AGENT);
    expect(send.mock.calls.map(([r]) => r.type)).toEqual(['account/current']);
  });

  it("'default' while the background is away, and asks again next time", async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('no reply to account/current: background not running?')).mockResolvedValue({ account: AGENT });
    const page = await afterSalesPage(window, clock, send as never, storage, new AbortController().signal);
    expect(await page.account()).toEqual({ key: 'default' });
    expect(await page.account()).toEqual(AGENT);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the after-sales page follows its clock', () => {
  it('tells the feature how far the clock moved when it learned the platform\'s time, not when it was only confirmed, until the page goes', async () => {
    const listeners = new Set<(shift: number) => void>();
    const clock = { now: () => SNAPSHOT_NOW, onChange: (l: (shift: number) => void) => (listeners.add(l), () => void listeners.delete(l)) };
    const lifetime = new AbortController();
    const page = await afterSalesPage(window, clock, vi.fn() as never, { get: async () => ({}), set: async () => undefined }, lifetime.signal);
    const heard: number[] = [];
    page.changes.addEventListener(CLOCK_SHIFTED, (event) => heard.push((event as ClockShift).shift));
    for (const l of listeners) l(4 * HOUR_MS);
    for (const l of listeners) l(0);
    expect(heard).toEqual([4 * HOUR_MS]);
    lifetime.abort();
    expect(listeners.size).toBe(0);
  });
});
