import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { addDays, beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { AccountInfo, ChatEvent, WaitingReport } from '@/lib/events';
import type { Envelope, Reply, Request, RequestType } from '@/lib/messages';
import { hashIdSync } from '@/lib/id-hash';
import { accountSalt } from '@/lib/store/chat';
import { PRUNE_ALARM } from '@/lib/store/retention';
import { parseTeamDayFile } from '@/lib/team/day-file';
import { openDB } from 'idb';
import { DB_NAME } from '@/lib/store/schema';
import type { KefuGuardDB } from '@/lib/store/schema';
import background from '@/entrypoints/background';

const TODAY = '2026-11-23';
const NOW = beijingDayStart(TODAY) + 15 * HOUR_MS;
const ACCOUNT: AccountInfo = { key: 'mall1:agent1', mallName: '测试店' };
const bj = (day: string, h: number, m = 0, s = 0) => beijingDayStart(day) + h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS;

function conversation(day: string, i: number, waitSec: number | null): ChatEvent[] {
  const at = bj(day, 10, 0, i);
  const base = { conversationId: `${day}-c${i}`, buyerId: `${day}-b${i}` };
  const events: ChatEvent[] = [{ ...base, kind: 'buyer', messageId: `${day}-m${i}`, at }];
  if (waitSec !== null) events.push({ ...base, kind: 'human', messageId: `${day}-h${i}`, at: at + waitSec * SECOND_MS });
  return events;
}

const EXTENSION_ID = 'test-extension-id';
/** The popup as a sender: an extension page. */
const POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html`, origin: `chrome-extension://${EXTENSION_ID}` };
/** A content script on the chat page of tab `tabId` as a sender. */
const contentScript = (tabId: number, documentId = `doc-${tabId}`, url = 'https://mms.pinduoduo.com/chat-merchant/index.html#/') => ({
  id: EXTENSION_ID,
  url,
  origin: new URL(url).origin,
  tab: { id: tabId },
  frameId: 0,
  documentId,
});

/** Delivers a message from `sender` and returns the raw envelope. */
async function deliver<T extends RequestType>(request: Request<T>, sender: object): Promise<Envelope<T>> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(request, sender as never, respond);
  expect(results).toContain(true);
  return (await response) as Envelope<T>;
}

/** Sends a request from an extension page and returns the raw envelope. */
async function send<T extends RequestType>(request: Request<T>): Promise<Envelope<T>> {
  return deliver(request, POPUP);
}

/** Sends a request and unwraps a successful reply. */
async function ask<T extends RequestType>(request: Request<T>): Promise<Reply<T>> {
  const envelope = await send(request);
  if (!envelope.ok) throw new Error(`unexpected error: ${envelope.error}`);
  return envelope.value;
}

/** Delivers a message as if sent from the content script of tab `tabId`. */
async function sendFromTab<T extends RequestType>(tabId: number, request: Request<T>, documentId?: string): Promise<Envelope<T>> {
  return deliver(request, contentScript(tabId, documentId));
}

const report = (overFirstThreshold: number): WaitingReport => ({
  waiting: overFirstThreshold + 1,
  overFirstThreshold,
  longestWaitingSince: NOW - MINUTE_MS,
  pageRecognised: true,
});

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

