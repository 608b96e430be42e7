/**
 * The chat page as it is in late 2026 (issue 20, shared/PDD-PAGES.md §(i)): pushes on the binary
 * titan-ws socket, or as JSON on m-ws. The same scripted day on each transport gives the same
 * stored events and day metrics; corrupt, truncated, oversized and non-gzip titan frames are
 * dropped and counted and change nothing.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDay } from '../../lib/clock';
import { hashIdSync, shopSalt } from '../../lib/id-hash';
import { ID_KEYS_KEY, secretOn, type KeyBook } from '../../lib/background/id-keys';
import type { Summary } from '@/lib/messages';
import { concat, header, lenField, notifyFrame, notifyJson } from '../sim/titan-wire';
import { launchHarness, type Harness } from './harness';
import { ChatPage } from './pages/chat-page';
import { storedEvents, type StoredEvent } from './pages/store';
import { awayFromMidnight, sendAll } from './pages/popup-page';

let harness: Harness;
beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty', variant: { offHoursGroup: false } } });
});
afterAll(async () => harness?.close());

type Transport = 'titan' | 'm-ws';
const ACCOUNTS: Record<Transport, { mallId: string; username: string }> = {
  titan: { mallId: '720001', username: '客服小钛' },
  'm-ws': { mallId: '720002', username: '客服小文' },
};
const BUYERS = ['7400000001', '7400000002', '7400000003', '7400000004', '7400000005'] as const;
const KIND_ORDER = ['buyer', 'robot', 'human'];

/** The scripted day, back-dated from now: what each buyer's stored kinds must be. */
function scriptDay(harness: Harness): void {
  const { chat } = harness.sim;
  const t = Date.now();
  const [b1, b2, b3, b4, b5] = BUYERS;
  for (const uid of BUYERS) chat.addBuyer({ uid });
  chat.buyerSays(b1, '在吗', { at: t - 600_000 });
  chat.robotReplies(b1, '您好，机器人为您服务', { at: t - 590_000 });
  chat.agentReplies(b1, '在的亲', { at: t - 500_000 }); // this seat, from another device
  chat.buyerSays(b2, '发什么快递', { at: t - 400_000 });
  chat.agentReplies(b2, '中通', { at: t - 300_000, agent: '小王' }); // a colleague's seat
  chat.buyerSource(b3, '商品详情页', { at: t - 350_000 }); // the product-page card: no question
  chat.buyerSays(b3, '有货吗', { at: t - 340_000 });
  chat.buyerNudges(b3, { at: t - 200_000 }); // still waiting, nothing new
  chat.agentReplies(b3, '有的', { at: t - 100_000 });
  chat.robotPausedHint(b4, { at: t - 330_000 }); // a hint from role user: no buyer
  chat.buyerSays(b5, '能便宜吗', { at: t - 60_000 });
  chat.robotReplies(b5, '亲，价格已是最低', { at: t - 50_000 });
}

const EXPECTED: Record<(typeof BUYERS)[number], string[]> = {
  '7400000001': ['buyer', 'robot', 'human'],
  '7400000002': ['buyer', 'human'],
  '7400000003': ['buyer', 'human'],
  '7400000004': [],
  '7400000005': ['buyer', 'robot'],
};

async function eventsOf(transport: Transport): Promise<StoredEvent[]> {
  const key = `${ACCOUNTS[transport].mallId}:${ACCOUNTS[transport].username}`;
  return (await storedEvents(harness)).filter((e) => e.account === key);
}

/** The shop keys the worker salts ids with, one per day (lib/background/id-keys.ts): generated at install when none is set. */
async function keyBook(): Promise<KeyBook> {
  const got = await harness.serviceWorker.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key), ID_KEYS_KEY);
  return ((got[ID_KEYS_KEY] as { shops?: KeyBook } | undefined)?.shops ?? {}) as KeyBook;
}

function byBuyer(transport: Transport, events: StoredEvent[], book: KeyBook): Record<string, string[]> {
  const mallId = ACCOUNTS[transport].mallId;
  const hashed = (uid: string, at: number) => hashIdSync(shopSalt(mallId, secretOn(book[mallId], beijingDay(at))), uid);
  return Object.fromEntries(
    BUYERS.map((uid) => [
      uid,
      events
        .filter((e) => e.conversationId === hashed(uid, e.at))
        .sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
        .map((e) => e.kind),
    ]),
  );
}

async function summary(transport: Transport): Promise<Summary> {
  const page = await harness.openExtensionPage('popup.html');
  const key = `${ACCOUNTS[transport].mallId}:${ACCOUNTS[transport].username}`;
  const [reply] = (await sendAll(page, [{ type: 'summary/get', account: key }])) as Summary[];
  await page.close();
  return reply!;
}

const results = new Map<Transport, { kinds: Record<string, string[]>; relative: number[]; metrics: Summary['metrics'] }>();
/** The content script's drop counts as it reports them in the console (lib/content/dropped.ts). */
const dropCounts: Array<Record<string, number>> = [];
let titanChat: ChatPage;

