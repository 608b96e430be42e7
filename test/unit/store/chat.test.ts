import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, beijingDay, MINUTE_MS } from '@/lib/clock';
import { dayMetrics } from '@/lib/metrics';
import { addChatEvents, MAX_BATCH, pendingMessages } from '@/lib/store/chat';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import { ACCOUNT, bj, chat, dayOfChats, freshStore, TODAY, WINDOW, stored } from './helpers';

const Y = addDays(TODAY, -1);
const NOW = bj(TODAY, '12:00');
let store: StoreConnection;
let db: KefuDb;

beforeEach(async () => {
  ({ store } = freshStore());
  db = await store.db();
});
afterEach(async () => {
  await store.close();
});

const add = (events: unknown[], account = ACCOUNT) => addChatEvents(db, account, events, WINDOW, NOW);
const aggregate = (day: string, account = ACCOUNT.key) => db.get('dailyAggregates', [account, day]);

describe('addChatEvents: idempotent writes', () => {
  it.each([
    ['the same messageId twice in one batch', [[chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1')]], [1]],
    ['the same batch sent twice', [[chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'm2')], [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'm2')]], [2, 0]],
    ['overlapping batches', [[chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1')], [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'm2')]], [1, 1]],
  ])('%s', async (_name, batches, addedPerBatch) => {
    const added = [];
    for (const batch of batches) added.push((await add(batch)).added);
    expect(added).toEqual(addedPerBatch);
    expect(await db.count('chatEvents')).toBe(addedPerBatch.reduce((a, b) => a + b, 0));
  });

  it('two tabs sending the same events at the same time store them once', async () => {
    const events = dayOfChats(TODAY, 50, (i) => i);
    const [tab1, tab2] = await Promise.all([add(events), add([...events].reverse())]);
    expect(tab1.added + tab2.added).toBe(events.length);
    expect(await db.count('chatEvents')).toBe(events.length);
    expect((await aggregate(TODAY))?.metrics).toEqual(dayMetrics(events, TODAY));
  });

  it('a copy with an earlier time replaces the stored one (as dedupeEvents keeps the earliest)', async () => {
    await add([chat('buyer', bj(TODAY, '10:00:40'), 'c1', 'm1'), chat('human', bj(TODAY, '10:00:50'), 'c1', 'h1')]);
    expect((await aggregate(TODAY))?.metrics.rate30s).toBe(1);
    const result = await add([chat('buyer', bj(TODAY, '10:00:00'), 'c1', 'm1')]);
    expect(result.added).toBe(0);
    expect((await db.get('chatEvents', [ACCOUNT.key, stored('m1')]))?.at).toBe(bj(TODAY, '10:00:00'));
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ messages: 1, rate30s: 0, avgResponseMs: 50_000 });
    // A later copy changes nothing.
    expect((await add([chat('buyer', bj(TODAY, '10:00:45'), 'c1', 'm1')])).days).toEqual([]);
  });

  it('keeps the mark of a page-inferred human reply (issue 20 item 3), and skips the mark on anything else', async () => {
    const buyer = chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1');
    const inferred = { ...chat('human', bj(TODAY, '10:05'), 'c1', 'page-reply-1'), inferred: true };
    const result = await add([buyer, inferred, { ...chat('buyer', bj(TODAY, '10:06'), 'c2', 'm2'), inferred: true }, { ...chat('human', bj(TODAY, '10:07'), 'c3', 'h3'), inferred: 'yes' }]);
    expect(result.added).toBe(2);
    expect((await db.get('chatEvents', [ACCOUNT.key, stored('page-reply-1')]))?.inferred).toBe(true);
    expect((await db.get('chatEvents', [ACCOUNT.key, stored('m1')]))?.inferred).toBeUndefined();
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ messages: 1, answered: 1 });
  });

  it('stores only ids, roles and times (never text) and skips malformed events', async () => {
    const withText = { ...chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), text: '加我微信 abc123' };
    const result = await add([withText, { kind: 'buyer' }, null, { ...withText, messageId: 'm2', at: Number.NaN }, { ...withText, messageId: 'm3', kind: 'seller' }]);
    expect(result.added).toBe(1);
    const stored = await db.getAll('chatEvents');
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['account', 'at', 'buyerId', 'conversationId', 'day', 'kind', 'messageId']);
    expect(JSON.stringify(stored)).not.toContain('微信');
  });

  it('a bad event inside a batch is skipped and counted; the good ones of the same batch are stored (issue 11.3)', async () => {
    const good = [chat('buyer', bj(TODAY, '10:00'), 'c1', 'g1'), chat('human', bj(TODAY, '10:00:20'), 'c1', 'g2')];
    const microseconds = chat('buyer', bj(TODAY, '10:00') * 1000, 'c1', 'us'); // year 58887 if read as ms
    const bad = [
      microseconds,
      chat('buyer', 1e9, 'c1', 'seconds'), // 1970
      chat('buyer', Number.MAX_VALUE, 'c1', 'huge'),
      chat('buyer', bj(TODAY, '10:00'), 'c1', 'x'.repeat(2 * 1024 * 1024)), // a 2 MB id
      chat('buyer', bj(TODAY, '10:00'), 'c1\nc2', 'newline'),
      { ...chat('buyer', bj(TODAY, '10:00'), 'c1', 'obj'), messageId: { toString: () => 'm' } },
    ];
    const result = await add([bad[0], good[0], ...bad.slice(1), good[1]]);
    expect(result).toMatchObject({ added: 2, skipped: bad.length, days: [TODAY] });
    expect((await db.getAll('chatEvents')).map((e) => e.messageId).sort()).toEqual([stored('g1'), stored('g2')].sort());
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ buyers: 1, answered: 1 });
    // The next batch is not held back by the earlier one.
    expect(await add([chat('buyer', bj(TODAY, '11:00'), 'c2', 'g3')])).toMatchObject({ added: 1, skipped: 0 });
  });

  it(`a batch longer than ${MAX_BATCH} events stores the first ${MAX_BATCH} and counts the rest as skipped`, async () => {
    const events = Array.from({ length: MAX_BATCH + 5 }, (_, i) => chat('buyer', bj(TODAY, '10:00') + i, `c${i}`, `m${i}`));
    expect(await add(events)).toMatchObject({ added: MAX_BATCH, skipped: 5 });
  });

  it('a record stored with an impossible day (before times were bounded) does not fail later batches', async () => {
    await db.put('chatEvents', { account: ACCOUNT.key, messageId: stored('old'), kind: 'buyer', conversationId: stored('c1'), buyerId: stored('b'), at: 1.8e15, day: '58887-05-01' });
    // The same message arrives again with its true time: the bad copy is replaced, the batch succeeds.
    const result = await add([chat('buyer', bj(TODAY, '10:00'), 'c1', 'old')]);
    expect(result).toMatchObject({ added: 0, skipped: 0, days: ['58887-05-01', TODAY].sort() });
    expect(await db.get('chatEvents', [ACCOUNT.key, stored('old')])).toMatchObject({ day: TODAY });
    expect(beijingDay(1.8e15)).toBe('9999-12-31');
  });

  it('the aggregate always equals dayMetrics of the stored events, batch after batch', async () => {
    const events = dayOfChats(TODAY, 40, (i) => (i % 5 === 0 ? null : i * 7));
    for (let i = 0; i < events.length; i += 7) await add(events.slice(i, i + 7));
    const stored = await db.getAll('chatEvents');
    expect((await aggregate(TODAY))?.metrics).toEqual(dayMetrics(stored, TODAY));
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ messages: 40, waiting: 8 });
  });
});