describe('background wiring', () => {
  it('registers every listener synchronously in main', () => {
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
  });

  it.each([
    ['a message of another sender', { hello: 'world' }],
    ['an unknown request type', { type: 'chat/delete-everything' }],
    ['a string', 'ping'],
  ])('ignores %s (no reply)', async (_name, message) => {
    expect(await fakeBrowser.runtime.sendMessage(message)).toBeUndefined();
  });

  it.each<[string, Request]>([
    ['chat/pending with a bad time', { type: 'chat/pending', account: { key: 'x' }, since: 'yesterday' as unknown as number }],
    ['guard/event with a malformed event', { type: 'guard/event', account: ACCOUNT, event: { id: '' } as never }],
    ['export/daily with an unknown format', { type: 'export/daily', format: 'xlsx' as never }],
  ])('answers %s with an error envelope, not kept as a database error', async (_name, request) => {
    const envelope = await send(request);
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error).toMatch(/^(时间格式不正确|拦截记录格式不正确|不支持的导出格式) \/ /);
    expect((await ask({ type: 'summary/get' })).storeError).toBeNull();
  });

  it('a garbled waiting report is stored as zeros (badge stays empty)', async () => {
    await sendFromTab(3, { type: 'chat/waiting', report: { waiting: 'many', overFirstThreshold: Number.NaN } as never });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.storage.session.get('waiting:3')).toEqual({
      'waiting:3': { waiting: 0, overFirstThreshold: 0, longestWaitingSince: null, pageRecognised: false, reportedAt: NOW },
    });
  });
});

