/**
 * The chat side of the simulator: buyers, messages, conversation state, and the
 * JSON the chat page reads (latest_conversations, chat/list) and the frames it
 * gets over the m-ws socket.
 */
import type { SimClock, Scheduler } from './clock.ts';
import { imageUrl } from './images.ts';
import { formatYyMmDd } from './time.ts';
import type {
  Account,
  Buyer,
  BuyerMessageType,
  CardKind,
  ChatMessageFrame,
  PushFrame,
  RobotTemplate,
  SimMessage,
  SimMessageKind,
} from './types.ts';

/** The platform's reply timer (PDD-PAGES §(b): `timeout = ts + 180`). */
export const REPLY_LIMIT_S = 180;

export const ROBOT_TEMPLATES: ReadonlySet<string> = new Set(['mall_robot_text_msg', 'mall_answer_with_text']);
/** GUESS (README): batch / automatic payment reminders are sent by "系统" and are not human replies. */
export const NON_HUMAN_TEMPLATES: ReadonlySet<string> = new Set(['batch_pay_remind', 'auto_pay_remind']);

export interface ConversationState {
  uid: string;
  last: SimMessage | undefined;
  /** Epoch ms of the first buyer message not yet answered by a human; 0 = none. */
  waitingSince: number;
  /** 1 when the latest answer after the buyer's message came from the robot. */
  showAuto: 0 | 1;
  /** 1 when the buyer's last message needs no reply. */
  noUnreplyHint: 0 | 1;
  unread: number;
}

export interface SayOptions {
  /** Epoch ms; past = back-dated, future = delivered when the sim clock gets there. Default: now. */
  at?: number;
}

export interface BuyerSaysOptions extends SayOptions {
  type?: BuyerMessageType;
  /** msgId of an earlier message the buyer quotes (renders .quote-new-msg + .be-quote). */
  quote?: string;
  /** false → need_reply 0 (the conversation gets no_unreply_hint = 1). */
  needReply?: boolean;
}

type Listener = (m: SimMessage) => void;

const GOODS = [
  { goods_id: 512345678901, goods_name: '【守护优选】加厚纯棉四件套 床单被套 1.8m床', goods_price: 12900 },
  { goods_id: 512345678902, goods_name: '不锈钢保温杯 大容量 316内胆 男女通用 500ml', goods_price: 3990 },
  { goods_id: 512345678903, goods_name: '儿童防滑拖鞋 夏季软底 卡通 家用', goods_price: 1590 },
];

export class ChatStore {
  private buyers = new Map<string, Buyer>();
  private msgs = new Map<string, SimMessage[]>();
  private usedIds = new Set<string>();
  private lastReadAt = new Map<string, number>();
  private listeners = new Set<Listener>();
  private pushSeq = 1;

  constructor(
    private readonly clock: SimClock,
    private readonly scheduler: Scheduler,
    private readonly account: () => Account,
    private readonly broadcast: (frame: PushFrame) => void,
  ) {}

  /** Forgets every buyer and message. */
  clear(): void {
    this.buyers.clear();
    this.msgs.clear();
    this.usedIds.clear();
    this.lastReadAt.clear();
  }

  // ---- scripting API -------------------------------------------------------

  /** Adds (or updates) a buyer. `uid` defaults to a 10-digit number, nickname to a masked one. */
  addBuyer(b: { uid?: string; nickname?: string; avatar?: string } = {}): Buyer {
    const uid = b.uid ?? String(8100000000 + this.buyers.size * 7919 + 17);
    const buyer: Buyer = {
      uid,
      nickname: b.nickname ?? `p*****${uid.slice(-2)}`,
      avatar: b.avatar ?? imageUrl('avatar', uid),
    };
    this.buyers.set(uid, buyer);
    if (!this.msgs.has(uid)) this.msgs.set(uid, []);
    return buyer;
  }

  buyer(uid: string): Buyer | undefined {
    return this.buyers.get(uid);
  }

  buyerList(): Buyer[] {
    return [...this.buyers.values()];
  }

