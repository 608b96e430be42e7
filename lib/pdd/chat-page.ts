/**
 * Chat workbench adapter: turns the page's DOM into plain data. Pure functions
 * over a root (document or element) so tests run them on saved simulator
 * pages; nothing here writes to the page.
 */
import { parseBeijingDateTime } from '../clock';
import { CHAT_REQUIRED, CHAT_SELECTORS as S } from './chat-selectors';
import { BUYER_NOTICE_TEXT, CARD_TEXT_ANCHORS, type MessageKind, type MessageRole } from './reply-kinds';
import { closestAny, matchesAny, queryAll, queryFirst, selfCheck, textOf, type SelectorSpec, type SelfCheck } from './selectors';

type Root = Document | Element;

export interface ConversationRow {
  /** Buyer uid: everything before the first '-' of data-random (PDD-PAGES.md §(b)). */
  buyerId: string;
  element: Element;
  /** The group suffix of data-random (unTimeout, unRead, reply, all …). */
  group: string;
  /** The page itself shows this buyer as unanswered. */
  pageSaysUnanswered: boolean;
  /**
   * What the page's grouping says (issue #15, rule 1): 'waiting' in an
   * unanswered group or with the page's countdown or elapsed note;
   * 'not-waiting' in a group of rows that do not wait (已回复, 已被自动回复,
   * 非工作时间留言); 'unknown' on a page without groups.
   */
  pageState: 'waiting' | 'not-waiting' | 'unknown';
  /** Seconds left on the page's 3-minute countdown, when shown. */
  pageCountdownSec: number | null;
  /** The least wait the page's elapsed note says ("已等待1小时" → 3600), when shown. */
  pageElapsedMinSec: number | null;
  active: boolean;
}

export interface ThreadMessage {
  /** The platform msg_id from the row id (middlePanel_list_<msgId>). */
  messageId: string;
  role: MessageRole;
  kind: MessageKind;
  /** Epoch ms from the row's own time header; null when the row has none. */
  at: number | null;
  /**
   * The msg_id read as epoch ms, for a row without a stamp, when that is
   * plausible: between the stamps around it (PDD-PAGES.md §(b): the id runs a
   * few minutes behind the stamp); null otherwise.
   */
  idAt: number | null;
}

export interface OpenThread {
  buyerId: string | null;
  messages: ThreadMessage[];
}

/**
 * Is this the chat workbench we know? Lists which required parts are missing.
 * Beyond the required containers, a list that holds items none of which is a
 * row we can read means the row markup changed (`checkRows`: skipped on ticks
 * where the list did not change).
 */
export function checkChatPage(root: Root, checkRows = true): SelfCheck {
  const check = selfCheck(root, CHAT_REQUIRED);
  if (!check.recognised || !checkRows) return check;
  if (queryAll(root, S.conversationRow).length === 0 && rowMarkupChanged(root)) {
    return { recognised: false, missing: ['conversationRow'] };
  }
  return check;
}

/** Given that no row was found: does the list hold items anyway (so the row markup changed)? */
export function rowMarkupChanged(root: Root): boolean {
  return queryFirst(root, S.conversationList)?.querySelector('li') != null;
}

/** Buyer uid out of a row's data-random attribute, e.g. "8123456789-0-unTimeout". */
export function buyerIdFromDataRandom(value: string | null): string | null {
  if (!value) return null;
  const dash = value.indexOf('-');
  const uid = (dash < 0 ? value : value.slice(0, dash)).trim();
  return uid ? uid : null;
}

const COUNTDOWN_SECONDS = /(\d+)\s*秒/;
const COUNTDOWN_MINUTES = /(\d+)\s*分/;

/** Seconds left on the page's countdown text ('167秒', '2分47秒'); null if none (an elapsed '已等待…' is not a countdown). */
export function parseCountdown(text: string): number | null {
  if (/已等待|已超时/.test(text)) return null;
  const s = COUNTDOWN_SECONDS.exec(text);
  const m = COUNTDOWN_MINUTES.exec(text);
  if (!s && !m) return null;
  return (m ? Number(m[1]) * 60 : 0) + (s ? Number(s[1]) : 0);
}

const ELAPSED_NOTE = /已等待\s*(\d+)\s*(秒|分钟|分|小时|时|天)/;
const UNIT_SEC: Record<string, number> = { 秒: 1, 分钟: 60, 分: 60, 小时: 3600, 时: 3600, 天: 86400 };
/** An elapsed note over 30 days is not a wait we can use. */
const MAX_ELAPSED_SEC = 30 * 86400;

/**
 * The least wait the page's elapsed note means ('已等待1小时' → 3600 s): a
 * lower bound, since the page rounds down to its unit. Null if none.
 */
