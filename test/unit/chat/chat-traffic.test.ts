import { describe, expect, it } from 'vitest';
import { readTraffic, toEpochMs } from '@/lib/pdd/chat-traffic';

const WS = 'wss://m-ws.pinduoduo.com/?access_token=x&role=mall_cs&client=web&version=202506091557';
const push = (message: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  channel: 'ws' as const,
  url: WS,
  body: JSON.stringify({ response: 'push', chat_type_id: 1, message, ...extra }),
});
const buyer = { role: 'user', uid: '8123456789' };
const shop = { role: 'mall_cs', uid: '555' };

describe('readTraffic: WebSocket push frames (PDD-PAGES.md §(d))', () => {
  it.each([
    ['buyer text', { msg_id: '1', from: buyer, to: shop, type: 0, ts: 1763863200, content: '在吗' }, 'buyer', 'text'],
    ['agent text', { msg_id: '2', from: shop, to: buyer, type: 0, ts: 1763863210 }, 'agent', 'text'],
    ['robot reply', { msg_id: '3', from: shop, to: buyer, type: 0, ts: 1, template_name: 'mall_robot_text_msg' }, 'robot', 'text'],
    ['auto reply', { msg_id: '4', from: shop, to: buyer, type: 0, ts: 1, template_name: 'mall_answer_with_text' }, 'robot', 'text'],
    ['is_aut flag', { msg_id: '5', from: shop, to: buyer, type: 0, ts: 1, is_aut: 1 }, 'robot', 'text'],
    ['coupon card', { msg_id: '6', from: shop, to: buyer, type: 64, ts: 1, template_name: 'mall_coupon_card' }, 'agent', 'coupon'],
    ['goods card', { msg_id: '7', from: shop, to: buyer, type: 64, ts: 1, template_name: 'goods_card' }, 'agent', 'goods-card'],
    ['single payment reminder', { msg_id: '8', from: shop, to: buyer, type: 64, ts: 1, template_name: 'pay_remind_card' }, 'agent', 'pay-remind-single'],
    ['batch payment reminder', { msg_id: '9', from: shop, to: buyer, type: 64, ts: 1, template_name: 'batch_pay_remind' }, 'robot', 'pay-remind-batch'],
    ['system hint', { msg_id: '10', from: shop, to: buyer, type: 31, ts: 1 }, 'system', 'system'],
  ])('%s', (_name, message, role, kind) => {
    const [observed] = readTraffic(push(message)).messages;
    expect(observed).toMatchObject({ role, kind, buyerId: '8123456789', conversationId: '8123456789', messageId: message.msg_id });
  });

  it('reads seconds and milliseconds alike', () => {
    expect(toEpochMs(1763863200)).toBe(1763863200000);
    expect(toEpochMs(1763863200123)).toBe(1763863200123);
    expect(toEpochMs('1763863200')).toBe(1763863200000);
    expect(toEpochMs(0)).toBeNull();
    expect(toEpochMs('abc')).toBeNull();
  });

  it('ignores the platform chat, withdrawals, auth frames, other hosts and garbage', () => {
    expect(readTraffic(push({ msg_id: '1', from: buyer, to: shop, type: 0, ts: 1 }, { chat_type_id: 5 })).messages).toEqual([]);
    expect(readTraffic(push({ msg_id: '1', from: buyer, to: shop, type: 1002, ts: 1 })).messages).toEqual([]);
    expect(readTraffic({ channel: 'ws', url: WS, body: '{"response":"auth","result":"ok"}' }).messages).toEqual([]);
    expect(readTraffic({ channel: 'ws', url: 'wss://evil.example/', body: push({ msg_id: '1', from: buyer, ts: 1 }).body }).messages).toEqual([]);
    expect(readTraffic({ channel: 'ws', url: WS, body: 'not json' })).toEqual({ messages: [], waitHints: [], account: null, platformNow: null });
  });

  it('never carries message text', () => {
    const [observed] = readTraffic(push({ msg_id: '1', from: buyer, to: shop, type: 0, ts: 1, content: '加我微信' })).messages;
    expect(JSON.stringify(observed)).not.toContain('微信');
  });
});

describe('readTraffic: HTTP responses', () => {
  it('reads every conversation head of latest_conversations', () => {
    const body = JSON.stringify({
      success: true,
      result: {
        conversations: [
          { msg_id: 'a', from: buyer, to: shop, ts: 1763863200, type: 0, user_info: { uid: '8123456789' }, context: { unread: 2 } },
          { msg_id: 'b', from: shop, to: { role: 'user', uid: '42' }, ts: 1763863300, type: 0, show_auto: 1 },
        ],
        has_more: false,
      },
    });
    const { messages } = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body });
    expect(messages.map((m) => [m.messageId, m.role, m.buyerId])).toEqual([
      ['a', 'buyer', '8123456789'],
      ['b', 'robot', '42'],
    ]);
  });

  it("reads the platform's unanswered-since of each conversation head", () => {
    const body = JSON.stringify({
      result: {
        conversations: [
          { msg_id: 'a', from: buyer, to: shop, ts: 1763863200, type: 0, unreply_time: 1763863100 },
          { msg_id: 'b', from: shop, to: { role: 'user', uid: '42' }, ts: 1763863300, type: 0, unreply_time: 0 },
          { msg_id: 'c', from: { role: 'user', uid: '43' }, to: shop, ts: 1763863300, type: 0, unreply_time: 1763863300, no_unreply_hint: 1 },
        ],
      },
    });
    const { waitHints } = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body });
    expect(waitHints).toEqual([{ conversationId: '8123456789', buyerId: '8123456789', since: 1763863100000 }]);
  });

  it("takes no unanswered-since from the platform's own service chat nor from a withdrawal notice", () => {
    const body = JSON.stringify({
      result: {
        conversations: [
          { msg_id: 'a', from: buyer, to: shop, ts: 1763863200, type: 0, unreply_time: 1763863100, chat_type_id: 5 },
          { msg_id: 'b', from: { role: 'user', uid: '43' }, to: shop, ts: 1763863300, type: 1002, unreply_time: 1763863300 },
        ],
      },
    });
    const { waitHints } = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body });
    expect(waitHints).toEqual([]);
  });

  it('reads the logged-in shop and agent from userinfo', () => {
    const body = JSON.stringify({ result: { username: '小美', mall: { mall_id: 90001, mall_name: '好物小店' } } });
    const { account } = readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/chats/userinfo/realtime?get_response=true', body });
    expect(account).toEqual({ key: '90001:小美', mallName: '好物小店', agentName: '小美' });
  });

  it('reads by the path only: a query that names a chat path makes no call a chat call (userinfo or send)', () => {
    const body = JSON.stringify({ result: { username: '冒充', mall: { mall_id: 1, mall_name: '假店' } } });
    expect(readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list?x=/chats/userinfo/', body }).account ?? null).toBeNull();
    expect(readTraffic({ channel: 'http', url: 'https://mms.pinduoduo.com/echo?to=/chats/userinfo/', body }).account ?? null).toBeNull();
  });
});

describe('readTraffic: notices on the buyer side', () => {
  it.each([
    ['entered from a goods page', { template_name: 'user_source', type: 41 }],
    ['a message the platform marks as needing no reply', { need_reply: 0, type: 0 }],
    ['a conversation head the platform marks as needing no reply', { no_unreply_hint: 1, type: 0 }],
  ])('%s is no buyer message', (_name, extra) => {
    const [observed] = readTraffic(push({ msg_id: '1', from: buyer, to: shop, ts: 1, ...extra })).messages;
    expect(observed).toMatchObject({ role: 'system', kind: 'system' });
  });
});
