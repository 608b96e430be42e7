import { afterEach, describe, expect, it } from 'vitest';
import { AfterSalesStore } from '../../sim/aftersales-store';
import { ChatStore } from '../../sim/chat-store';
import { Scheduler, SimClock } from '../../sim/clock';
import { beijingTime } from '../../sim/time';
import { DEFAULT_ACCOUNT, type PushFrame } from '../../sim/types';

const T0 = beijingTime(2026, 11, 23, 10, 0, 0);

function setup() {
  const clock = new SimClock();
  clock.freeze(T0);
  const scheduler = new Scheduler(clock);
  const frames: PushFrame[] = [];
  const chat = new ChatStore(clock, scheduler, () => DEFAULT_ACCOUNT, (f) => frames.push(f));
  return { clock, scheduler, chat, frames };
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

describe('sim clock and scheduler', () => {
  it('delivers past events at once and future ones when the clock gets there', () => {
    const { clock, scheduler, chat, frames } = setup();
    cleanup.push(() => scheduler.dispose());
    chat.addBuyer({ uid: '1' });
    chat.buyerSays('1', 'past', { at: T0 - 60_000 });
    chat.buyerSays('1', 'future', { at: T0 + 60_000 });
    expect(frames.map((f) => f.message.content)).toEqual(['past']);
    expect(scheduler.size).toBe(1);
    clock.advance(59_999);
    expect(frames).toHaveLength(1);
    clock.advance(1);
    expect(frames.map((f) => f.message.content)).toEqual(['past', 'future']);
    expect(frames[1]!.message.ts).toBe(String(Math.floor((T0 + 60_000) / 1000))); // a string of seconds, as captured
  });

  it('freeze / unfreeze / set', () => {
    const clock = new SimClock();
    clock.freeze(T0);
    expect(clock.now()).toBe(T0);
    clock.set(T0 + 5);
    expect(clock.now()).toBe(T0 + 5);
    clock.unfreeze();
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.now() - (T0 + 5))).toBeLessThan(1000);
  });
});

describe('conversation state (what the page groups by)', () => {
  it('buyer → waiting; robot → show_auto but still waiting; human reply → answered', () => {
    const { chat, scheduler } = setup();
    cleanup.push(() => scheduler.dispose());
    chat.addBuyer({ uid: '1' });
    chat.buyerSays('1', 'hi', { at: T0 - 100_000 });
    chat.buyerSays('1', 'hello?', { at: T0 - 50_000 });
    expect(chat.state('1')).toMatchObject({ waitingSince: T0 - 100_000, showAuto: 0, unread: 2 });
    chat.robotReplies('1', 'auto');
    expect(chat.state('1')).toMatchObject({ waitingSince: T0 - 100_000, showAuto: 1 });
    chat.agentReplies('1', 'human');
    expect(chat.state('1')).toMatchObject({ waitingSince: 0, showAuto: 0, unread: 0 });
  });

  it.each([
    ['pay-remind-single', 0],
    ['coupon', 0],
    ['goods', 0],
    ['pay-remind-batch', T0 - 10_000],
    ['pay-remind-auto', T0 - 10_000],
  ] as const)('card %s leaves waitingSince = %d', (kind, waiting) => {
    const { chat, scheduler } = setup();
    cleanup.push(() => scheduler.dispose());
    chat.buyerSays('2', 'q', { at: T0 - 10_000 });
    chat.agentSendsCard('2', kind);
    expect(chat.state('2').waitingSince).toBe(waiting);
  });

  it('msg ids are unique millisecond numbers; quotes carry the quoted message', () => {
    const { chat, scheduler, frames } = setup();
    cleanup.push(() => scheduler.dispose());
    const a = chat.agentReplies('3', 'x', { at: T0 });
    const b = chat.buyerSays('3', 'y', { at: T0, quote: a });
    expect(a).toBe(String(T0));
    expect(b).toBe(String(T0 + 1));
    expect(frames[1]!.message.info).toMatchObject({ quote_msg: { msg_id: a, content: 'x', nickname: '主账号' } });
  });

  it('latest_conversations and send_message shapes', () => {
    const { chat, scheduler, frames } = setup();
    cleanup.push(() => scheduler.dispose());
    chat.addBuyer({ uid: '4', nickname: 'S*******n' });
    chat.buyerSays('4', 'hi', { at: T0 - 30_000 });
    const res = chat.latestConversations(1, 10) as { result: { conversations: Array<Record<string, unknown>>; has_more: boolean } };
    expect(res.result.has_more).toBe(false);
    expect(res.result.conversations[0]).toMatchObject({
      from: { role: 'user', uid: '4' },
      content: 'hi',
      ts: Math.floor((T0 - 30_000) / 1000),
      user_info: { uid: '4', nickname: 'S*******n' },
      context: { unread: 1 },
      no_unreply_hint: 0,
      show_auto: 0,
      unreply_time: Math.floor((T0 - 30_000) / 1000),
    });
    const sent = chat.pageSends({
      data: { cmd: 'send_message', message: { to: { role: 'user', uid: '4' }, from: { role: 'mall_cs' }, content: 'ok', msg_id: null, type: 0, is_aut: 0, manual_reply: 1 } },
      client: 'WEB',
    });
    expect(sent).toMatchObject({ via: 'page', kind: 'agent', text: 'ok' });
    expect(frames.at(-1)).toMatchObject({ response: 'push', result: 'ok', message: { from: { role: 'mall_cs' }, to: { role: 'user', uid: '4' }, manual_reply: 1 } });
    expect(() => chat.pageSends({ data: {} })).toThrow();
  });
});

describe('after-sales queryList', () => {
  it('paginates, filters and reports the remaining time', () => {
    const clock = new SimClock();
    clock.freeze(T0);
    const s = new AfterSalesStore(clock);
    for (let i = 0; i < 12; i++) {
      s.add({ type: i % 2 ? '仅退款' : '退货退款', reason: '质量问题', amountFen: 3800, shipped: i % 3 === 0, appliedAt: T0 - (i + 1) * 3600_000 });
    }
    s.add({ type: '仅退款', reason: '缺货', amountFen: 990, shipped: false, status: 'refunded', appliedAt: T0 - 100 * 3600_000 });
    const page2 = s.queryList({ pageNumber: 2, pageSize: 10 }) as { result: { total: number; list: Array<Record<string, unknown>> } };
    expect(page2.result.total).toBe(13);
    expect(page2.result.list).toHaveLength(3);
    const first = (s.queryList({ pageNumber: 1, pageSize: 10 }) as { result: { list: Array<Record<string, unknown>> } }).result.list[0]!;
    expect(first).toMatchObject({ afterSalesType: 2, afterSalesStatus: 2, expireRemainTime: 47 * 3600, expireActionDesc: '未处理，系统将自动退款' });
    expect(String(first['orderSn'])).toMatch(/^\d{6}-\d{12,}$/);
    const refundOnly = s.queryList({ afterSalesType: 1, pageSize: 50 }) as { result: { total: number } };
    expect(refundOnly.result.total).toBe(7);
    const done = s.queryList({ afterSalesStatusList: [5] }) as { result: { list: Array<Record<string, unknown>> } };
    expect(done.result.list[0]).toMatchObject({ afterSalesStatus: 5, expireActionDesc: '', expireRemainTime: 0 });
  });
});