describe('addChatEvents: which days are recomputed', () => {
  it('a reply after midnight updates the PREVIOUS day aggregate', async () => {
    await add([chat('buyer', bj(Y, '22:50'), 'c1', 'm1'), chat('buyer', bj(Y, '10:00'), 'c2', 'm2'), chat('human', bj(Y, '10:00:10'), 'c2', 'h2')]);
    expect(await aggregate(Y)).toMatchObject({ carry: [stored('c1')], metrics: { messages: 2, waiting: 1 } });
    const result = await add([chat('human', bj(TODAY, '00:10'), 'c1', 'h1')]);
    expect(result.days).toEqual([Y, TODAY]);
    expect((await aggregate(Y))?.metrics).toMatchObject({ messages: 2, waiting: 0, answered: 2, avgResponseMs: (10_000 + 80 * MINUTE_MS) / 2 });
    expect((await aggregate(TODAY))?.metrics.messages).toBe(0);
  });

  it.each([
    ['a reply in a conversation answered the day before', 'c2', [TODAY]],
    ['a reply in a conversation not seen the day before', 'c9', [TODAY]],
    ['a reply in the conversation left open', 'c1', [Y, TODAY]],
  ])('%s recomputes %j', async (_name, conversation, days) => {
    await add([chat('buyer', bj(Y, '22:50'), 'c1', 'm1'), chat('buyer', bj(Y, '10:00'), 'c2', 'm2'), chat('human', bj(Y, '10:00:10'), 'c2', 'h2')]);
    expect((await add([chat('human', bj(TODAY, '09:00'), conversation, 'late')])).days).toEqual(days);
  });

  it('a buyer message never touches the previous day', async () => {
    await add([chat('buyer', bj(Y, '22:50'), 'c1', 'm1')]);
    expect((await add([chat('buyer', bj(TODAY, '08:10'), 'c1', 'm2')])).days).toEqual([TODAY]);
  });
});