  /** The buyer sends a message. Returns its msgId. */
  buyerSays(uid: string, text: string, o: BuyerSaysOptions = {}): string {
    const b = this.need(uid);
    const type = o.type ?? 'text';
    const at = o.at ?? this.clock.now();
    const base = this.userFrameBase(b, at);
    let frame: ChatMessageFrame;
    if (type === 'image') {
      frame = { ...base, content: text || imageUrl('chat', `${uid}-${at}`), type: 1, info: { width: 480, height: 640 } };
    } else if (type === 'emoji') {
      frame = { ...base, content: text || '[微笑]', type: 5 };
    } else if (type === 'goods') {
      const g = GOODS[Math.abs(hashCode(uid)) % GOODS.length]!;
      frame = {
        ...base,
        content: '[商品]',
        type: 64,
        template_name: 'user_goods_inquiry',
        info: { ...g, goods_thumb_url: imageUrl('goods', String(g.goods_id)), text: text || '这个还有货吗' },
      };
    } else {
      frame = { ...base, content: text };
      if (o.quote) {
        const q = this.find(uid, o.quote);
        if (q) {
          frame.info = {
            quote_msg: { msg_id: q.msgId, content: q.frame.content, nickname: q.frame.nickname, from_role: q.frame.from.role },
          };
        }
      }
    }
    if (o.needReply === false) frame.need_reply = 0;
    return this.deliver(uid, 'buyer', frame, at, 'scenario');
  }

  /** A robot / auto reply (role mall_cs, nickname 机器人). */
  robotReplies(uid: string, text: string, o: SayOptions & { template?: RobotTemplate } = {}): string {
    this.need(uid);
    const at = o.at ?? this.clock.now();
    const frame: ChatMessageFrame = {
      ...this.csFrameBase(uid, at, '机器人'),
      content: text,
      template_name: o.template ?? 'mall_robot_text_msg',
      is_aut: 1,
      manual_reply: 0,
    };
    const asked = [...(this.msgs.get(uid) ?? [])].reverse().find((m) => m.kind === 'buyer');
    if (asked) frame.biz_context = { consumer_msg_id: asked.msgId };
    return this.deliver(uid, 'robot', frame, at, 'scenario');
  }

  /** A human agent reply typed on another device (pushed to every open page). */
  agentReplies(uid: string, text: string, o: SayOptions & { agent?: string } = {}): string {
    this.need(uid);
    const at = o.at ?? this.clock.now();
    const frame: ChatMessageFrame = {
      ...this.csFrameBase(uid, at, o.agent ?? this.account().csName),
      content: text,
      is_aut: 0,
      manual_reply: 1,
    };
    return this.deliver(uid, 'agent', frame, at, 'scenario');
  }

  /** A card from the shop. pay-remind-batch / pay-remind-auto come from "系统" and are not human replies (GUESS, README). */
  agentSendsCard(uid: string, kind: CardKind, o: SayOptions & { agent?: string } = {}): string {
    this.need(uid);
    const at = o.at ?? this.clock.now();
    const human = kind === 'goods' || kind === 'coupon' || kind === 'pay-remind-single';
    const base: ChatMessageFrame = {
      ...this.csFrameBase(uid, at, human ? (o.agent ?? this.account().csName) : '系统'),
      type: 64,
      is_aut: human ? 0 : 1,
      manual_reply: human ? 1 : 0,
    };
    const orderSn = `${formatYyMmDd(at)}-${String(400000000000000 + (Math.abs(hashCode(uid)) % 99999999))}`;
    let frame: ChatMessageFrame;
    switch (kind) {
      case 'goods': {
        const g = GOODS[0]!;
        frame = {
          ...base,
          content: '[商品]',
          template_name: 'mall_goods_card',
          info: { ...g, goods_thumb_url: imageUrl('goods', String(g.goods_id)), sales_tip: '已拼2.1万件' },
        };
        break;
      }
      case 'coupon':
        frame = {
          ...base,
          content: '[优惠券]',
          template_name: 'mall_coupon_card',
          info: { title: '优惠券', coupon_name: '店铺优惠券', discount: 1000, min_amount: 9900, valid_desc: '领取后7天内有效' },
        };
        break;
      case 'pay-remind-single':
        frame = {
          ...base,
          content: '[催付]',
          template_name: 'pay_remind_card',
          info: { title: '您有一笔订单待支付', order_sn: orderSn, amount: 3990, goods_name: GOODS[1]!.goods_name, batch: 0 },
        };
        break;
      case 'pay-remind-batch':
        frame = {
          ...base,
          content: '[催付]',
          template_name: 'batch_pay_remind',
          info: { title: '您有一笔订单待支付', order_sn: orderSn, amount: 3990, goods_name: GOODS[1]!.goods_name, batch: 1 },
        };
        break;
      case 'pay-remind-auto':
        frame = {
          ...base,
          content: '[催付]',
          template_name: 'auto_pay_remind',
          info: { title: '您有一笔订单待支付', order_sn: orderSn, amount: 3990, goods_name: GOODS[1]!.goods_name, auto: 1 },
        };
        break;
    }
    return this.deliver(uid, human ? 'agent' : 'system-remind', frame, at, 'scenario');
  }

