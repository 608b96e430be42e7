import { afterEach, describe, expect, it } from 'vitest';
import { epochMsByMagnitude, pageTime, safeId, safeLabel, saneTime, SANE_FUTURE_MS, SANE_PAST_MS } from '@/lib/boundary';
import { beijingDay, DAY_MS, PlatformClock } from '@/lib/clock';
import { droppedCounts, resetDropped } from '@/lib/content/dropped';
import { readQueryList } from '@/lib/pdd/aftersales-traffic';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import { compile, scan } from '@/lib/phrases';

const NOW = Date.UTC(2026, 11, 1, 4, 0, 0); // 12:00 Beijing
const WS = 'wss://m-ws.pinduoduo.com/?access_token=x';
const push = (message: Record<string, unknown>) => ({ channel: 'ws' as const, url: WS, body: JSON.stringify({ response: 'push', chat_type_id: 1, message }) });
const buyerMsg = (extra: Record<string, unknown> = {}) => ({ msg_id: 'm1', from: { role: 'user', uid: '8123456789' }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: NOW / 1000, ...extra });

afterEach(() => resetDropped());

describe('ids, labels and times at the page boundary', () => {
  it('safeId: 1–64 characters of the safe alphabet, numbers as integers', () => {
    expect(safeId('8123456789')).toBe('8123456789');
    expect(safeId(8123456789)).toBe('8123456789');
    expect(safeId(' 231108-064112345678901 ')).toBe('231108-064112345678901');
    expect(safeId('a'.repeat(64))).toHaveLength(64);
    for (const bad of ['', 'a'.repeat(65), 'x'.repeat(2_000_000), 'id with space', '<img>', 'a/b', '名字', 1.5, -1, NaN, null, undefined, {}, ['1']]) {
      expect(safeId(bad)).toBeNull();
    }
  });

  it('safeLabel: short, no control characters', () => {
    expect(safeLabel(' 客服小周 ')).toBe('客服小周');
    for (const bad of ['', '   ', 'x'.repeat(65), 'a\u0000b', 'line\nbreak', 'a\u2028b', 42, null]) expect(safeLabel(bad)).toBeNull();
  });

  it('reads times by magnitude: seconds, milliseconds, microseconds, nanoseconds', () => {
    expect(epochMsByMagnitude(NOW / 1000)).toBe(NOW);
    expect(epochMsByMagnitude(NOW)).toBe(NOW);
    expect(epochMsByMagnitude(NOW * 1000)).toBe(NOW); // the µs ts that became the year 58887
    expect(epochMsByMagnitude(NOW * 1e6)).toBe(NOW);
    expect(epochMsByMagnitude(String(NOW / 1000))).toBe(NOW);
    expect(epochMsByMagnitude('1796112000.5')).toBe(1796112000500);
    for (const bad of [0, -5, NaN, Infinity, 1e21, '12abc', '', null, undefined, {}, true]) expect(epochMsByMagnitude(bad)).toBeNull();
  });

  it('bounds times to a sane window around now', () => {
    expect(saneTime(NOW - SANE_PAST_MS, NOW)).toBe(NOW - SANE_PAST_MS);
    expect(saneTime(NOW - SANE_PAST_MS - 1, NOW)).toBeNull();
    expect(saneTime(NOW + SANE_FUTURE_MS, NOW)).toBe(NOW + SANE_FUTURE_MS);
    expect(saneTime(NOW + SANE_FUTURE_MS + 1, NOW)).toBeNull();
    expect(pageTime(1, NOW)).toBeNull(); // 1970
    expect(pageTime(Date.UTC(2100, 0, 1) / 1000, NOW)).toBeNull();
    expect(pageTime(NOW * 1000, NOW)).toBe(NOW);
  });

  it('the day helper never throws on absurd instants', () => {
    for (const at of [5.8e16, -1e17, NaN, Infinity, 8.64e15 + 1]) expect(() => beijingDay(at)).not.toThrow();
    expect(beijingDay(5.8e16)).toBe('9999-12-31');
    expect(beijingDay(NaN)).toBe('1970-01-01');
    expect(beijingDay(NOW)).toBe('2026-12-01');
  });
});