export function parseElapsedNote(text: string): number | null {
  const m = ELAPSED_NOTE.exec(text);
  if (!m) return null;
  const sec = Number(m[1]) * UNIT_SEC[m[2]!]!;
  return Number.isFinite(sec) && sec <= MAX_ELAPSED_SEC ? sec : null;
}

/**
 * True when the element is not hidden by the page (v-show writes an inline
 * display:none on inactive tabs). Deliberately no layout query: this runs
 * right after the page re-renders and must not force a synchronous layout.
 */
function isShown(el: Element): boolean {
  return !el.closest('[hidden], [style*="display: none"], [style*="display:none"]');
}

/** The group suffix: what follows the second '-' of data-random. */
function groupOf(dataRandom: string | null): string {
  const first = dataRandom?.indexOf('-') ?? -1;
  const second = first < 0 ? -1 : dataRandom!.indexOf('-', first + 1);
  return second < 0 ? '' : dataRandom!.slice(second + 1);
}

/** The rows (by element) containing an element matched by `spec`. */
function rowsContaining(root: Root, spec: SelectorSpec): Map<Element, Element> {
  const out = new Map<Element, Element>();
  for (const el of queryAll(root, spec)) {
    const row = closestAny(el, S.conversationRow);
    if (row && !out.has(row)) out.set(row, el);
  }
  return out;
}

/**
 * The conversation rows, one per buyer: the same buyer can sit in several
 * groups with hidden duplicates, so the visible row wins. Runs after each
 * re-render of a list of hundreds of rows, so the page's signals are found
 * with one query each over the whole list rather than per row.
 */
export interface RowReading {
  /**
   * Outside the active panel, read only these buyers' rows. The other lists
   * (全部会话 …) are hidden while 今日接待 is shown and can hold hundreds of
   * rows: reading them all after every re-render of the page costs more than
   * the rest of the tick. Without it, every row is read.
   */
  outsideActiveOnlyFor?: Iterable<string>;
}

export function readConversationRows(root: Root, reading: RowReading = {}): ConversationRow[] {
  // The active panel (.chat-list-box, PDD-PAGES.md §(b)) holds the rows the
  // agent sees, a waiting buyer among them; the page's signals are read there.
  // (Only when found as the panel itself: the fallback alternative matches a single group.)
  const activeList = queryFirst(root, S.conversationList);
  const signalRoot = activeList?.matches(S.conversationList.alternatives[0].css) ? activeList : root;
  const countdowns = rowsContaining(signalRoot, S.rowCountdown);
  const overTimes = rowsContaining(signalRoot, S.rowOverTime);
  const inUnansweredGroup = new Set<Element>();
  for (const group of queryAll(signalRoot, S.unansweredGroup)) for (const row of queryAll(group, S.conversationRow)) inUnansweredGroup.add(row);
  const inAnsweredGroup = new Set<Element>();
  for (const group of queryAll(signalRoot, S.answeredGroup)) for (const row of queryAll(group, S.conversationRow)) inAnsweredGroup.add(row);

  const byBuyer = new Map<string, ConversationRow>();
  const read = (element: Element, buyerId: string, dataRandom: string | null): ConversationRow => {
    const countdownEl = countdowns.get(element);
    const overTimeEl = overTimes.get(element);
    const waits = countdownEl !== undefined || overTimeEl !== undefined || inUnansweredGroup.has(element);
    return {
      buyerId,
      element,
      group: groupOf(dataRandom),
      pageSaysUnanswered: waits,
      pageState: waits ? 'waiting' : inAnsweredGroup.has(element) ? 'not-waiting' : 'unknown',
      pageCountdownSec: countdownEl ? parseCountdown(textOf(countdownEl)) : null,
      pageElapsedMinSec: overTimeEl ? parseElapsedNote(textOf(overTimeEl)) : null,
      active: element.classList.contains('active'),
    };
  };
  // First the active panel; a buyer may sit in two of its groups, one hidden.
  const activeRows = activeList ? queryAll(activeList, S.conversationRow) : [];
  for (const element of activeRows) {
    const dataRandom = element.getAttribute('data-random');
    const buyerId = buyerIdFromDataRandom(dataRandom);
    if (!buyerId) continue;
    const row = read(element, buyerId, dataRandom);
    const seen = byBuyer.get(buyerId);
    if (!seen) {
      byBuyer.set(buyerId, row);
      continue;
    }
    // Keep the visible duplicate; merge the page's signals from both.
    const keep = isShown(element) && !isShown(seen.element) ? row : seen;
    keep.pageSaysUnanswered = seen.pageSaysUnanswered || row.pageSaysUnanswered;
    keep.pageState = mergeStates(seen.pageState, row.pageState);
    keep.pageCountdownSec = seen.pageCountdownSec ?? row.pageCountdownSec;
    keep.pageElapsedMinSec = seen.pageElapsedMinSec ?? row.pageElapsedMinSec;
    keep.active = seen.active || row.active;
    byBuyer.set(buyerId, keep);
  }
  // Then the other lists (全部会话 …, hidden while 今日接待 is shown): for
  // buyers the active panel does not list, and for those it hides because
  // the agent is looking at another list, where their badge must go.
  const inActive = new Set(activeRows);
  const activeShown = !activeList || isShown(activeList);
  const others =
    activeList && reading.outsideActiveOnlyFor
      ? rowsOfBuyers(root, reading.outsideActiveOnlyFor, activeShown ? byBuyer : new Map())
      : queryAll(root, S.conversationRow);
  for (const element of others) {
    if (inActive.has(element)) continue;
    const dataRandom = element.getAttribute('data-random');
    const buyerId = buyerIdFromDataRandom(dataRandom);
    if (!buyerId) continue;
    const seen = byBuyer.get(buyerId);
    if (!seen) {
      byBuyer.set(buyerId, read(element, buyerId, dataRandom));
      continue;
    }
    if (activeShown || !isShown(element)) continue;
    // The page's signals were read in the active panel; keep them.
    const row = read(element, buyerId, dataRandom);
    byBuyer.set(buyerId, {
      ...row,
      pageSaysUnanswered: seen.pageSaysUnanswered,
      pageState: seen.pageState,
      pageCountdownSec: seen.pageCountdownSec,
      pageElapsedMinSec: seen.pageElapsedMinSec,
      active: seen.active || row.active,
    });
  }
  return [...byBuyer.values()];
}

