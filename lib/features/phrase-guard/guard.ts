/**
 * Banned-phrase guard on the chat input (issue #5). Sending is intercepted in
 * the capture phase at the window, before the page's own handlers: Enter
 * (not Shift+Enter, never during an IME composition) and the send button.
 * A 'block' finding holds the send until the text is edited or the agent
 * chooses "仍然发送"; 'warn' findings are shown and the send goes ahead.
 * Text typed, pasted or inserted by a quick reply is checked while typing.
 * Only counts leave the page (category and outcome), never the text.
 * Listeners sit on the window, not on the page's elements, so a re-rendered
 * input or button needs nothing re-attached.
 */
import { h } from 'preact';
import { i18n } from '#i18n';
import type { Clock } from '../../clock';
import { countDropped } from '../../diagnostics';
import type { AccountInfo, GuardOutcome } from '../../events';
import { categoriesOf, decide, type GuardDecision } from '../../guard-decision';
import { isReplyAreaButton, isSendButton, replyInput, sendButton } from '../../pdd/chat-page';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import { closestAny } from '../../pdd/selectors';
import { compile, scan, type CompiledDictionary } from '../../phrases';
import { variantsSource, type PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';
import { createOverlay, type Overlay } from '../../ui/overlay';
import { GuardPanel, type GuardPanelMode } from '@/components/GuardPanel';
import { PageNotice } from '@/components/PageNotice';
import type { Send } from '../chat-session/session';

export interface PhraseGuardDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  settings: () => Settings;
  account: () => AccountInfo;
  send: Send;
  signal: AbortSignal;
  /** Evasion variants of the shop's words, made by the background (issue #16). */
  variants?: () => PhraseVariants | null;
}

const TYPING_DEBOUNCE_MS = 250;
const WARNED_VISIBLE_MS = 6_000;
/** If the page ignores our synthetic click after "仍然发送", ask for one more Enter. */
const OVERRIDE_CHECK_MS = 600;
/** How often the guard checks that it still finds every way to send. */
const SEND_PATH_CHECK_MS = 1_000;

/** A check's result: the decision, or a failed check, which holds the message (fail closed). */
interface Checked {
  decision: GuardDecision;
  error: boolean;
}

