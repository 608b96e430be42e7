/**
 * The platform rules the extension measures, as data. Every figure the UI
 * shows names one of these rule ids, so an agent can see which rule a warning
 * or an estimate comes from (shared/RULES.md).
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './clock';

export type RuleId =
  | 'reply-30s'
  | 'reply-3min'
  | 'reply-5min'
  | 'reply-1h'
  | 'reply-avg'
  | 'human-reply'
  | 'chat-platform'
  | 'chat-contact'
  | 'chat-third-party'
  | 'chat-abuse'
  | 'refund-48h'
  | 'refund-shipped-refund-only'
  | 'refund-escalate-reason'
  | 'refund-instant'
  | 'refund-no-logistics';

export interface RuleRef {
  /** Section of shared/RULES.md. */
  section: string;
  zh: string;
  en: string;
}

export const RULES: Record<RuleId, RuleRef> = {
  'reply-30s': { section: '§1', zh: '30秒应答率', en: '30-second response rate' },
  'reply-3min': { section: '§1', zh: '3分钟回复率', en: '3-minute reply rate' },
  'reply-5min': { section: '§1', zh: '5分钟回复率（低于70%二级限制）', en: '5-minute reply rate (below 70%: level-2 restriction)' },
  'reply-1h': { section: '§1', zh: '1小时有效回复率（活动报名前3天）', en: '1-hour effective reply rate (3 days before a promotion)' },
  'reply-avg': { section: '§1', zh: '平均人工响应时长', en: 'average human response time' },
  'human-reply': { section: '§1', zh: '人工回复的认定', en: 'what counts as a human reply' },
  'chat-platform': { section: '§2', zh: '提及其他平台', en: 'naming another platform' },
  'chat-contact': { section: '§2', zh: '站外导流（微信/QQ/电话等）', en: 'off-platform contact (diversion)' },
  'chat-third-party': { section: '§2', zh: '第三方信息（链接/账户/二维码/邮箱）', en: 'third-party information (links, accounts, QR, e-mail)' },
  'chat-abuse': { section: '§2', zh: '辱骂骚扰', en: 'abuse and harassment' },
  'refund-48h': { section: '§3', zh: '48小时未处理系统自动退款', en: 'refund auto-agreed after 48 h without action' },
  'refund-shipped-refund-only': { section: '§3', zh: '已发货仅退款应协商改退货退款', en: 'refund-only on a shipped order: ask for return-and-refund' },
  'refund-escalate-reason': { section: '§3', zh: '假货/质量问题等原因须主管处理', en: 'fake / quality reasons: escalate to a supervisor' },
  'refund-instant': { section: '§3', zh: '极速退款需核对退货物流', en: 'instant refund: check the return tracking' },
  'refund-no-logistics': { section: '§3', zh: '发货2天无物流更新将直接退款', en: 'no logistics update 2 days after shipping: refunded at once' },
};

/** A reply-speed threshold the timer colours against (RULES.md §1). */
export interface ReplyThreshold {
  id: 'reply-30s' | 'reply-3min' | 'reply-5min' | 'reply-1h';
  ms: number;
}

export const REPLY_THRESHOLDS: readonly ReplyThreshold[] = [
  { id: 'reply-30s', ms: 30 * SECOND_MS },
  { id: 'reply-3min', ms: 3 * MINUTE_MS },
  { id: 'reply-5min', ms: 5 * MINUTE_MS },
  { id: 'reply-1h', ms: 60 * MINUTE_MS },
];

/** Each reply threshold by rule id, for code that names one (the metrics, the default settings). */
export const REPLY_THRESHOLD_MS = Object.fromEntries(REPLY_THRESHOLDS.map((t) => [t.id, t.ms])) as Readonly<Record<ReplyThreshold['id'], number>>;

/**
 * Share of a threshold after which the timer shows "warn soon". 千牛 warns at
 * 100 s of its 180 s limit; 0.55 is that ratio rounded.
 */
export const DEFAULT_WARN_RATIO = 0.55;

/** 5-minute reply rate below which the shop is restricted (RULES.md §1). */
export const RATE_5MIN_FLOOR = 0.7;

/** The 1-hour rate is assessed only once more than this many buyers consulted. */
export const RATE_1H_MIN_BUYERS = 100;

/**
 * Share of a day's counted window that must have been observed before the
 * signup verdict trusts the day's figures (lib/signup-verdict.ts).
 */
export const SIGNUP_MIN_COVERAGE = 0.9;

/** Days before a promotion signup whose 1-hour rate is checked. */
export const SIGNUP_CHECK_DAYS = 3;

/** A refund left without merchant action this long is agreed by the system. */
export const REFUND_AUTO_AGREE_MS = 48 * HOUR_MS;

/** Shipped with no logistics update for this long: refunds go through at once. */
export const NO_LOGISTICS_UPDATE_MS = 2 * DAY_MS;

/** The anchor of a rule on the extension's rules page (rules.html): the rule id itself. Here, not in the rule book, so the overlays that link to it do not carry the book's text. */
export function ruleAnchor(id: RuleId): string {
  return id;
}