  /** A platform hint shown as `div.system-msg-31` (type 31). */
  systemNotice(uid: string, text: string, o: SayOptions & { template?: string } = {}): string {
    this.need(uid);
    const at = o.at ?? this.clock.now();
    const frame: ChatMessageFrame = {
      msg_id: '',
      from: { role: 'platform', uid: '0' },
      to: { role: 'mall_cs', uid: this.account().mallId },
      nickname: '',
      content: text,
      type: 31,
      sub_type: 0,
      template_name: o.template ?? 'merchant_robot_system_hint_to_merchant_alone_text',
      ts: 0,
      info: { buyer_uid: uid },
      biz_context: {},
    };
    return this.deliver(uid, 'system', frame, at, 'scenario');
  }

  /** "当前用户来自 商品详情页": type 41 / template user_source, attributed to the buyer (GUESS, README). */
  buyerSource(uid: string, source = '商品详情页', o: SayOptions = {}): string {
    const b = this.need(uid);
    const at = o.at ?? this.clock.now();
    const g = GOODS[0]!;
    const frame: ChatMessageFrame = {
      ...this.userFrameBase(b, at),
      content: `当前用户来自 ${source}`,
      type: 41,
      template_name: 'user_source',
      need_reply: 0,
      no_unreply_hint: 1,
      info: { source, ...g, goods_thumb_url: imageUrl('goods', String(g.goods_id)), goods_info: { goods_id: g.goods_id } },
    };
    return this.deliver(uid, 'system', frame, at, 'scenario');
  }

  /** The buyer's nudge "消费者催促您，请尽快回复！" (type 31 from the buyer, PDD-PAGES §(i)): still waiting, nothing new asked. */
  buyerNudges(uid: string, o: SayOptions = {}): string {
    const b = this.need(uid);
    const at = o.at ?? this.clock.now();
    const frame: ChatMessageFrame = { ...this.userFrameBase(b, at), content: '消费者催促您，请尽快回复！', type: 31, template_name: 'remind_customer_service_mall' };
    return this.deliver(uid, 'system', frame, at, 'scenario');
  }

  /** A system hint attributed to the buyer (from.role user, no_unreply_hint, conv_silent; PDD-PAGES §(i)). */
  robotPausedHint(uid: string, o: SayOptions = {}): string {
    const b = this.need(uid);
    const at = o.at ?? this.clock.now();
    const frame: ChatMessageFrame = {
      ...this.userFrameBase(b, at),
      content: '机器人已暂停接待，点击立即恢复接待',
      type: 31,
      template_name: 'mall_robot_man_intervention_and_restart',
      need_reply: 0,
      no_unreply_hint: 1,
      conv_silent: true,
    };
    return this.deliver(uid, 'system', frame, at, 'scenario');
  }

  /** Everything the server knows for this buyer, oldest first (incl. what pages sent). */
  messages(uid: string): SimMessage[] {
    return [...(this.msgs.get(uid) ?? [])];
  }