export function startPhraseGuard(deps: PhraseGuardDeps): void {
  const { win, doc, signal } = deps;
  let compiled: { source: string; dictionary: CompiledDictionary } | null = null;
  let overlay: Overlay | null = null;
  let mode: GuardPanelMode | null = null;
  let shownText = '';
  let decision: GuardDecision | null = null;
  let bypassText: string | null = null;
  /** The reply-area element whose click was last held when the send button is not recognised (what 仍然发送 clicks). */
  let heldButton: HTMLElement | null = null;
  let errorsLogged = 0;
  let pressAgain = false;
  let lastCountedText: string | null = null;
  let swallowEnter = false;
  let typingTimer = 0;
  let warnedTimer = 0;

  const enabled = () => deps.settings().features.phraseGuard;

  /** The shop's words, compiled once per change of the settings. */
  function dictionary(): CompiledDictionary {
    const { customWords, allowList } = deps.settings().phraseGuard;
    const own = variantsSource(customWords, allowList);
    const v = deps.variants?.();
    const extra = v?.source === own ? v : null; // variants of older words are ignored
    const source = own + (extra ? '+v' : '');
    if (compiled?.source !== source)
      compiled = {
        source,
        dictionary: compile({ customWords: [...customWords, ...(extra?.customWords ?? [])], allowList: [...allowList, ...(extra?.allowList ?? [])] }),
      };
    return compiled.dictionary;
  }

  /**
   * The one place a send decision is made, always on the text being sent
   * now. Any exception (odd settings, an engine bug) holds the message:
   * the guard fails closed, with 仍然发送 only when the shop allows it for
   * every category (nothing is known of what the text holds).
   */
  function check(text: string): Checked {
    try {
      return { decision: decide(scan(text, { custom: dictionary() }), deps.settings().phraseGuard), error: false };
    } catch (error) {
      countDropped('guard-error');
      if (errorsLogged++ === 0) console.warn('[kefu-guard] the send check failed; the message is held', error);
      return { decision: { findings: [], hold: true, canOverride: overrideOnError() }, error: true };
    }
  }

  function overrideOnError(): boolean {
    try {
      const allowed = Object.values(deps.settings().phraseGuard.allowSendAnyway ?? {});
      return allowed.length > 0 && allowed.every((v) => v === true);
    } catch {
      return false;
    }
  }

  function position() {
    const input = replyInput(doc);
    const box = input ? (closestAny(input, CHAT_SELECTORS.replyBox) ?? input) : null;
    const rect = box?.getBoundingClientRect();
    if (!rect) return { left: 12, bottom: 12, width: 420 };
    return { left: rect.left, bottom: win.innerHeight - rect.top + 4, width: Math.max(280, Math.min(rect.width, 720)) };
  }

  function show(nextMode: GuardPanelMode | null, text: string, next: GuardDecision | null, error = false): void {
    mode = nextMode;
    shownText = text;
    decision = next;
    if (!mode || !decision || (decision.findings.length === 0 && !error)) {
      overlay?.render(null);
      return;
    }
    overlay ??= createOverlay(doc, 'kefu-guard-phrase');
    overlay.render(
      h(GuardPanel, {
        mode,
        text,
        findings: decision.findings,
        canOverride: decision.canOverride,
        pressAgain,
        error,
        position: position(),
        onSendAnyway: sendAnyway,
        onEdit: () => replyInput(doc)?.focus(),
      }),
    );
  }

  /** One event per message, naming all its categories (the popup counts the message once). */
  function record(outcome: GuardOutcome, d: GuardDecision): void {
    const first = d.findings[0];
    if (!first) return;
    const event = { id: crypto.randomUUID(), at: deps.clock.now(), category: first.category, categories: categoriesOf(d.findings), ruleId: first.ruleId, outcome };
    void deps.send({ type: 'guard/event', account: deps.account(), event }).catch(() => undefined);
  }

  /**
   * The send decision, failing closed: whatever goes wrong while deciding or
   * drawing (not only in the check) holds the message.
   */
  function allowSend(text: string): boolean {
    try {
      return decideSend(text);
    } catch (error) {
      countDropped('guard-error');
      if (errorsLogged++ === 0) console.warn('[kefu-guard] the send decision failed; the message is held', error);
      try {
        show('held', text, { findings: [], hold: true, canOverride: overrideOnError() }, true);
      } catch {
        /* nothing more to show with */
      }
      return false;
    }
  }

  /** Decides, synchronously and on this exact text, whether its send may go ahead; shows and counts what it found. */
  function decideSend(text: string): boolean {
    // Nothing to send (the page sends no blank draft): leave the panel as it is,
    // so a repeated key or click after a send cannot wipe a "warned" notice.
    if (text.trim() === '') return true;
    // A send decides now: a typing check still pending would redraw over its notice.
    win.clearTimeout(typingTimer);
    const { decision: d, error } = check(text);
    if (bypassText !== null && bypassText === text) {
      bypassText = null;
      pressAgain = false;
      if (!d.hold || d.canOverride) {
        if (d.findings.length > 0) record('sent-anyway', d);
        show(null, '', null);
        return true;
      }
    }
    if (error) {
      show('held', text, d, true);
      return false;
    }
    if (d.findings.length === 0) {
      show(null, '', null);
      return true;
    }
    if (d.hold) {
      if (lastCountedText !== text) record('held', d);
      lastCountedText = text;
      show('held', text, d);
      return false;
    }
    record('warned', d);
    show('warned', text, d);
    win.clearTimeout(warnedTimer);
    warnedTimer = win.setTimeout(() => mode === 'warned' && show(null, '', null), WARNED_VISIBLE_MS);
    return true;
  }

  /**
   * "仍然发送" (a trusted click only: GuardPanel). The text may have changed
   * since the panel was drawn (typed inside the debounce): it is checked
   * again, and sent anyway only if this text may be.
   */
  function sendAnyway(event?: Event): void {
    if (event && !event.isTrusted) return;
    const input = replyInput(doc);
    if (!input) return;
    win.clearTimeout(typingTimer);
    const text = input.value;
    const { decision: d, error } = check(text);
    if (d.hold && !d.canOverride) {
      if (!error && lastCountedText !== text) record('held', d);
      lastCountedText = text;
      show('held', text, d, error);
      return;
    }
    bypassText = text;
    const button = (sendButton(doc) as HTMLElement | null) ?? (heldButton?.isConnected ? heldButton : null);
    button?.click();
    win.setTimeout(() => {
      if (bypassText !== null && replyInput(doc)?.value === bypassText) {
        pressAgain = true;
        show('held', text, d, error);
        input.focus();
      }
    }, OVERRIDE_CHECK_MS);
  }

  const isEnterSend = (e: KeyboardEvent) => e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229;

  function onKeydown(e: KeyboardEvent): void {
    swallowEnter = false;
    if (!enabled() || !isEnterSend(e)) return;
    const input = replyInput(doc);
    if (!input || e.target !== input) return;
    if (!allowSend(input.value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      swallowEnter = true; // also keep this press's keypress/keyup from the page
    }
  }

  function onKeyAfter(e: KeyboardEvent): void {
    if (swallowEnter && e.key === 'Enter') {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'keyup') swallowEnter = false;
    }
  }

  /**
   * Clicks on the send button, or, when the page changed it so that it is
   * not recognised, on anything button-like in the reply area: never
   * "Enter held, click not".
   */
  function onClick(e: MouseEvent): void {
    if (!enabled() || !(e.target instanceof Element)) return;
    const input = replyInput(doc);
    if (!input) return;
    const known = isSendButton(e.target);
    if (!known && (sendButton(doc) !== null || !isReplyAreaButton(doc, input, e.target))) return;
    if (!allowSend(input.value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!known && e.target instanceof HTMLElement) heldButton = e.target;
    }
  }

  /** Says at once, plainly, when the reply box is there but its send button is not recognised. */
  let sendPathNotice: Overlay | null = null;
  function checkSendPaths(): void {
    const missingButton = enabled() && replyInput(doc) !== null && sendButton(doc) === null;
    if (missingButton && !sendPathNotice) {
      sendPathNotice = createOverlay(doc, 'kefu-guard-send-notice');
      sendPathNotice.render(h(PageNotice, { message: i18n.t('guardSafety.sendButtonMissing') }));
    } else if (!missingButton && sendPathNotice) {
      sendPathNotice.remove();
      sendPathNotice = null;
    }
  }

  /** Typing, pasting and quick replies all end in an `input` event on the textarea. */
  function onInput(e: Event): void {
    if (!enabled()) return;
    const input = replyInput(doc);
    if (!input || e.target !== input) return;
    win.clearTimeout(typingTimer);
    typingTimer = win.setTimeout(() => {
      const text = input.value;
      if (text === shownText && mode !== 'typing') return;
      if (bypassText !== null && text !== bypassText) {
        bypassText = null;
        pressAgain = false;
      }
      const { decision: d, error } = check(text);
      if (error) return show(mode === 'held' ? 'held' : null, text, d, mode === 'held');
      show(d.findings.length > 0 ? (mode === 'held' ? 'held' : 'typing') : null, text, d);
    }, TYPING_DEBOUNCE_MS);
  }

  const options = { capture: true };
  win.addEventListener('keydown', onKeydown, options);
  win.addEventListener('keypress', onKeyAfter, options);
  win.addEventListener('keyup', onKeyAfter, options);
  win.addEventListener('click', onClick, options);
  win.addEventListener('input', onInput, options);
  const pathTimer = win.setInterval(checkSendPaths, SEND_PATH_CHECK_MS);
  checkSendPaths();
  signal.addEventListener('abort', () => {
    win.clearInterval(pathTimer);
    sendPathNotice?.remove();
    win.removeEventListener('keydown', onKeydown, options);
    win.removeEventListener('keypress', onKeyAfter, options);
    win.removeEventListener('keyup', onKeyAfter, options);
    win.removeEventListener('click', onClick, options);
    win.removeEventListener('input', onInput, options);
    overlay?.remove();
  });
}