/** Two rows of one buyer (a hidden duplicate): any sign of waiting wins, then a known group. */
function mergeStates(a: ConversationRow['pageState'], b: ConversationRow['pageState']): ConversationRow['pageState'] {
  if (a === 'waiting' || b === 'waiting') return 'waiting';
  return a === 'not-waiting' || b === 'not-waiting' ? 'not-waiting' : 'unknown';
}

const TITLE_COUNT = /[(（]\s*(\d+)\s*[)）]/;

/**
 * How many buyers the page itself lists as unanswered, for the self-check
 * (issue #15, rule 3): the counts in the unanswered groups' titles
 * ('新消息(3)'), else their rows; null on a page without such groups.
 */
export function readPageUnansweredCount(root: Root): number | null {
  const activeList = queryFirst(root, S.conversationList);
  const scope = activeList?.matches(S.conversationList.alternatives[0].css) ? activeList : root;
  const groups = queryAll(scope, S.unansweredGroup);
  if (groups.length === 0) return null;
  let total = 0;
  for (const group of groups) {
    const title = queryFirst(group, S.groupTitle);
    const m = title ? TITLE_COUNT.exec(textOf(title)) : null;
    if (m) total += Number(m[1]);
    else total += new Set(queryAll(group, S.conversationRow).map((r) => buyerIdFromDataRandom(r.getAttribute('data-random')))).size;
  }
  return total;
}

