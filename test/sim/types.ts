/** Public types of the PDD merchant-backend simulator. */

/** How the chat page marks robot / auto replies in the thread (PDD-PAGES.md §(b), two sources disagree). */
export type RobotMarker = 'callback' | 'robot-text';

/**
 * Ways to make the simulated pages differ. Read by a page when it loads, so
 * change them before (re)loading a page.
 */
export interface PageVariant {
  /** 'callback': `.cs-item.isread.callback` + nickname 机器人; 'robot-text': `.cs-item` containing `.robot-text`. */
  robotMarker: RobotMarker;
  /** Keep the page's own countdown running after a robot reply (PDD-PAGES §(d) "timer sometimes keeps running"). */
  robotKeepsTimer: boolean;
  /** Rename the conversation-list markup (classes, data-random) so a list adapter's self-check must fail. */
  chatListBroken: boolean;
  /** Rename the thread markup (msg-list, onemsg, buyer-item, cs-item, msg-content-box). */
  threadBroken: boolean;
  /** Rename the reply box (#replyTextarea → #chatInput, .send-btn → .send-button). */
  replyBoxBroken: boolean;
  /** The chat page ignores untrusted row clicks and untrusted Enter / send clicks (as two bots report). */
  trustedOnly: boolean;
  /**
   * latest_conversations without the (GUESS) `unreply_time` field, as the real
   * response may not have it: a client then knows only each conversation's last message.
   */
  noUnreplyTime: boolean;
  /**
   * The chat page's traffic happens where a tap in the top frame cannot see it
   * (GUESS, a degraded case rather than a known fact): the page takes its
   * XMLHttpRequest and WebSocket from a blank same-origin iframe, as hostile
   * pages do to get unwrapped natives; PDD-PAGES §(d) also reports a binary
   * protobuf socket (titan-ws) no JSON reader understands. The extension then
   * has only the DOM: the groups, the countdowns, the elapsed notes, the thread.
   */
  trafficUnseen: boolean;
  /**
   * Put waiting buyers whose first unanswered message came 23:00–08:00 Beijing
   * under 非工作时间留言 (GUESS: the real group follows the shop's own working
   * hours, which a shop may not have set). False: no off-hours group, so what
   * waits does not depend on the hour a test runs at.
   */
  offHoursGroup: boolean;
  /**
   * Which socket brings the chat pushes (PDD-PAGES.md §(i)): 'titan' (default, as pages in late
   * 2026): binary frames on wss://titan-ws.pinduoduo.com/ (16-byte header, protobuf, gzip when
   * large, several messages per push, heartbeats), m-ws carrying only auth and heartbeats;
   * 'm-ws': JSON text pushes on m-ws, as before.
   */
  chatTransport: 'titan' | 'm-ws';
  /**
   * Titan push frames carry 4 bytes past the body length their header gives (GUESS, a degraded
   * case: a protocol change the extension does not know yet). The page reads up to the length and
   * ignores the rest; the extension's decoder refuses the frame (drops and counts it), so it hears
   * no push while the page shows every message (issue 20 item 6).
   */
  titanFrameTrailer: boolean;
  /** After-sales countdown without whitespace between the digit spans and units. Default: with spaces. */
  aftersalesCountdownCompact: boolean;
  /** After-sales rows use other wording (订单编号, 详情, no countdown brackets) so text anchors must fail. */
  aftersalesBroken: boolean;
  /** 客服数据 responses: rates as fractions and numbers (default), or as "83.72%" / numeric strings / "47秒". */
  officialFormat: 'fraction' | 'percent';
  /** 服务数据 leaves out needManuReplyConsultUserCnt and artificialResponseTime. */
  officialMissingFields: boolean;
  /** 服务数据 opens on 近1天 (default) or 近7天. */
  officialQuickDays: 1 | 7 | 30;
  /** 服务数据 and 客服绩效 calls answer `{success:false, error_code}`. */
  officialError: boolean;
  /** 服务数据 renamed its labels and lost its date control (a changed page). */
  officialBroken: boolean;
}

export const DEFAULT_VARIANT: PageVariant = {
  robotMarker: 'callback',
  robotKeepsTimer: false,
  chatListBroken: false,
  threadBroken: false,
  replyBoxBroken: false,
  trustedOnly: false,
  noUnreplyTime: false,
  trafficUnseen: false,
  offHoursGroup: true,
  chatTransport: 'titan',
  titanFrameTrailer: false,
  aftersalesCountdownCompact: false,
  aftersalesBroken: false,
  officialFormat: 'fraction',
  officialMissingFields: false,
  officialQuickDays: 1,
  officialError: false,
  officialBroken: false,
};

/** The logged-in merchant account. */
export interface Account {
  mallId: string;
  mallName: string;
  /** Login user name (shown in the MMS shell header). */
  username: string;
  /** Name the chat page shows on this agent's messages: "主账号" or a sub-account name. */
  csName: string;
  /** The agent's cs uid (from.uid of its messages). */
  csUid: string;
}