describe('chat traffic: a bad message is skipped and counted, the rest of its body kept', () => {
  it('drops bad ids, bad times and oversized ids; keeps the good message beside them', () => {
    const body = JSON.stringify({
      result: {
        messages: [
          buyerMsg({ msg_id: 'x'.repeat(2_000_000) }),
          buyerMsg({ msg_id: 'bad-time', ts: Date.UTC(2100, 0, 1) / 1000 }),
          buyerMsg({ msg_id: 'old', ts: 1 }),
          buyerMsg({ msg_id: 'bad-uid', from: { role: 'user', uid: '../../etc' } }),
          buyerMsg({ msg_id: 'good' }),
          buyerMsg({ msg_id: 'micro', ts: (NOW - 5_000) * 1000 }),
        ],
      },
    });
    const { messages } = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body }, NOW);
    expect(messages.map((m) => [m.messageId, m.at])).toEqual([
      ['good', NOW],
      ['micro', NOW - 5_000],
    ]);
    expect(droppedCounts()).toEqual({ 'bad-id': 2, 'bad-time': 2 });
  });

  it('roles come from a closed set; other senders are not messages', () => {
    expect(readTraffic(push(buyerMsg({ from: { role: 'admin', uid: '1' } })), NOW).messages).toEqual([]);
    expect(readTraffic(push(buyerMsg()), NOW).messages[0]).toMatchObject({ role: 'buyer', kind: 'text' });
  });

  it('an account needs a safe shop id and a short agent name', () => {
    const userinfo = (result: unknown) => readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/chats/userinfo/realtime', body: JSON.stringify({ result }) }, NOW).account;
    expect(userinfo({ username: '客服小周', mall_id: 445566, mall: { mall_id: 445566, mall_name: '小周的店' } })).toEqual({ key: '445566:客服小周', mallName: '小周的店', agentName: '客服小周' });
    expect(userinfo({ username: 'x'.repeat(500), mall_id: 1 })).toBeNull();
    expect(userinfo({ username: 'a', mall_id: '1:2/3' })).toBeNull();
    expect(droppedCounts()).toEqual({ 'bad-text': 1, 'bad-id': 1 });
  });

  it('says what the platform clock was: push frames and server_time, never history', () => {
    expect(readTraffic(push(buyerMsg()), NOW).platformNow).toBe(NOW);
    const auth = { channel: 'ws' as const, url: WS, body: JSON.stringify({ response: 'auth', result: 'ok', server_time: NOW / 1000 + 600 }) };
    expect(readTraffic(auth, NOW).platformNow).toBe(NOW + 600_000);
    const list = { channel: 'http' as const, url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body: JSON.stringify({ result: { conversations: [buyerMsg()] } }) };
    expect(readTraffic(list, NOW).platformNow).toBeNull();
  });
});

describe('after-sales traffic: fields checked, a bad one read as missing and counted', () => {
  it('keeps the row, drops the bad fields', () => {
    const body = JSON.stringify({
      result: {
        total: 3,
        list: [
          { id: 'x'.repeat(100), afterSalesType: 1 },
          { id: 2311, orderSn: '<script>', createdAt: NOW * 1000, latestLogisticsTime: 1, expireRemainTime: 10 ** 9, afterSalesReasonDesc: 'r'.repeat(500), trackingNumber: 'YT 1' },
          { id: 2312, orderSn: '231108-0641', createdAt: NOW / 1000, expireRemainTime: 3600, afterSalesStatusDesc: '待商家处理' },
        ],
      },
    });
    const rows = readQueryList({ url: 'https://mms.pinduoduo.com/mercury/mms/afterSales/queryList', body }, NOW)!.rows;
    expect(rows.map((r) => r.afterSalesId)).toEqual(['2311', '2312']);
    expect(rows[0]).toMatchObject({ orderId: null, appliedAt: NOW, latestLogisticsAt: null, remainingMs: null, reason: null, trackingNumber: null });
    expect(rows[1]).toMatchObject({ orderId: '231108-0641', appliedAt: NOW, remainingMs: 3_600_000, statusText: '待商家处理' });
    expect(droppedCounts()).toEqual({ 'bad-id': 3, 'bad-time': 2, 'bad-text': 1 });
  });
});

describe('one time base (PlatformClock)', () => {
  function clocks(skewMs: number) {
    let real = NOW;
    let mono = 1_000;
    const clock = new PlatformClock(() => real + skewMs, () => mono);
    const tick = (ms: number) => {
      real += ms;
      mono += ms;
    };
    return { clock, tick, real: () => real, jump: (ms: number) => (skewMs += ms) };
  }

  it.each([
    ['slow by 10 min', -10 * 60_000],
    ['fast by 400 days', 400 * DAY_MS],
    ['right', 0],
  ])('a computer clock %s reads platform time once a frame was seen', (_label, skew) => {
    const { clock, tick, real } = clocks(skew);
    expect(clock.now()).toBe(real() + skew); // nothing seen yet: the computer's clock
    clock.observe(real() - 300); // a frame sent 0.3 s ago (latency)
    tick(5_000);
    expect(Math.abs(clock.now() - real())).toBeLessThanOrEqual(skew === 0 ? 0 : 300);
  });

  it('history never pulls the clock back; the latest sample wins; a jump of the computer clock is re-measured', () => {
    const { clock, tick, real, jump } = clocks(-10 * 60_000);
    clock.observe(real());
    clock.observe(real() - 3_600_000); // an old message
    expect(Math.abs(clock.now() - real())).toBeLessThan(10);
    jump(10 * 60_000); // the agent sets the clock right
    tick(1_000);
    clock.now();
    clock.observe(real());
    expect(Math.abs(clock.now() - real())).toBeLessThan(10);
  });
});

describe('compile never throws on odd custom words', () => {
  it('skips what is not a string', () => {
    const odd = { customWords: ['暗号', 42, null, { text: 'x' }, ['y'], undefined] as unknown as string[], allowList: 'not a list' as unknown as string[] };
    const dictionary = compile(odd);
    expect(scan('说暗号', { custom: dictionary }).map((f) => f.match)).toEqual(['暗号']);
    expect(() => compile({ customWords: { 0: 'a' } as unknown as string[] })).not.toThrow();
  });
});
