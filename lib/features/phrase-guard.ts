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
import type { Clock } from '../clock';
import type { AccountInfo, GuardOutcome } from '../events';
import { categoriesOf, decide, type GuardDecision } from '../guard-decision';
import { isSendButton, replyInput, sendButton } from '../pdd/chat-page';
import { CHAT_SELECTORS } from '../pdd/chat-selectors';
import { closestAny } from '../pdd/selectors';
import { compile, scan, type CompiledDictionary } from '../phrases';
import { variantsSource, type PhraseVariants } from '../phrases/variants';
import type { Settings } from '../settings/types';
import { createOverlay, type Overlay } from '../ui/overlay';
import { GuardPanel, type GuardPanelMode } from '@/components/GuardPanel';
import type { Send } from './chat-session';

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

export function startPhraseGuard(deps: PhraseGuardDeps): void {
  const { win, doc, signal } = deps;
  let compiled: { source: string; dictionary: CompiledDictionary } | null = null;
  let overlay: Overlay | null = null;
  let mode: GuardPanelMode | null = null;
  let shownText = '';
  let decision: GuardDecision | null = null;
  let bypassText: string | null = null;
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

  function evaluate(text: string): GuardDecision {
    return decide(scan(text, { custom: dictionary() }), deps.settings().phraseGuard);
  }

  function position() {
    const input = replyInput(doc);
    const box = input ? (closestAny(input, CHAT_SELECTORS.replyBox) ?? input) : null;
    const rect = box?.getBoundingClientRect();
    if (!rect) return { left: 12, bottom: 12, width: 420 };
    return { left: rect.left, bottom: win.innerHeight - rect.top + 4, width: Math.max(280, Math.min(rect.width, 720)) };
  }

  function show(nextMode: GuardPanelMode | null, text: string, next: GuardDecision | null): void {
    mode = nextMode;
    shownText = text;
    decision = next;
    if (!mode || !decision || decision.findings.length === 0) {
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

  /** Decides whether a send of `text` may go ahead; shows and counts what it found. */
  function allowSend(text: string): boolean {
    if (bypassText !== null && bypassText === text) {
      bypassText = null;
      pressAgain = false;
      if (decision) record('sent-anyway', decision);
      show(null, '', null);
      return true;
    }
    const d = evaluate(text);
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

  function sendAnyway(): void {
    const input = replyInput(doc);
    if (!input) return;
    bypassText = input.value;
    const button = sendButton(doc);
    (button as HTMLElement | null)?.click();
    win.setTimeout(() => {
      if (bypassText !== null && replyInput(doc)?.value === bypassText) {
        pressAgain = true;
        show('held', shownText, decision);
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

  function onClick(e: MouseEvent): void {
    if (!enabled() || !(e.target instanceof Element) || !isSendButton(e.target)) return;
    const input = replyInput(doc);
    if (!input) return;
    if (!allowSend(input.value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
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
      const d = evaluate(text);
      show(d.findings.length > 0 ? (mode === 'held' ? 'held' : 'typing') : null, text, d);
    }, TYPING_DEBOUNCE_MS);
  }

  const options = { capture: true };
  win.addEventListener('keydown', onKeydown, options);
  win.addEventListener('keypress', onKeyAfter, options);
  win.addEventListener('keyup', onKeyAfter, options);
  win.addEventListener('click', onClick, options);
  win.addEventListener('input', onInput, options);
  signal.addEventListener('abort', () => {
    win.removeEventListener('keydown', onKeydown, options);
    win.removeEventListener('keypress', onKeyAfter, options);
    win.removeEventListener('keyup', onKeyAfter, options);
    win.removeEventListener('click', onClick, options);
    win.removeEventListener('input', onInput, options);
    overlay?.remove();
  });
}