describe('per-account separation', () => {
  it('the same message ids under two accounts are two records with separate aggregates', async () => {
    const other = { key: 'mall2:agent9' };
    await add(dayOfChats(TODAY, 3, () => 10, 'x'));
    await add(dayOfChats(TODAY, 5, () => null, 'x'), other);
    expect(await db.count('chatEvents')).toBe(6 + 10); // 'x-b0'..'x-b2' exist under both accounts
    expect(await db.get('chatEvents', [ACCOUNT.key, stored('x-b0')])).toBeDefined();
    expect(await db.get('chatEvents', [other.key, stored('x-b0', other.key)])).toBeDefined();
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ messages: 3, rate30s: 1 });
    expect((await aggregate(TODAY, other.key))?.metrics).toMatchObject({ messages: 5, rate30s: 0, waiting: 5 });
  });

  it('an account without a key is stored as "default"', async () => {
    await add([chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1')], { key: '' });
    expect(await db.get('chatEvents', ['default', stored('m1', 'default')])).toBeDefined();
    expect((await db.getAll('accounts')).map((a) => a.key)).toEqual(['default']);
  });

  it('remembers the names the page told, even when a later request omits them', async () => {
    await add([chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1')]);
    await add([chat('buyer', bj(TODAY, '10:01'), 'c1', 'm2')], { key: ACCOUNT.key });
    expect(await db.get('accounts', ACCOUNT.key)).toEqual({ ...ACCOUNT, lastSeenAt: NOW });
  });
});

describe('hashed ids', () => {
  const raw = [chat('buyer', bj(TODAY, '10:00'), 'conv-7', 'msg-7', 'buyer-7'), chat('human', bj(TODAY, '10:00:20'), 'conv-7', 'msg-8', 'buyer-7')];
  const ids = (records: Array<{ messageId: string; conversationId: string; buyerId: string }>) =>
    records.map((r) => [r.messageId, r.conversationId, r.buyerId]).sort();

  it('stores buyer, conversation and message ids hashed, never the raw ids', async () => {
    await add(raw);
    const records = await db.getAll('chatEvents');
    expect(ids(records)).toEqual([[stored('msg-7'), stored('conv-7'), stored('buyer-7')], [stored('msg-8'), stored('conv-7'), stored('buyer-7')]].sort());
    const text = JSON.stringify(records);
    for (const id of ['msg-7', 'msg-8', 'conv-7', 'buyer-7']) expect(text).not.toContain(id);
    expect(records.every((r) => /^[0-9a-f]{32}$/.test(r.messageId))).toBe(true);
  });

  it('two agents of one shop get the same hashes; another shop, or another team secret, gets others', async () => {
    await add(raw, { key: 'mall1:agentA' });
    await add(raw, { key: 'mall1:agentB' });
    await add(raw, { key: 'mall2:agentA' });
    await addChatEvents(db, { key: 'mall1:agentC' }, raw, WINDOW, NOW, 'team-secret');
    const byAccount = async (key: string) => ids(await db.getAll('chatEvents', IDBKeyRange.bound([key], [key, []])));
    expect(await byAccount('mall1:agentA')).toEqual(await byAccount('mall1:agentB'));
    expect(await byAccount('mall1:agentA')).not.toEqual(await byAccount('mall2:agentA'));
    expect(await byAccount('mall1:agentC')).not.toEqual(await byAccount('mall1:agentA'));
    expect(await byAccount('mall1:agentC')).toContainEqual([stored('msg-7', 'mall1:agentC', 'team-secret'), stored('conv-7', 'mall1:agentC', 'team-secret'), stored('buyer-7', 'mall1:agentC', 'team-secret')]);
  });

  it('dedupe by message id still holds: the same raw message again adds nothing', async () => {
    expect((await add(raw)).added).toBe(2);
    expect((await add(raw)).added).toBe(0);
    expect(await db.count('chatEvents')).toBe(2);
    expect((await aggregate(TODAY))?.metrics).toMatchObject({ messages: 1, answered: 1, buyers: 1 });
  });
});

describe('pendingMessages', () => {
  const since = bj(TODAY, '00:00');
  it.each([
    ['answered conversation: nothing pending', [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'h1')], []],
    ['messages after the last reply: the earliest one', [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:01'), 'c1', 'h1'), chat('buyer', bj(TODAY, '10:05'), 'c1', 'm2'), chat('buyer', bj(TODAY, '10:06'), 'c1', 'm3')], [['c1', 'm2', bj(TODAY, '10:05')]]],
    ['robot replies do not answer', [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('robot', bj(TODAY, '10:00:01'), 'c1', 'r1')], [['c1', 'm1', bj(TODAY, '10:00')]]],
    ['a reply at the same instant answers', [chat('buyer', bj(TODAY, '10:00'), 'c1', 'm1'), chat('human', bj(TODAY, '10:00'), 'c1', 'h1')], []],
    ['oldest wait first over conversations', [chat('buyer', bj(TODAY, '11:00'), 'c1', 'm1'), chat('buyer', bj(TODAY, '10:00'), 'c2', 'm2')], [['c2', 'm2', bj(TODAY, '10:00')], ['c1', 'm1', bj(TODAY, '11:00')]]],
  ])('%s', async (_name, events, expected) => {
    await add(events);
    const pending = await pendingMessages(db, ACCOUNT.key, since);
    expect(pending.map((p) => [p.conversationId, p.messageId, p.waitingSince])).toEqual(expected.map(([c, m, at]) => [stored(c as string), stored(m as string), at]));
  });

  it('a wait that began before `since` keeps its original start', async () => {
    await add([chat('buyer', bj(Y, '22:30'), 'c1', 'm1'), chat('buyer', bj(TODAY, '08:30'), 'c1', 'm2')]);
    const [p] = await pendingMessages(db, ACCOUNT.key, bj(TODAY, '00:00'));
    expect(p).toEqual({ conversationId: stored('c1'), buyerId: stored('buyer-c1'), messageId: stored('m1'), waitingSince: bj(Y, '22:30') });
  });

  it('conversations silent since `since` are not reported; other accounts neither', async () => {
    await add([chat('buyer', bj(Y, '22:30'), 'c1', 'm1')]);
    await add([chat('buyer', bj(TODAY, '09:30'), 'c2', 'm2')], { key: 'other' });
    expect(await pendingMessages(db, ACCOUNT.key, bj(TODAY, '00:00'))).toEqual([]);
  });
});