/** The rows of the given buyers not in `known`, by their data-random prefix. */
function rowsOfBuyers(root: Root, buyerIds: Iterable<string>, known: ReadonlyMap<string, unknown>): Element[] {
  const out: Element[] = [];
  for (const buyerId of buyerIds) {
    if (known.has(buyerId)) continue;
    const prefix = buyerId.replace(/["\\]/g, '\\$&');
    for (const el of root.querySelectorAll(`[data-random^="${prefix}-"], [data-random="${prefix}"]`)) if (matchesAny(el, S.conversationRow)) out.push(el);
  }
  return out;
}

/** The buyer's masked nickname shown in a row. */
export function rowNickname(row: Element): string {
  return textOf(queryFirst(row, S.rowNickname));
}

/** Element of a row where a badge should go. */
export function badgeAnchor(row: Element): Element {
  return queryFirst(row, S.rowBadgeAnchor) ?? row;
}

const MESSAGE_ID_PATTERN = /^middlePanel_list_(.+)$/i;

function messageRole(row: Element): MessageRole {
  const buyer = queryFirst(row, S.buyerMessage);
  if (buyer) {
    const notice = queryFirst(buyer, S.buyerNotice) !== null || BUYER_NOTICE_TEXT.test(textOf(buyer));
    return notice ? 'system' : 'buyer';
  }
  const agent = queryFirst(row, S.agentMessage);
  if (agent) {
    if (matchesAny(agent, S.robotMarker) || queryFirst(agent, S.robotMarker)) return 'robot';
    // Nickname 机器人 marks robot replies on the live page (fs#69465086448).
    if (textOf(queryFirst(agent, S.agentNickname)) === '机器人') return 'robot';
    return 'agent';
  }
  return 'system';
}

function messageKind(row: Element, role: MessageRole): MessageKind {
  if (role === 'system') return 'system';
  if (queryFirst(row, S.goodsCard)) return 'goods-card';
  const card = queryFirst(row, S.commonCard);
  if (card) {
    const text = textOf(card);
    return CARD_TEXT_ANCHORS.find((a) => a.pattern.test(text))?.kind ?? 'card';
  }
  if (queryFirst(row, S.messageText)) return 'text';
  if (queryFirst(row, S.messageImage)) return 'image';
  return 'unknown';
}

/** Buyer uid of the open conversation: the `currentuid` attribute, else the active row. */
export function openBuyerId(root: Root): string | null {
  const list = queryFirst(root, S.messageList);
  const marked = list?.querySelector('[currentuid]')?.getAttribute('currentuid');
  if (marked) return marked;
  const active = queryAll(root, S.conversationRow).find((el) => el.classList.contains('active'));
  return active ? buyerIdFromDataRandom(active.getAttribute('data-random')) : null;
}

/**
 * The open conversation's messages with role and kind. Times come only from
 * rows that carry their own time header; the others stay null rather than
 * being guessed (the metrics need exact times).
 */
export function readOpenThread(root: Root): OpenThread {
  const list = queryFirst(root, S.messageList);
  if (!list) return { buyerId: null, messages: [] };
  const messages: ThreadMessage[] = [];
  for (const row of queryAll(list, S.messageRow)) {
    const idMatch = MESSAGE_ID_PATTERN.exec(row.id);
    if (!idMatch?.[1]) continue;
    const role = messageRole(row);
    const timeEl = queryFirst(row, S.messageTime);
    messages.push({
      messageId: idMatch[1],
      role,
      kind: messageKind(row, role),
      at: timeEl ? parseBeijingDateTime(textOf(timeEl)) : null,
      idAt: null,
    });
  }
  dateByMessageId(messages);
  return { buyerId: openBuyerId(root), messages };
}

/** The id runs behind its row's stamp by minutes on the live page (PDD-PAGES.md §(b): 3 min 20 s in the fixture). */
const ID_BEHIND_STAMP_MS = 10 * 60_000;
/** A message id as a time must be a 13-digit epoch ms after 2020. */
const ID_AS_TIME = /^1\d{12}$/;
const ID_EARLIEST = Date.UTC(2020, 0, 1);

/**
 * Dates the unstamped rows by their msg_id where that is plausible: a
 * 13-digit epoch ms no earlier than the stamp before it (less the id's lag)
 * and never above the next real stamp. Anything else stays undated.
 */
function dateByMessageId(messages: ThreadMessage[]): void {
  let previousStamp = -Infinity;
  const nextStamp: number[] = new Array<number>(messages.length);
  let next = Infinity;
  for (let i = messages.length - 1; i >= 0; i--) {
    nextStamp[i] = next;
    if (messages[i]!.at !== null) next = messages[i]!.at!;
  }
  messages.forEach((m, i) => {
    if (m.at !== null) {
      previousStamp = m.at;
      return;
    }
    if (!ID_AS_TIME.test(m.messageId)) return;
    const t = Number(m.messageId);
    if (t >= ID_EARLIEST && t >= previousStamp - ID_BEHIND_STAMP_MS && t <= nextStamp[i]!) m.idAt = t;
  });
}

/** The reply textarea, or null when the page changed. */
export function replyInput(root: Root): HTMLTextAreaElement | null {
  const el = queryFirst(root, S.replyInput);
  return el?.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement) : null;
}

/** The send button. */
export function sendButton(root: Root): Element | null {
  return queryFirst(root, S.sendButton);
}

/** True when the element is the send button or inside it. */
export function isSendButton(target: Element): boolean {
  return closestAny(target, S.sendButton) !== null;
}

/** The reply area around the text box (the box itself when the page changed its markup). */
export function replyArea(root: Root, input: Element): Element {
  return closestAny(input, S.replyBox) ?? input.parentElement?.parentElement ?? input.parentElement ?? input;
}

const SEND_TEXT = /^(?:发送|发 送|send)$/i;

/**
 * When the send button is not recognised: is the click target inside the
 * reply area and button-like (a button, a role, "send" in its class or id, or
 * the text 发送)? Such clicks are treated as sends, so a renamed button is
 * still guarded.
 */
export function isReplyAreaButton(root: Root, input: Element, target: Element): boolean {
  const area = replyArea(root, input);
  if (!area.contains(target) || target === input) return false;
  for (let el: Element | null = target; el && el !== area.parentElement; el = el.parentElement) {
    if (el === input) return false;
    if (matchesAny(el, S.replyAreaButton) || SEND_TEXT.test(textOf(el))) return true;
    if (el === area) break;
  }
  return false;
}