  /** Calls `cb` for every message as it is delivered (scripted or sent by a page). */
  onMessage(cb: Listener): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Resolves with the next message a page sends via send_message (optionally for one buyer). */
  waitForSent(uid?: string, timeoutMs = 10_000): Promise<SimMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no message sent by a page${uid ? ` to ${uid}` : ''} within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onMessage((m) => {
        if (m.via === 'page' && (!uid || m.buyerUid === uid)) {
          clearTimeout(timer);
          off();
          resolve(m);
        }
      });
    });
  }

  // ---- what pages call -----------------------------------------------------

  /** Stores a message a page POSTed to /plateau/chat/send_message. Throws on a malformed body. */
  pageSends(body: unknown): SimMessage {
    const msg = (body as { data?: { message?: Record<string, unknown> } } | null)?.data?.message;
    const to = msg?.['to'] as { uid?: unknown } | undefined;
    const uid = typeof to?.uid === 'string' || typeof to?.uid === 'number' ? String(to.uid) : '';
    const content = msg?.['content'];
    if (!msg || !uid || typeof content !== 'string') throw new Error('bad send_message body');
    if (!this.buyers.has(uid)) throw new Error(`unknown buyer ${uid}`);
    const at = this.clock.now();
    const frame: ChatMessageFrame = {
      ...this.csFrameBase(uid, at, this.account().csName),
      content,
      type: typeof msg['type'] === 'number' ? msg['type'] : 0,
      is_aut: typeof msg['is_aut'] === 'number' ? msg['is_aut'] : 0,
      manual_reply: typeof msg['manual_reply'] === 'number' ? msg['manual_reply'] : 1,
    };
    const id = this.deliver(uid, 'agent', frame, at, 'page', body);
    this.lastReadAt.set(uid, at);
    return this.find(uid, id)!;
  }

  /** The page opened a conversation: its unread count drops to 0. */
  markRead(uid: string): void {
    this.lastReadAt.set(uid, this.clock.now());
  }

  /** Conversation state as the platform derives it. */
  state(uid: string): ConversationState {
    const st: ConversationState = { uid, last: undefined, waitingSince: 0, showAuto: 0, noUnreplyHint: 0, unread: 0 };
    const readAt = this.lastReadAt.get(uid) ?? 0;
    for (const m of this.msgs.get(uid) ?? []) {
      if (m.kind === 'buyer') {
        st.last = m;
        if (!st.waitingSince) st.waitingSince = m.at;
        st.showAuto = 0;
        st.noUnreplyHint = m.frame.need_reply === 0 ? 1 : 0;
        if (m.at > readAt) st.unread++;
      } else if (m.kind === 'agent') {
        st.last = m;
        st.waitingSince = 0;
        st.showAuto = 0;
        st.noUnreplyHint = 0;
        st.unread = 0;
      } else if (m.kind === 'robot') {
        st.last = m;
        st.showAuto = 1;
      } else if (m.kind === 'system-remind') {
        st.last = m;
      }
    }
    return st;
  }

  /** Body of /plateau/chat/latest_conversations. */
  latestConversations(page: number, size: number, withUnreplyTime = true): unknown {
    const acc = this.account();
    const rows = [...this.buyers.values()]
      .map((b) => ({ b, st: this.state(b.uid) }))
      .filter((r) => r.st.last)
      .sort((a, b) => b.st.last!.at - a.st.last!.at);
    const start = Math.max(0, (page - 1) * size);
    const slice = rows.slice(start, start + size);
    return {
      success: true,
      result: {
        conversations: slice.map(({ b, st }) => {
          const f = st.last!.frame;
          return {
            from: f.from,
            to: f.to,
            content: f.content,
            ts: f.ts,
            type: f.type,
            template_name: f.template_name,
            msg_id: f.msg_id,
            client_msg_id: f.client_msg_id ?? '',
            mallName: acc.mallName,
            nickname: f.nickname,
            user_info: { uid: b.uid, nickname: b.nickname, avatar: b.avatar },
            context: { unread: st.unread },
            no_unreply_hint: st.noUnreplyHint,
            show_auto: st.showAuto,
            // GUESS (README): what `need_unreply_time: true` asks for; unix seconds, 0 = answered.
            ...(withUnreplyTime ? { unreply_time: st.waitingSince ? Math.floor(st.waitingSince / 1000) : 0 } : {}),
            info: {},
          };
        }),
        has_more: start + size < rows.length,
      },
    };
  }

  /** Body of /plateau/chat/list as captured (PDD-PAGES.md §(i)): newest first, with read_mark. */
  history(uid: string, size: number): unknown {
    const list = this.msgs.get(uid) ?? [];
    const lastBuyer = [...list].reverse().find((m) => m.kind === 'buyer');
    return {
      success: true,
      result: {
        response: 'list',
        has_more: list.length > size,
        read_mark: { user_last_read: lastBuyer?.msgId ?? '', min_supported_msg_id: list[0]?.msgId ?? '' },
        messages: list.slice(-size).reverse().map((m) => ({ ...m.frame, ts: String(m.frame.ts) })),
        cs_infos: [{ cs_uid: this.account().csUid, nickname: this.account().csName }],
      },
    };
  }

  // ---- internals -----------------------------------------------------------

  private need(uid: string): Buyer {
    return this.buyers.get(uid) ?? this.addBuyer({ uid });
  }

  private find(uid: string, msgId: string): SimMessage | undefined {
    return this.msgs.get(uid)?.find((m) => m.msgId === msgId);
  }

  private userFrameBase(b: Buyer, at: number): ChatMessageFrame {
    return {
      msg_id: '',
      from: { role: 'user', uid: b.uid },
      to: { role: 'mall_cs', uid: this.account().mallId },
      nickname: b.nickname,
      content: '',
      type: 0,
      sub_type: 0,
      template_name: '',
      ts: Math.floor(at / 1000),
      info: {},
      need_reply: 1,
      biz_context: {},
    };
  }

  private csFrameBase(uid: string, at: number, nickname: string): ChatMessageFrame {
    const acc = this.account();
    // A human sub-account's message carries cs_uid; the robot's and the system's do not (§(i)).
    const human = nickname !== '机器人' && nickname !== '系统';
    const csUid = nickname === acc.csName ? acc.csUid : `cs_${hashCode(nickname) >>> 0}`;
    return {
      msg_id: '',
      from: { role: 'mall_cs', uid: acc.csUid, csid: acc.csUid, mall_id: acc.mallId, ...(human ? { cs_uid: csUid } : {}) },
      to: { role: 'user', uid },
      nickname,
      content: '',
      type: 0,
      sub_type: 0,
      template_name: '',
      ts: Math.floor(at / 1000),
      info: {},
      biz_context: {},
    };
  }

  /** msg_id = the message's epoch ms, bumped until unique (PDD-PAGES: "looks like a millisecond number"). */
  private newId(at: number): string {
    let n = Math.floor(at);
    while (this.usedIds.has(String(n))) n++;
    const id = String(n);
    this.usedIds.add(id);
    return id;
  }

  private deliver(
    uid: string,
    kind: SimMessageKind,
    frame: ChatMessageFrame,
    at: number,
    via: 'scenario' | 'page',
    request?: unknown,
  ): string {
    const msgId = this.newId(at);
    frame.msg_id = msgId;
    frame.ts = Math.floor(at / 1000);
    const m: SimMessage = { msgId, buyerUid: uid, at, kind, text: frame.content, via, frame };
    if (request !== undefined) m.request = request;
    this.scheduler.at(at, () => {
      const list = this.msgs.get(uid) ?? [];
      list.push(m);
      list.sort((a, b) => a.at - b.at || Number(a.msgId) - Number(b.msgId));
      this.msgs.set(uid, list);
      this.pushSeq++;
      const acc = this.account();
      this.broadcast({
        message: { ...frame, ts: String(frame.ts) },
        request_id: frame.msg_id,
        response: 'push',
        result: 'ok',
        target: { mall_id: acc.mallId, mms_uid: acc.csUid },
      });
      for (const cb of [...this.listeners]) cb(m);
    });
    return msgId;
  }
}

export function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
