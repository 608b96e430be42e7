import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forceCloseDatabase, IDBObjectStore, IDBTransaction } from 'fake-indexeddb';
import { dispatch } from '@/lib/background/request-dispatch';
import type { Envelope, Request, StoreErrorInfo, Summary } from '@/lib/messages';
import type { StoreConnection } from '@/lib/store/db';
import { isQuotaError, readStoreError, recordStoreError, toStoreError } from '@/lib/store/errors';
import { createHandlers } from '@/lib/background/handlers';
import { ACCOUNT, bj, chat, freshStore, manualClock, TODAY } from './helpers';

const NOW = bj(TODAY, '12:00');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStoreError', () => {
  it.each<[string, unknown, StoreErrorInfo['code'], RegExp]>([
    ['a QuotaExceededError', quota(), 'quota', /^本地数据库空间不足（QuotaExceededError），2026-11-23 的计数可能不完整/],
    ['a quota error wrapped as a cause', new Error('write failed', { cause: quota() }), 'quota', /QuotaExceededError/],
    ['any other error', new DOMException('boom', 'UnknownError'), 'unknown', /^本地数据库出错（UnknownError: boom），2026-11-23 的计数可能不完整/],
    ['a thrown string', 'nope', 'unknown', /Error: nope/],
  ])('%s', (_name, error, code, message) => {
    const { info } = toStoreError(error, 'chat/events', NOW);
    expect(info).toMatchObject({ code, op: 'chat/events', at: NOW, day: TODAY });
    expect(info.message).toMatch(message);
    expect(info.message).toContain(' / '); // English follows the Chinese
  });

  it.each([
    [quota(), true],
    [{ name: 'QuotaExceededError' }, true],
    [new Error('x'), false],
    [null, false],
  ])('isQuotaError(%#) = %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('store errors are surfaced, never silent', () => {
  let store: StoreConnection;
  let errors: StoreErrorInfo[];
  beforeEach(() => {
    fakeBrowser.reset();
    ({ store, errors } = freshStore(manualClock(NOW)));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.close();
  });

  const handlersFor = (s: StoreConnection) =>
    createHandlers({ store: s, session: fakeBrowser.storage.session, local: fakeBrowser.storage.local, settings: async () => DEFAULT_SETTINGS, action: fakeBrowser.action, clock: manualClock(NOW) });

  const send = async <T,>(s: StoreConnection, request: Request) => (await dispatch(handlersFor(s), request, {})) as Envelope<never> & { value?: T };

  const eventsRequest: Request = { type: 'chat/events', account: ACCOUNT, events: [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'h1')] };

  it.each([
    ['thrown by put (synchronously)', () => vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw quota(); })],
    [
      'aborting the transaction at commit (as Chromium does)',
      () => {
        const original = IDBObjectStore.prototype.put;
        vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          const request = original.apply(this, args);
          (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
          return request;
        });
      },
    ],
  ])('a QuotaExceededError %s answers with the Chinese message, is kept for the popup, and stores nothing', async (_name, stub) => {
    const handlers = handlersFor(store);
    await store.db();
    stub();
    const reply = await dispatch(handlers, eventsRequest, {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^本地数据库空间不足（QuotaExceededError），2026-11-23 的计数可能不完整/);
    expect(errors.map((e) => e.code)).toEqual(['quota']);
    vi.restoreAllMocks();

    // Nothing half-written: the batch is absent, events and aggregate alike.
    const db = await store.db();
    expect(await db.count('chatEvents')).toBe(0);
    expect(await db.count('dailyAggregates')).toBe(0);

    // The popup sees it in summary/get (kept in storage.session by the background's onError).
    await recordStoreError(fakeBrowser.storage.session, errors[0]!);
    const summary = await dispatch(handlers, { type: 'summary/get' }, {});
    expect(summary.ok && (summary.value as Summary).storeError?.code).toBe('quota');
    expect(await readStoreError(fakeBrowser.storage.session)).toMatchObject({ code: 'quota', op: 'chat/events' });

    // Retrying once there is room stores the batch.
    expect(await dispatch(handlers, eventsRequest, {})).toEqual({ ok: true, value: { added: 2, skipped: 0 } });
  });

  it('a connection the browser closes is reported and reopened on the next request', async () => {
    const db = await store.db();
    forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors.map((e) => e.code)).toEqual(['terminated']);
    expect(errors[0]!.message).toMatch(/^本地数据库连接被浏览器意外关闭/);
    const reply = await send(store, eventsRequest);
    expect(reply).toEqual({ ok: true, value: { added: 2, skipped: 0 } });
  });

  it('IDBTransaction is the fake one (the stubs above act on real requests)', () => {
    expect(typeof IDBTransaction.prototype.abort).toBe('function');
  });
});