describe.each<Transport>(['titan', 'm-ws'])('a scripted day on %s', (transport) => {
  it('stores exactly the expected events and gives the expected day metrics', async () => {
    await awayFromMidnight(2 * 60_000);
    harness.sim.reset({ variant: { offHoursGroup: false, chatTransport: transport }, account: { ...ACCOUNTS[transport] } });
    const sentBefore = harness.sim.titan.sent.frames;
    const chat = await ChatPage.open(harness);
    chat.page.on('console', (m) => {
      if (!m.text().includes('dropped from the page')) return;
      void m.args()[1]?.jsonValue().then((counts: Record<string, number>) => dropCounts.push(counts), () => undefined);
    });
    const start = Date.now();
    scriptDay(harness);
    await expect
      .poll(async () => byBuyer(transport, await eventsOf(transport), await keyBook()), { timeout: 20_000, interval: 500 })
      .toEqual(EXPECTED);
    // Times as the frames said (seconds), relative to the script's start.
    const events = await eventsOf(transport);
    const relative = events.map((e) => Math.round((e.at - start) / 1000)).sort((a, b) => a - b);
    const s = await summary(transport);
    expect(s.account.key).toBe(`${ACCOUNTS[transport].mallId}:${ACCOUNTS[transport].username}`);
    expect(s.metrics.messages + s.metrics.uncounted).toBe(4); // b1, b2, b3, b5: no card, nudge or hint
    if (s.metrics.messages === 4) {
      expect(s.metrics).toMatchObject({ buyers: 4, answered: 3, waiting: 1 });
    }
    results.set(transport, { kinds: byBuyer(transport, events, await keyBook()), relative, metrics: s.metrics });
    if (transport === 'titan') {
      // Several messages per push, and both plain and gzip bodies, went over the binary socket.
      const { frames, gzipped, messages } = harness.sim.titan.sent;
      expect(frames - sentBefore).toBeGreaterThan(0);
      expect(messages).toBeGreaterThan(frames);
      expect(gzipped).toBeGreaterThan(0);
      titanChat = chat;
    } else {
      await chat.page.close();
    }
  });
});

describe('both transports', () => {
  it('the records grow on the titan page exactly as on the m-ws page', () => {
    const titan = results.get('titan')!;
    const mws = results.get('m-ws')!;
    expect(titan.kinds).toEqual(mws.kinds);
    expect(titan.relative).toHaveLength(mws.relative.length);
    titan.relative.forEach((at, i) => expect(Math.abs(at - mws.relative[i]!)).toBeLessThanOrEqual(2));
    const { avgResponseMs: a, ...titanRest } = titan.metrics;
    const { avgResponseMs: b, ...mwsRest } = mws.metrics;
    expect(titanRest).toEqual(mwsRest);
    if (a !== null && b !== null) expect(Math.abs(a - b)).toBeLessThanOrEqual(2_000);
  });
});

describe('bad titan frames', () => {
  it('corrupt, truncated, oversized and non-gzip frames are dropped and counted; nothing else changes', async () => {
    const before = await eventsOf('titan');
    const buyer = { role: 'user', uid: '7400000009' };
    const message = { msg_id: String(Date.now()), from: buyer, to: { role: 'mall_cs', uid: ACCOUNTS.titan.mallId }, type: 0, ts: String(Math.floor(Date.now() / 1000)) };
    const good = notifyFrame(notifyJson([message]), { gzip: true });
    const corrupt = good.slice();
    corrupt[corrupt.length - 6]! ^= 0xff; // the gzip CRC no longer matches
    const notGzip = (() => {
      const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, lenField(6, notifyJson([message]))));
      return concat(header(10, 102, 3, 1, body.length), body); // flagged gzip, plain bytes
    })();
    const oversized = notifyFrame(notifyJson([{ ...message, content: 'x'.repeat(600 * 1024) }]));
    const bomb = (() => {
      const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, new Uint8Array(gzipSync(new Uint8Array(3 * 1024 * 1024)))));
      return concat(header(10, 102, 4, 1, body.length), body);
    })();
    const dropped = () => dropCounts.at(-1)?.['bad-frame'] ?? 0;
    const droppedBefore = dropped();
    for (const bytes of [corrupt, good.slice(0, good.length - 9), notGzip, oversized, bomb]) harness.sim.titan.sendRaw(bytes);
    // The content script reports its drop counts every few seconds: exactly these five.
    await expect.poll(dropped, { timeout: 15_000 }).toBe(droppedBefore + 5);
    await titanChat.page.waitForTimeout(1_500);
    expect(await eventsOf('titan')).toEqual(before);
    expect(await titanChat.page.locator(`kefu-wait-badge[data-buyer="7400000009"]`).count()).toBe(0);
    await titanChat.page.close();
  });
});
