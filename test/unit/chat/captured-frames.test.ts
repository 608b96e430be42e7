import { describe, expect, it } from 'vitest';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import { replyClass } from '@/lib/reply-rule';

// The frames as public captures show them in 2025–2026 (shared/PDD-PAGES.md §(i)): the m-ws
// envelope with target.mall_id, ts as a string of seconds, from.cs_uid on a human reply.
const WS = 'wss://m-ws.pinduoduo.com/?access_token=x&role=mall_cs&client=web&version=202506091557';
const MALL = '990001';
const buyer = { role: 'user', uid: '7300000123' };
const toShop = { mall_id: MALL, role: 'mall_cs', uid: '7300000123' };
const human = { role: 'mall_cs', uid: MALL, mall_id: MALL, cs_uid: '66001' };
const robot = { role: 'mall_cs', uid: MALL, mall_id: MALL };

const envelope = (message: Record<string, unknown>) => ({
  channel: 'ws' as const,
  url: WS,
  body: JSON.stringify({ message, request_id: message.msg_id, response: 'push', result: 'ok', target: { mall_id: MALL, mms_uid: '66001' } }),
});

type Row = [string, Record<string, unknown>, 'buyer' | 'human' | 'robot' | null];

describe('captured m-ws frames → what they count as (RULES §1: a robot reply is not a human reply)', () => {
  it.each<Row>([
    ['buyer question', { msg_id: '1747284413123', from: buyer, to: toShop, type: 0, ts: '1747284413', content: '在吗' }, 'buyer'],
    ['human sub-account reply (cs_uid, no template)', { msg_id: '1747284420001', from: human, to: buyer, type: 0, ts: '1747284420' }, 'human'],
    [
      'robot reply (no cs_uid, mall_robot_text_msg, answers a consumer_msg_id)',
      { msg_id: '1747284414002', from: robot, to: buyer, type: 0, ts: '1747284414', template_name: 'mall_robot_text_msg', biz_context: { consumer_msg_id: '1747284413123' } },
      'robot',
    ],
    ['auto reply (mall_answer_with_text)', { msg_id: '1747284414003', from: robot, to: buyer, type: 0, ts: '1747284414', template_name: 'mall_answer_with_text' }, 'robot'],
    [
      'system hint attributed to the buyer (no_unreply_hint, conv_silent)',
      { msg_id: '1747284415004', from: buyer, to: toShop, type: 31, ts: '1747284415', template_name: 'mall_robot_man_intervention_and_restart', content: '机器人已暂停接待，点击立即恢复接待', no_unreply_hint: 1, conv_silent: true },
      null,
    ],
    ['a buyer-side message the platform keeps silent (conv_silent only)', { msg_id: '1747284415005', from: buyer, to: toShop, type: 0, ts: '1747284415', conv_silent: true }, null],
    [
      "the buyer's nudge: still waiting, not a new question",
      { msg_id: '1747284416006', from: buyer, to: toShop, type: 31, ts: '1747284416', template_name: 'remind_customer_service_mall', content: '消费者催促您，请尽快回复！' },
      null,
    ],
    ['the nudge even without its type', { msg_id: '1747284416007', from: buyer, to: toShop, type: 0, ts: '1747284416', template_name: 'remind_customer_service_mall' }, null],
    [
      'product-page card (type 41): not a question',
      { msg_id: '1747284417008', from: buyer, to: toShop, type: 41, ts: '1747284417', no_unreply_hint: 1, content: '[当前用户来自 商品详情页]', info: { goods_info: { goods_id: 1 } } },
      null,
    ],
    ['type 41 without the hint is still no question', { msg_id: '1747284417009', from: buyer, to: toShop, type: 41, ts: '1747284417', info: { goods_info: {} } }, null],
    ['withdrawal (type 1002)', { msg_id: '1747284418010', from: buyer, to: toShop, type: 1002, ts: '1747284418', info: { withdraw_hint: '消费者撤回了一条消息' } }, null],
  ])('%s', (_name, message, expected) => {
    const { messages } = readTraffic(envelope(message));
    const classes = messages.map((m) => replyClass(m.role, m.kind));
    expect(classes.filter((c) => c !== null)).toEqual(expected ? [expected] : []);
    if (expected) expect(messages[0]).toMatchObject({ buyerId: '7300000123', at: Number(message.ts) * 1000, messageId: message.msg_id });
  });

  it('a push tells the platform clock by its ts (a string of seconds)', () => {
    const { platformNow } = readTraffic(envelope({ msg_id: '1747284413123', from: buyer, to: toShop, type: 0, ts: '1747284413' }));
    expect(platformNow).toBe(1747284413000);
  });

  it.each([
    ['read receipt', { response: 'mall_system_msg', message: { type: 20, user_id: '7300000123', user_last_read: '1747284413123' } }],
    ['agent online', { response: 'mall_system_msg', message: { type: 40, content: 'online' } }],
    ['awaiting-reply tag', { response: 'mall_system_msg', message: { type: 68, uid: '7300000123' } }],
    ['auth answer', { response: 'auth', uid: `cs_${MALL}_66001`, auth: { result: 'ok' } }],
  ])('%s: no message, no account', (_name, frame) => {
    const observed = readTraffic({ channel: 'ws', url: WS, body: JSON.stringify(frame) });
    expect(observed.messages).toEqual([]);
    expect(observed.account).toBeNull();
  });
});

describe('/plateau/chat/list as captured: newest first, with read_mark', () => {
  const list = {
    success: true,
    result: {
      response: 'list',
      has_more: false,
      read_mark: { user_last_read: '1747284420001', min_supported_msg_id: '1700000000000' },
      messages: [
        { msg_id: '1747284420001', from: human, to: buyer, type: 0, ts: '1747284420' },
        { msg_id: '1747284414002', from: robot, to: buyer, type: 0, ts: '1747284414', template_name: 'mall_robot_text_msg' },
        { msg_id: '1747284413123', from: buyer, to: toShop, type: 0, ts: '1747284413' },
      ],
      cs_infos: [{ cs_uid: '66001', nickname: '小美' }],
    },
  };

  it('reads every message whatever the order, and history does not move the platform clock', () => {
    const observed = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body: JSON.stringify(list) });
    expect(observed.messages.map((m) => [m.messageId, replyClass(m.role, m.kind), m.at])).toEqual([
      ['1747284420001', 'human', 1747284420000],
      ['1747284414002', 'robot', 1747284414000],
      ['1747284413123', 'buyer', 1747284413000],
    ]);
    expect(observed.platformNow).toBeNull();
  });

  it('the same list as a cmd:"list" frame on the socket is history too (no clock)', () => {
    const frame = { cmd: 'list', response: 'list', result: list.result };
    const observed = readTraffic({ channel: 'ws', url: WS, body: JSON.stringify(frame) });
    expect(observed.messages).toHaveLength(3);
    expect(observed.platformNow).toBeNull();
  });
});