// Issue 13: settings in memory, followed on storage.onChanged.
describe('the background follows settings instead of reading them per batch', () => {
  const batch = (n: number): Request<'chat/events'> => ({ type: 'chat/events', account: ACCOUNT, events: conversation(TODAY, n, null).slice(0, 1) });
  /** How often storage.local was asked for the settings. */
  const settingsReads = (): (() => number) => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    return () => get.mock.calls.filter(([keys]) => JSON.stringify(keys ?? null).includes('"settings"')).length;
  };

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

describe('senders (issue 11.8)', () => {
  const refusedCount = async () => ((await fakeBrowser.storage.session.get('diagnostics')).diagnostics as { refusedRequests?: number } | undefined)?.refusedRequests ?? 0;
  const events = (prefix: string) => conversation(TODAY, 0, 5).map((e) => ({ ...e, messageId: `${prefix}-${e.messageId}` }));

  it.each<[string, object]>([
    ['no sender details (as fakeBrowser.runtime.sendMessage gives)', {}],
    ['another extension', { ...POPUP, id: 'other-extension' }],
    ['a content script on another site', contentScript(4, 'd', 'https://evil.example/chat-merchant/index.html')],
    ['a content script on a look-alike host', contentScript(4, 'd', 'https://mms.pinduoduo.com.evil.example/')],
    ['plain http on the right host', contentScript(4, 'd', 'http://mms.pinduoduo.com/chat-merchant/')],
    ['a frame of our id with no tab and no extension URL', { id: EXTENSION_ID, url: 'https://mms.pinduoduo.com/' }],
  ])('refuses %s, stores nothing and counts it', async (_name, sender) => {
    const envelope = await deliver({ type: 'chat/events', account: ACCOUNT, events: events('x') }, sender);
    expect(envelope).toEqual({ ok: false, error: expect.stringMatching(/^请求来源不被接受 \/ /) });
    expect(await refusedCount()).toBe(1);
    expect((await ask({ type: 'summary/get' })).empty).toBe(true);
  });

  it('a chat tab that saw buyers no push brought marks today incomplete in the summary (issue 20 item 6), not tomorrow', async () => {
    expect((await ask({ type: 'summary/get' })).trafficMissing).toBeUndefined();
    const entry = { kind: 'traffic-missing', mws: 0, titan: 0, silentMs: 200_000 } as const;
    expect((await sendFromTab(4, { type: 'diagnostics/report', entry })).ok).toBe(true);
    expect((await ask({ type: 'summary/get' })).trafficMissing).toBe(true);
    vi.setSystemTime(NOW + 24 * HOUR_MS);
    expect((await ask({ type: 'summary/get' })).trafficMissing).toBeUndefined();
  });

  it('exports only from extension pages; a content script may read the summary', async () => {
    const fromContent = await sendFromTab(5, { type: 'export/daily', format: 'csv' });
    expect(fromContent).toEqual({ ok: false, error: expect.stringMatching(/^此操作只能在插件自己的页面中进行 \/ /) });
    expect((await send({ type: 'export/daily', format: 'csv' })).ok).toBe(true);
    expect((await sendFromTab(5, { type: 'summary/get' })).ok).toBe(true);
  });

  it("a content script writes only for the account its page first announced; other pages keep their own", async () => {
    const other: AccountInfo = { key: 'mall2:agent9' };
    // Before the page says who is logged in, 'default' ties nothing.
    expect((await sendFromTab(5, { type: 'chat/heartbeat', account: { key: 'default' }, at: NOW })).ok).toBe(true);
    expect(await sendFromTab(5, { type: 'chat/events', account: ACCOUNT, events: events('a') })).toEqual({ ok: true, value: { added: 2, skipped: 0 } });
    for (const request of [
      { type: 'chat/events', account: other, events: events('b') },
      { type: 'chat/heartbeat', account: other, at: NOW },
      { type: 'chat/pending', account: other, since: NOW - HOUR_MS },
      { type: 'guard/event', account: other, event: { id: 'g', at: NOW, category: 'contact', ruleId: 'chat-contact', outcome: 'held' } },
      { type: 'aftersales/snapshot', account: other, seenAt: NOW, rows: [] },
      { type: 'summary/get', account: other.key },
      { type: 'chat/events', account: { key: 'default' }, events: events('c') },
    ] as Request[]) {
      expect(await sendFromTab(5, request)).toEqual({ ok: false, error: expect.stringMatching(/^此页面已登录另一个账号，请求被拒绝 \/ /) });
    }
    expect(await refusedCount()).toBe(7);
    // The same tab's next page (another document), and another tab, announce their own.
    expect((await sendFromTab(5, { type: 'chat/events', account: other, events: events('d') }, 'doc-5-reloaded')).ok).toBe(true);
    expect((await sendFromTab(6, { type: 'chat/events', account: other, events: events('e') })).ok).toBe(true);
    const accounts = (await ask({ type: 'summary/get' })).accounts.map((a) => a.key).sort();
    expect(accounts).toEqual(['default', ACCOUNT.key, other.key].sort()); // 'default' from the first heartbeat
    expect((await ask({ type: 'summary/get', account: 'default' })).metrics.messages).toBe(0);
    expect((await ask({ type: 'summary/get', account: other.key })).metrics.messages).toBe(2); // d and e, not b
    // Closing the tab forgets its ties.
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('sender:5:'))).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('sender:6:0:doc-6');
  });

  it('a content script cannot name another shop: data-page readings only for its page\'s shop, and no account of another shop after them (issue 22 item 3)', async () => {
    const Y = addDays(TODAY, -1);
    const reading = { source: 'service-overview', agent: '', from: Y, to: Y, via: 'response', figures: { rate3min: 0.9, consultUsers: 200 } };
    const readings = (shop: string) => ({ type: 'official/readings', shop, readAt: NOW, readings: [reading] }) as Request<'official/readings'>;
    const tied = /^此页面属于另一个店铺，请求被拒绝 \/ /;
    // A chat page tied to mall1's account: readings for mall1 only.
    expect((await sendFromTab(5, { type: 'chat/heartbeat', account: ACCOUNT, at: NOW })).ok).toBe(true);
    expect(await sendFromTab(5, readings('mall2'))).toEqual({ ok: false, error: expect.stringMatching(tied) });
    expect(await sendFromTab(5, readings('mall1'))).toEqual({ ok: true, value: { stored: 1, shop: 'mall1' } });
    // A data page that named mall1 first: another shop's readings, and another shop's account, are refused; its own shop's account is taken.
    expect((await sendFromTab(6, readings('mall1'))).ok).toBe(true);
    expect(await sendFromTab(6, readings('mall2'))).toEqual({ ok: false, error: expect.stringMatching(tied) });
    expect(await sendFromTab(6, { type: 'aftersales/snapshot', account: { key: 'mall2:agent9' }, seenAt: NOW, rows: [] })).toEqual({ ok: false, error: expect.stringMatching(tied) });
    expect((await sendFromTab(6, { type: 'aftersales/snapshot', account: { key: 'mall1:agent2' }, seenAt: NOW, rows: [] })).ok).toBe(true);
    expect((await ask({ type: 'official/shop-days' })).shops).toEqual({ mall1: { [Y]: expect.objectContaining({ rate3min: 0.9, via: 'response' }) } });
    expect((await ask({ type: 'official/shop-days' })).agents).toEqual({}); // no 客服绩效 row read
    // The tab's ties go with it.
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 1, isWindowClosing: false });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('sender:6:'))).toEqual([]);
  });

  it('two first requests of one page naming two accounts at once: exactly one account is taken', async () => {
    const [a, b] = await Promise.all([
      sendFromTab(7, { type: 'chat/events', account: ACCOUNT, events: events('a') }),
      sendFromTab(7, { type: 'chat/events', account: { key: 'mall2:agent9' }, events: events('b') }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
  });

  it('extension pages may write for any account (the e2e seeds and the demo do)', async () => {
    expect((await send({ type: 'chat/events', account: ACCOUNT, events: events('a') })).ok).toBe(true);
    expect((await send({ type: 'chat/events', account: { key: 'mall2:agent9' }, events: events('b') })).ok).toBe(true);
  });

  it('a bad event inside a batch is answered as skipped and counted in diagnostics (issue 11.3)', async () => {
    const good = events('g');
    const bad = { ...good[0]!, messageId: 'bad', at: good[0]!.at * 1000 };
    expect(await sendFromTab(5, { type: 'chat/events', account: ACCOUNT, events: [bad, ...good] })).toEqual({ ok: true, value: { added: 2, skipped: 1 } });
    expect((await fakeBrowser.storage.session.get('diagnostics')).diagnostics).toMatchObject({ skippedEvents: 1, refusedRequests: 0 });
  });

  it('a 2 MB account key is refused, not filed under "default"', async () => {
    const envelope = await sendFromTab(5, { type: 'chat/events', account: { key: 'k'.repeat(2 * 1024 * 1024) }, events: events('a') });
    expect(envelope).toEqual({ ok: false, error: expect.stringMatching(/^账号标识不正确 \/ /) });
    expect((await ask({ type: 'summary/get' })).empty).toBe(true);
  });
});

describe('requests end to end through runtime.sendMessage', () => {
  it('chat/events stores deduplicated events, and summary/get reads them', async () => {
    const events = [0, 1, 2, 3].flatMap((i) => conversation(TODAY, i, i === 3 ? null : 20));
    expect(await ask({ type: 'chat/events', account: ACCOUNT, events })).toEqual({ added: 7, skipped: 0 });
    // A second tab sends the same events: nothing new.
    expect(await ask({ type: 'chat/events', account: ACCOUNT, events })).toEqual({ added: 0, skipped: 0 });
    const summary = await ask({ type: 'summary/get' });
    expect(summary.account).toEqual(ACCOUNT);
    expect(summary.today).toBe(TODAY);
    expect(summary.empty).toBe(false);
    expect(summary.metrics).toMatchObject({ buyers: 4, messages: 4, waiting: 1, rate30s: 0.75 });
    expect(summary.trend).toHaveLength(7);
    expect(summary.storeError).toBeNull();
  });

  it('team/export answers a team day file with hashed ids that the Team page accepts; the team secret salts them', async () => {
    await fakeBrowser.storage.local.set({ settings: { team: { shopSecret: 's3cret', agentCount: 3 } } });
    await ask({ type: 'chat/events', account: ACCOUNT, events: conversation(TODAY, 0, 5) });
    const file = await ask({ type: 'team/export', days: 3 });
    expect(file.filename).toBe(`kefu-guard-team-day-mall1-agent1-${addDays(TODAY, -2)}-${TODAY}.json`);
    const parsed = parseTeamDayFile(file.body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.events.map((e) => e[3])).toEqual([`${TODAY}-m0`, `${TODAY}-h0`].map((id) => hashIdSync(accountSalt(ACCOUNT.key, 's3cret'), id)));
    await expect(ask({ type: 'team/export', days: 0 })).rejects.toThrow(/导出天数/);
  });

  it('team/export marks the days a chat tab saw buyers no push brought as incomplete (issue 20 item 6); the Team page accepts it', async () => {
    await ask({ type: 'chat/events', account: ACCOUNT, events: conversation(TODAY, 0, 5) });
    const plain = parseTeamDayFile((await ask({ type: 'team/export', days: 3 })).body);
    expect(plain.ok && plain.file.incomplete).toBeUndefined();
    await sendFromTab(4, { type: 'diagnostics/report', entry: { kind: 'traffic-missing', mws: 0, titan: 0, silentMs: 200_000 } });
    const parsed = parseTeamDayFile((await ask({ type: 'team/export', days: 3 })).body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.incomplete).toEqual([TODAY]);
  });

  it('chat/pending restores the waiting-since of unanswered buyers', async () => {
    await ask({ type: 'chat/events', account: ACCOUNT, events: [...conversation(TODAY, 0, null), ...conversation(TODAY, 1, 5)] });
    const { pending, salt } = await ask({ type: 'chat/pending', account: ACCOUNT, since: beijingDayStart(TODAY) });
    // Stored ids are hashed; the salt lets the chat page find its own ids among them.
    const h = (id: string) => hashIdSync(salt, id);
    // A new install: the secret the worker generated at its start salts even the first ids (not the shop id alone).
    const secret = ((await fakeBrowser.storage.local.get('settings')).settings as { team: { shopSecret: string } }).team.shopSecret;
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(salt).toBe(accountSalt(ACCOUNT.key, secret));
    expect(pending).toEqual([{ conversationId: h(`${TODAY}-c0`), buyerId: h(`${TODAY}-b0`), messageId: h(`${TODAY}-m0`), waitingSince: bj(TODAY, 10) }]);
  });

  it('chat/heartbeat, guard/event and aftersales/snapshot feed the summary', async () => {
    const y = addDays(TODAY, -1);
    for (let m = 0; m < 15 * 60; m += 1) await ask({ type: 'chat/heartbeat', account: ACCOUNT, at: bj(y, 8, m, 5) });
    await ask({ type: 'chat/events', account: ACCOUNT, events: conversation(y, 0, 5) });
    expect(await ask({ type: 'guard/event', account: ACCOUNT, event: { id: 'g1', at: NOW - HOUR_MS, category: 'contact', ruleId: 'chat-contact', outcome: 'held' } })).toEqual({ added: 1 });
    expect(await ask({ type: 'guard/event', account: ACCOUNT, event: { id: 'g1', at: NOW - HOUR_MS, category: 'contact', ruleId: 'chat-contact', outcome: 'held' } })).toEqual({ added: 0 });
    expect(
      await ask({ type: 'aftersales/snapshot', account: ACCOUNT, seenAt: NOW, rows: [{ afterSalesId: 'r1', pending: true, deadlineAt: NOW + 30 * MINUTE_MS, flags: [] }] }),
    ).toEqual({ stored: 1 });

    const summary = await ask({ type: 'summary/get', account: ACCOUNT.key });
    expect(summary.signup.verdict.days[2]).toMatchObject({ day: y, coverage: 1, buyers: 1, outcome: 'not-assessed', basis: 'agent' });
    expect(summary.guard).toEqual({ contact: { held: 1, warned: 0, sentAnyway: 0 } });
    expect(summary.refunds).toMatchObject({ pending: 1, critical: 1, seenAt: NOW });
  });

  it('summary/get uses the signup rule from storage.local settings, and migrates a requirement stored before the presets', async () => {
    await fakeBrowser.storage.local.set({ settings: { signup: { preset: 'rate5min-1d', thresholds: { rate5min: 0.6 } } } });
    expect((await ask({ type: 'summary/get' })).signup.verdict.rule).toEqual({ preset: 'rate5min-1d', threshold: 0.6 });
    await fakeBrowser.storage.local.set({ settings: { targets: { rate1h: 0.95, signupMetric: 'rate1h', signupRate3min: 0.8 } } });
    expect((await ask({ type: 'summary/get' })).signup.verdict.rule).toEqual({ preset: 'rate1h-3d', threshold: 0.95 });
  });

  it('export/daily returns a CSV with a BOM and a JSON file', async () => {
    await ask({ type: 'chat/events', account: ACCOUNT, events: conversation(TODAY, 0, 5) });
    const csv = await ask({ type: 'export/daily', format: 'csv' });
    expect(csv.filename).toBe(`kefu-guard-mall1_agent1-${TODAY}-${TODAY}.csv`);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain(`${TODAY},1,1,1,0,0,100.0,100.0,100.0,100.0,否,5.0,0.0,0,0,0`);
    const json = await ask({ type: 'export/daily', account: ACCOUNT.key, format: 'json' });
    expect(JSON.parse(json.body).days).toHaveLength(1);
  });
});

describe('live reports and the toolbar badge', () => {
  it('badge = buyers past the first threshold, max over tabs; cleared as tabs close', async () => {
    expect(await sendFromTab(7, { type: 'chat/waiting', report: report(3) })).toEqual({ ok: true, value: { ok: true } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xd9, 0x30, 0x25, 255]);
    await sendFromTab(8, { type: 'chat/waiting', report: report(5) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    await sendFromTab(7, { type: 'chat/waiting', report: report(0) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('summary/get shows the latest report while it is fresh (≤ 2 min), then null', async () => {
    await sendFromTab(7, { type: 'chat/waiting', report: report(2) });
    vi.setSystemTime(NOW + 30 * SECOND_MS);
    await sendFromTab(9, { type: 'chat/waiting', report: report(1) });
    expect((await ask({ type: 'summary/get' })).live).toEqual({ ...report(1), reportedAt: NOW + 30 * SECOND_MS });
    vi.setSystemTime(NOW + 3 * MINUTE_MS);
    expect((await ask({ type: 'summary/get' })).live).toBeNull();
  });
});

describe('lifecycle', () => {
  it('on install: registers the daily prune alarm and opens the welcome page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toMatchObject({ name: PRUNE_ALARM, periodInMinutes: 1440 });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/welcome.html');
  });

  it('on update: the alarm, but no welcome page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.endsWith('/welcome.html'))).toBe(false);
  });

  it('a failing welcome page does not break install', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no such page'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never)).resolves.toBeDefined();
    expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toBeDefined();
  });

  it('on startup: the alarm is registered once, keeping its schedule', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    const first = await fakeBrowser.alarms.get(PRUNE_ALARM);
    vi.setSystemTime(NOW + HOUR_MS);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toEqual(first);
  });

  it('the prune alarm deletes days older than settings.retentionDays', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    await ask({ type: 'chat/events', account: ACCOUNT, events: [...conversation(addDays(TODAY, -40), 0, 5), ...conversation(addDays(TODAY, -29), 0, 5), ...conversation(TODAY, 0, 5)] });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: NOW, persistAcrossSessions: false });
    expect(JSON.parse((await ask({ type: 'export/daily', format: 'json' })).body).days).toHaveLength(3);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: NOW, persistAcrossSessions: false });
    const days = JSON.parse((await ask({ type: 'export/daily', format: 'json' })).body).days.map((d: { day: string }) => d.day);
    expect(days).toEqual([addDays(TODAY, -29), TODAY]);
  });
});

describe('store errors through the background', () => {
  it('a QuotaExceededError reaches the sender and the popup (kept in storage.session)', async () => {
    await ask({ type: 'summary/get' }); // database open
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const envelope = await send({ type: 'chat/events', account: ACCOUNT, events: conversation(TODAY, 0, 5) });
    expect(envelope).toMatchObject({ ok: false });
    expect(!envelope.ok && envelope.error).toMatch(/^本地数据库空间不足（QuotaExceededError），2026-11-23 的计数可能不完整/);
    vi.restoreAllMocks();
    const summary = await ask({ type: 'summary/get' });
    expect(summary.storeError).toMatchObject({ code: 'quota', op: 'chat/events', day: TODAY });
    expect(summary.empty).toBe(true);
  });
});
