// The chat app's state (what Vuex would hold): conversations, the open thread, drafts.
// The conversation rules mirror test/sim/chat-store.ts (the server's view).

import { bjParts, bjMidnight } from '/__sim/sim-link.js';

export const REPLY_LIMIT_S = 180;
const ROBOT_TEMPLATES = new Set(['mall_robot_text_msg', 'mall_answer_with_text']);
const NON_HUMAN_TEMPLATES = new Set(['batch_pay_remind', 'auto_pay_remind']);

/** buyer | agent | robot | system-remind | system */
export function classify(m) {
  if (m.type === 31) return 'system';
  if (m.from && m.from.role === 'user') return m.type === 41 ? 'system' : 'buyer';
  if (m.from && m.from.role === 'mall_cs') {
    if (ROBOT_TEMPLATES.has(m.template_name)) return 'robot';
    if (NON_HUMAN_TEMPLATES.has(m.template_name)) return 'system-remind';
    return 'agent';
  }
  return 'system';
}

/** 非工作时间: before 08:00 or from 23:00 Beijing (RULES.md §1). */
export function isOffHours(sec) {
  const h = bjParts(sec * 1000).h;
  return h < 8 || h >= 23;
}

export const store = {
  variant: null,
  account: null,
  user: null,
  /** uid → conversation */
  convs: new Map(),
  openUid: null,
  /** uid → messages (only for threads loaded) */
  threads: new Map(),
  drafts: new Map(),
  tab: 'today',
  csStatus: 'online',
  listeners: new Set(),
};

/** Listen to 'list' | 'thread' | 'open' events. */
export function subscribe(fn) {
  store.listeners.add(fn);
  return () => store.listeners.delete(fn);
}

export function emit(what, detail) {
  for (const fn of [...store.listeners]) fn(what, detail);
}

/** Replace conversations from a latest_conversations result. */
export function setConversations(list) {
  const next = new Map();
  for (const c of list) {
    const uid = String(c.user_info?.uid ?? (c.from.role === 'user' ? c.from.uid : c.to.uid));
    const prev = store.convs.get(uid);
    next.set(uid, {
      uid,
      nickname: c.user_info?.nickname ?? prev?.nickname ?? uid,
      avatar: c.user_info?.avatar ?? prev?.avatar ?? '',
      last: { content: c.content, type: c.type, template_name: c.template_name ?? '', ts: c.ts, role: c.from.role, msg_id: c.msg_id },
      // Without unreply_time (variant noUnreplyTime) the page can only go by the last message.
      waitingSince: 'unreply_time' in c ? Number(c.unreply_time) || 0 : c.from.role === 'user' ? Number(c.ts) || 0 : 0,
      showAuto: c.show_auto ? 1 : 0,
      noUnreplyHint: c.no_unreply_hint ? 1 : 0,
      unread: store.openUid === uid ? 0 : Number(c.context?.unread) || 0,
    });
  }
  store.convs = next;
  emit('list');
}

/**
 * Apply a pushed message. Returns false when the page cannot apply it locally
 * (unknown buyer, or older than what it has) and should reload the list.
 */
export function applyMessage(m) {
  const kind = classify(m);
  const uid = String(m.from.role === 'user' ? m.from.uid : m.to.role === 'user' ? m.to.uid : m.info?.buyer_uid ?? '');
  const ts = Number(m.ts) > 1e12 ? Math.floor(Number(m.ts) / 1000) : Number(m.ts);
  const thread = store.threads.get(uid);
  if (thread && !thread.some((x) => x.msg_id === m.msg_id)) {
    thread.push(m);
    thread.sort((a, b) => a.ts - b.ts || Number(a.msg_id) - Number(b.msg_id));
    emit('thread', { uid, msg: m });
  }
  const c = store.convs.get(uid);
  if (!c) return false;
  if (c.last && ts < c.last.ts) return false;
  const last = { content: m.content, type: m.type, template_name: m.template_name, ts, role: m.from.role, msg_id: m.msg_id };
  if (kind === 'buyer') {
    c.last = last;
    if (!c.waitingSince) c.waitingSince = ts;
    c.showAuto = 0;
    c.noUnreplyHint = m.need_reply === 0 ? 1 : 0;
    if (store.openUid !== uid) c.unread++;
  } else if (kind === 'agent') {
    c.last = last;
    c.waitingSince = 0;
    c.showAuto = 0;
    c.noUnreplyHint = 0;
    c.unread = 0;
  } else if (kind === 'robot') {
    c.last = last;
    c.showAuto = 1;
  } else if (kind === 'system-remind') {
    c.last = last;
  }
  emit('list');
  return true;
}

/** five | timeout | offhours | auto | replied */
export function groupOf(c, nowSec) {
  const robotHides = c.showAuto && !store.variant.robotKeepsTimer;
  if (c.waitingSince && !c.noUnreplyHint && !robotHides) {
    if (store.variant.offHoursGroup !== false && isOffHours(c.waitingSince)) return 'offhours';
    return nowSec - c.waitingSince < REPLY_LIMIT_S ? 'five' : 'timeout';
  }
  if (c.showAuto) return 'auto';
  return 'replied';
}

/** Conversations shown under 今日接待: active today or still waiting. */
export function isToday(c, nowMs) {
  const g = groupOf(c, Math.floor(nowMs / 1000));
  return c.last.ts * 1000 >= bjMidnight(nowMs) || g === 'five' || g === 'timeout' || g === 'offhours';
}

export function previewOf(last) {
  if (!last) return '';
  switch (last.type) {
    case 1:
      return '[图片]';
    case 14:
      return '[视频]';
    default:
      return last.content;
  }
}