export const DEFAULT_ACCOUNT: Account = {
  mallId: '612345678',
  mallName: '守护优选旗舰店',
  username: 'shouhu_youxuan',
  csName: '主账号',
  csUid: 'cs_612345678_1',
};

export type Role = 'user' | 'mall_cs' | 'platform';

/** The `message` object of a `push` frame, also the item of /plateau/chat/list. */
export interface ChatMessageFrame {
  msg_id: string;
  client_msg_id?: string;
  /** cs_uid: on a human sub-account's message only (a robot's has none, §(i)). */
  from: { role: Role; uid: string; csid?: string; mall_id?: string; cs_uid?: string };
  to: { role: Role; uid: string };
  nickname: string;
  content: string;
  type: number;
  sub_type: number;
  template_name: string;
  /** Unix seconds. */
  ts: number;
  info: Record<string, unknown>;
  need_reply?: number;
  no_unreply_hint?: number;
  conv_silent?: boolean;
  is_aut?: number;
  manual_reply?: number;
  biz_context: Record<string, unknown>;
}

/**
 * A chat push as captured (PDD-PAGES.md §(i)): on m-ws the envelope
 * `{message, request_id: msg_id, response: 'push', result: 'ok', target: {mall_id, mms_uid}}`,
 * with `ts` a string of seconds; on titan-ws the same message inside push_data.data[].
 */
export interface PushFrame {
  response: 'push';
  request_id: string;
  result: 'ok';
  target: { mall_id: string; mms_uid: string };
  message: Omit<ChatMessageFrame, 'ts'> & { ts: string };
}

export type BuyerMessageType = 'text' | 'image' | 'goods' | 'emoji';
export type CardKind = 'goods' | 'coupon' | 'pay-remind-single' | 'pay-remind-batch' | 'pay-remind-auto';
export type RobotTemplate = 'mall_robot_text_msg' | 'mall_answer_with_text';

/**
 * Who a stored message counts as:
 * buyer; agent (a human reply, incl. goods/coupon cards and a single pay reminder);
 * robot (mall_robot_text_msg / mall_answer_with_text); system-remind (batch or automatic
 * pay reminder: not a human reply); system (type 31 hints, type 41 buyer source).
 */
export type SimMessageKind = 'buyer' | 'agent' | 'robot' | 'system-remind' | 'system';

/** A message as the simulator stores it. */
export interface SimMessage {
  msgId: string;
  buyerUid: string;
  /** Epoch ms. */
  at: number;
  kind: SimMessageKind;
  /** Text content (for cards and images: the frame `content`, e.g. "[优惠券]" or the image URL). */
  text: string;
  /** 'scenario' = scripted through the API; 'page' = a page POSTed it to /plateau/chat/send_message. */
  via: 'scenario' | 'page';
  /** The JSON body the page POSTed (via 'page' only). */
  request?: unknown;
  frame: ChatMessageFrame;
}

export interface Buyer {
  uid: string;
  nickname: string;
  avatar: string;
}

export type AfterSalesTypeName = '仅退款' | '退货退款' | '换货';
export type AfterSalesState = 'pending' | 'awaiting-return' | 'awaiting-receipt' | 'refunded' | 'closed' | 'refused';
export type CountdownCondition = '未处理' | '物流无退回轨迹';

export interface AfterSalesInput {
  id?: number;
  orderSn?: string;
  type: AfterSalesTypeName;
  reason: string;
  /** Refund amount in fen. */
  amountFen: number;
  /** Order amount (实付) in fen; default = amountFen. */
  orderAmountFen?: number;
  shipped: boolean;
  /** Forward shipment tracking number (default: generated when shipped). */
  trackingNo?: string;
  /** Forward carrier, default 中通快递 when shipped. */
  carrier?: string;
  /** Latest logistics event time, epoch ms (shown as 最新物流时间). */
  logisticsUpdatedAt?: number;
  /** Return tracking number (buyer → merchant), for 退货退款 after the buyer shipped. */
  returnTrackingNo?: string;
  status?: AfterSalesState;
  /** Epoch ms. */
  appliedAt: number;
  /** Epoch ms of the automatic action; null = the page shows no countdown; undefined = default per status. */
  deadlineAt?: number | null;
  countdownCondition?: CountdownCondition;
  speedRefund?: boolean;
  goodsName?: string;
  goodsSpec?: string;
  buyerUid?: string;
}

export interface AfterSalesRecord {
  id: number;
  orderSn: string;
  type: AfterSalesTypeName;
  reason: string;
  amountFen: number;
  orderAmountFen: number;
  shipped: boolean;
  trackingNo: string | null;
  carrier: string | null;
  logisticsUpdatedAt: number | null;
  returnTrackingNo: string | null;
  status: AfterSalesState;
  appliedAt: number;
  deadlineAt: number | null;
  countdownCondition: CountdownCondition;
  speedRefund: boolean;
  goodsName: string;
  goodsSpec: string;
  buyerUid: string;
}
