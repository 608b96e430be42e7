// The after-sales pages learn whose refunds they show with 'account/current'
// (issue 13 item 4): the background answers the account it saw last, without a
// summary, and the page asks once per load (again only after a failure).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { HOUR_MS } from '@/lib/clock';
import type { AccountInfo } from '@/lib/events';
import { isRequest, REQUEST_SENDERS, type Envelope, type Request, type RequestType } from '@/lib/messages';
import { afterSalesPage } from '@/lib/features/refund-deadline/page';
import background from '@/entrypoints/background';
import { SNAPSHOT_NOW } from './helpers';

const EXTENSION_ID = 'test-extension-id';
const AGENT: AccountInfo = { key: 'mall1:agent1', mallName: '测试店', agentName: '小王' };
const LATER: AccountInfo = { key: 'mall1:agent2', mallName: '测试店' };

/** A content script of tab `tabId` on `path` of the merchant backend. */
const contentScript = (tabId: number, path: string) => ({
  id: EXTENSION_ID,
  url: `https://mms.pinduoduo.com${path}`,
  origin: 'https://mms.pinduoduo.com',
  tab: { id: tabId },
  frameId: 0,
  documentId: `doc-${tabId}`,
});
const CHAT = (tabId: number) => contentScript(tabId, '/chat-merchant/index.html#/');
const AFTERSALES = contentScript(9, '/aftersales/aftersale_list');

async function deliver<T extends RequestType>(request: Request<T>, sender: object): Promise<Envelope<T>> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger(request, sender as never, respond);
  return (await response) as Envelope<T>;
}

describe('the background answers account/current', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SNAPSHOT_NOW);
    background.main();
  });
  afterEach(() => vi.useRealTimers());

  it("is a request of the contract that content scripts may send, naming no account", () => {
    expect(isRequest({ type: 'account/current' })).toBe(true);
    expect(REQUEST_SENDERS['account/current']).toEqual({ from: 'pages-and-content', account: 'none' });
  });

  it("'default' before any page said who is logged in", async () => {
    expect(await deliver({ type: 'account/current' }, AFTERSALES)).toEqual({ ok: true, value: { account: { key: 'default' } } });
  });

  it('the account seen last, names included, and nothing else', async () => {
    expect((await deliver({ type: 'chat/heartbeat', account: AGENT, at: SNAPSHOT_NOW }, CHAT(1))).ok).toBe(true);
    expect(await deliver({ type: 'account/current' }, AFTERSALES)).toEqual({ ok: true, value: { account: AGENT } });
    vi.setSystemTime(SNAPSHOT_NOW + HOUR_MS);
    expect((await deliver({ type: 'chat/heartbeat', account: LATER, at: SNAPSHOT_NOW + HOUR_MS }, CHAT(2))).ok).toBe(true);
    expect(await deliver({ type: 'account/current' }, AFTERSALES)).toEqual({ ok: true, value: { account: LATER } });
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
