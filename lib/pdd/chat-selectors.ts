/**
 * Everything the extension knows about the chat workbench's DOM
 * (mms.pinduoduo.com/chat-merchant/, a Vue 2 + element-ui app with readable
 * class names). Sources are the ids in shared/PDD-PAGES.md §(b); the first
 * alternative is the one confirmed by a live-DOM fixture, later ones are
 * fallbacks seen in other bots or plausible renames.
 */
import type { SelectorSpec } from './selectors';

const LIVE_2026_09 = 'fs#69465086448 live DOM 2026-09-08';
const BOTS_2026 = 'fs#56302817625, fs#68975445745 (bots, 2026)';

export const CHAT_SELECTORS = {
  conversationPanel: {
    description: 'conversation list panel (left)',
    alternatives: [
      { css: '.left-panel', source: BOTS_2026 },
      { css: '.chat-list-box', source: BOTS_2026 },
    ],
  },
  conversationList: {
    description: 'the conversation groups (新消息 / 超时 / 已回复 …)',
    alternatives: [
      { css: '.chat-list-box', source: BOTS_2026 },
      { css: '.five-minute, .timeout-unreply, ul.already-unreply', source: BOTS_2026 },
    ],
  },
  conversationRow: {
    description: 'a conversation row, carrying the buyer uid in data-random',
    alternatives: [
      { css: '.chat-item-box[data-random]', source: `${LIVE_2026_09}, fs#71102051582` },
      { css: 'li.chat-item [data-random]', source: 'fallback: data-random moved inside the row' },
    ],
  },
  rowNickname: {
    description: "buyer's masked nickname in a row",
    alternatives: [
      { css: '.nickname-span', source: LIVE_2026_09 },
      { css: '.chat-nickname', source: LIVE_2026_09 },
    ],
  },
  rowCountdown: {
    description: "the page's own 3-minute countdown on an unanswered row ('N秒')",
    alternatives: [{ css: '.chat-unreply-time', source: 'renchengxiaoqiang/pdkbot src/Platform/pdd.js; fs#56302817625' }],
  },
  rowOverTime: {
    description: "the page's 'waited too long' note on an unanswered row ('已等待1小时')",
    alternatives: [{ css: '.chat-unreply-over-time', source: 'renchengxiaoqiang/pdkbot src/Platform/pdd.js' }],
  },
  rowBadgeAnchor: {
    description: 'where the wait badge is placed inside a row',
    alternatives: [
      { css: '.chat-time', source: LIVE_2026_09 },
      { css: '.chat-detail', source: LIVE_2026_09 },
    ],
  },
  unansweredGroup: {
    description: "the page's groups of buyers still awaiting a reply",
    alternatives: [{ css: '.five-minute, .timeout-unreply', source: BOTS_2026 }],
  },
  answeredGroup: {
    description: "the page's groups of buyers who do not wait (已回复, 已被自动回复, 非工作时间留言)",
    alternatives: [{ css: 'ul.already-unreply', source: BOTS_2026 }],
  },
  groupTitle: {
    description: "a group's title, with the page's own count: '新消息(3)'",
    alternatives: [{ css: '.chat-list-title', source: 'fs#56302817625 (titles), count format GUESS' }],
  },
  threadTitle: {
    description: "open conversation's buyer name",
    alternatives: [
      { css: '.chatWindowHeader .base-info .name', source: 'fs#69662974225' },
      { css: '.chatWindowHeader .name', source: 'fallback' },
    ],
  },
  messageList: {
    description: 'message list of the open conversation',
    alternatives: [
      { css: '#msgListContainer ul.msg-list', source: LIVE_2026_09 },
      { css: '#msgListContainer', source: LIVE_2026_09 },
      { css: 'ul.msg-list', source: 'fallback' },
    ],
  },
  messageRow: {
    description: 'one message row; its id carries the msg_id',
    alternatives: [
      // Two synthetic fixtures spell it middlePanel_List_: match both cases.
      { css: 'li.onemsg[id^="middlePanel_list_" i]', source: LIVE_2026_09 },
      { css: 'li[id^="middlePanel_list_" i]', source: 'fallback: class renamed' },
    ],
  },
  buyerMessage: {
    description: "buyer's side of a message row",
    alternatives: [{ css: '.buyer-item', source: LIVE_2026_09 }],
  },
  buyerNotice: {
    description: 'a platform notice rendered on the buyer side (当前用户来自 …)',
    alternatives: [{ css: '.BuyerFromCard', source: 'fs#68975445745 (phrase list), class from the 2026-09 fixture' }],
  },
  agentMessage: {
    description: "shop's side of a message row (agent or robot)",
    alternatives: [
      { css: '.cs-item', source: LIVE_2026_09 },
      // Unconfirmed names from one RPA adapter (fs#53546474139).
      { css: '.seller-item, .robot-item', source: 'fs#53546474139 (unverified)' },
    ],
  },
  robotMarker: {
    description: 'marks an automatic (robot) reply',
    alternatives: [
      { css: '.cs-item.callback', source: LIVE_2026_09 },
      { css: '.robot-text', source: 'fs#69662974225' },
      { css: '.robot-item', source: 'fs#53546474139 (unverified)' },
    ],
  },
  agentNickname: {
    description: 'sender name on a shop-side message (主账号 / sub-account / 机器人)',
    alternatives: [{ css: 'p.nickname > span', source: LIVE_2026_09 }, { css: '.nickname', source: 'fallback' }],
  },
  systemMessage: {
    description: 'system / hint notice in the thread',
    alternatives: [
      { css: '[class^="system-msg"], [class*=" system-msg"]', source: BOTS_2026 },
      { css: '.msg-system', source: BOTS_2026 },
    ],
  },
  messageTime: {
    description: 'time header on some message rows',
    alternatives: [{ css: 'p.message-time', source: LIVE_2026_09 }, { css: '.message-time', source: 'fallback' }],
  },
  messageText: {
    description: 'text body of a message (plain, or the new text of a quote)',
    alternatives: [
      { css: '.msg-content-box', source: LIVE_2026_09 },
      { css: '.quote-new-msg', source: 'fs#68975445745' },
    ],
  },
  messageImage: {
    description: 'image body of a message',
    alternatives: [{ css: '.msg-content img', source: LIVE_2026_09 }],
  },
  goodsCard: {
    description: 'goods card',
    alternatives: [{ css: '.good-card', source: LIVE_2026_09 }, { css: '[class*="goods-card" i]', source: 'fallback' }],
  },
  commonCard: {
    description: 'other cards (coupon, payment reminder, …)',
    alternatives: [{ css: '.commonCard', source: LIVE_2026_09 }, { css: '[class*="card" i]', source: 'fallback' }],
  },
  replyInput: {
    description: 'reply text box',
    alternatives: [
      { css: 'textarea#replyTextarea', source: 'fs#56302817625, fs#68975445745, fs#53546474139, fs#4117170668' },
      { css: '.reply-box textarea', source: 'fallback: id renamed' },
    ],
  },
  replyBox: {
    description: 'reply area around the text box',
    alternatives: [{ css: '.reply-box', source: BOTS_2026 }],
  },
  sendButton: {
    description: 'send button (发送)',
    alternatives: [
      { css: '.reply-box .send-btn', source: BOTS_2026 },
      { css: '.send-btn', source: BOTS_2026 },
    ],
  },
  replyAreaButton: {
    description: 'anything in the reply area that may send when the send button is not recognised',
    alternatives: [
      {
        css: 'button, [role="button"], input[type="submit"], input[type="button"], [class*="send" i], [id*="send" i]',
        source: 'guess: a renamed send button stays button-like or keeps "send" in its name (issue 11)',
      },
    ],
  },
} as const satisfies Record<string, SelectorSpec>;

/** What must be on the page for the chat overlay to run at all. */
export const CHAT_REQUIRED = {
  conversationList: CHAT_SELECTORS.conversationList,
  replyInput: CHAT_SELECTORS.replyInput,
  sendButton: CHAT_SELECTORS.sendButton,
} as const;
