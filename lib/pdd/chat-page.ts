/**
 * Chat workbench adapter, the page as a whole: is it the page we know (the
 * self-check), does the page's own count of waits agree with ours, and the
 * reply box the phrase guard watches. The conversation list is read in
 * chat-rows.ts, the open thread in chat-thread.ts. Pure functions over a
 * root (document or element) so tests run them on saved simulator pages;
 * nothing here writes to the page.
 */
import { rowMarkupChanged } from './chat-rows';
import { CHAT_REQUIRED, CHAT_SELECTORS as S } from './chat-selectors';
import { closestAny, matchesAny, Presence, queryAll, queryFirst, textOf, type SelfCheck } from './selectors';

type Root = Document | Element;

/**
 * Is this the chat workbench we know? Lists which required parts are missing.
 * Beyond the required containers, a list that holds items none of which is a
 * row we can read means the row markup changed (`checkRows`: skipped on ticks
 * where the list did not change). A `presence` kept by the caller answers a
 * check every second without searching the page again.
 */
export function checkChatPage(root: Root, checkRows = true, presence = new Presence()): SelfCheck {
  const check = presence.check(root, CHAT_REQUIRED);
  if (!check.recognised || !checkRows) return check;
  if (queryAll(root, S.conversationRow).length === 0 && rowMarkupChanged(root)) {
    return { recognised: false, missing: ['conversationRow'] };
  }
  return check;
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

/** Whether the page shows a reply box but no send button we recognise, asked every second (`presence` remembers what it found). */
export function sendButtonMissing(root: Root, presence: Presence): boolean {
  return presence.has(root, S.replyInput) && !presence.has(root, S.sendButton);
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
