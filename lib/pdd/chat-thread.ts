/**
 * The open conversation of the chat workbench: its buyer and its messages
 * with role, kind and time, read from the page's DOM. Pure functions over a
 * root (document or element) so tests run them on saved simulator pages.
 */
import { parseBeijingDateTime } from '../clock';
import { buyerIdFromDataRandom } from './list-signals';
import { CHAT_SELECTORS as S } from './chat-selectors';
import { BUYER_NOTICE_TEXT, CARD_TEXT_ANCHORS, type MessageKind, type MessageRole } from './reply-kinds';
import { matchesAny, queryAll, queryFirst, textOf } from './selectors';

type Root = Document | Element;

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
