/**
 * Banned-phrase guard on the chat input (issue #5), the page's edge: send
 * interception, timers, drawing and reporting. What is decided and shown
 * lives in flow.ts (no DOM), the panel in panel.tsx.
 *
 * Sending is intercepted in the capture phase at the window, before the
 * page's own handlers: Enter (not Shift+Enter, never during an IME
 * composition) and the send button. A 'block' finding holds the send until
 * the text is edited or the agent chooses "仍然发送"; 'warn' findings are
 * shown and the send goes ahead. Text typed, pasted or inserted by a quick
 * reply is checked while typing. Only counts leave the page (category and
 * outcome), never the text. Listeners sit on the window, not on the page's
 * elements, so a re-rendered input or button needs nothing re-attached.
 */
import { h } from 'preact';
import type { Clock } from '../../clock';
import { countDropped } from '../../content/dropped';
import type { AccountInfo, GuardOutcome } from '../../events';
import { categoriesOf, type GuardDecision } from '../../guard-decision';
import { isReplyAreaButton, isSendButton, replyInput, sendButton } from '../../pdd/chat-page';
import { CHAT_SELECTORS } from '../../pdd/chat-selectors';
import { closestAny } from '../../pdd/selectors';
import type { PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';
import { createOverlay, type Overlay } from '../../content/overlay';
import type { Send } from '../../messages';
import { engineDecision, type EngineLoad } from './engine-loader';
import { warmInIdle } from './engine-warm';
import { GuardFlow, type GuardPanelState } from './flow';
import { GuardPanel } from './panel';
import panelCss from './panel.css?inline';
import { watchSendPaths } from './send-paths';
import { allowsOverrideForAll } from './shop-decision';

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
  /** The phrase engine once it has arrived (engine-loader.ts): until then every send is held. */
  engine: EngineLoad;
}

/** The started guard: `recheck` when the engine arrives or cannot be loaded; `warm` once it has arrived (engine-warm.ts). */
export interface PhraseGuard {
  recheck(): void;
  warm(): void;
}


const TYPING_DEBOUNCE_MS = 250;
const WARNED_VISIBLE_MS = 6_000;
/** If the page ignores our synthetic click after "仍然发送", ask for one more Enter. */
const OVERRIDE_CHECK_MS = 600;

const isEnterSend = (e: KeyboardEvent) => e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229;

/** The send paths of the reply box, guarded: each send goes through the flow first. */
class SendInterception {
  private readonly flow: GuardFlow;
  private overlay: Overlay | null = null;
  /** The reply-area element whose click was last held when the send button is not recognised (what 仍然发送 clicks). */
  private heldButton: HTMLElement | null = null;
  /** The Enter press just held: its keypress and keyup are kept from the page too. */
  private swallowEnter = false;
  private typingTimer = 0;
  private warnedTimer = 0;
  private errorsLogged = 0;

  /** The one decision function: the flow's checks and the warm-up share its dictionary cache. */
  private readonly decide: (text: string) => GuardDecision;

  constructor(private readonly deps: PhraseGuardDeps) {
    this.decide = engineDecision(deps.engine, deps.settings, () => deps.variants?.() ?? null);
    this.flow = new GuardFlow({
      decide: this.decide,
      allowsOverrideForAll: () => allowsOverrideForAll(deps.settings()),
      record: (outcome, decision) => this.record(outcome, decision),
      show: (panel) => this.draw(panel),
      failed: (stage, error) => {
        countDropped('guard-error');
        if (this.errorsLogged++ === 0) console.warn(`[kefu-guard] the send ${stage} failed; the message is held`, error);
      },
    });
  }

  enabled = (): boolean => this.deps.settings().features.phraseGuard;

  onKeydown = (e: KeyboardEvent): void => {
    this.swallowEnter = false;
    if (!this.enabled() || !isEnterSend(e)) return;
    const input = replyInput(this.deps.doc);
    if (!input || e.target !== input) return;
    if (!this.allowSend(input.value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.swallowEnter = true;
    }
  };

  onKeyAfter = (e: KeyboardEvent): void => {
    if (this.swallowEnter && e.key === 'Enter') {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'keyup') this.swallowEnter = false;
    }
  };

  /**
   * Clicks on the send button, or, when the page changed it so that it is
   * not recognised, on anything button-like in the reply area: never
   * "Enter held, click not".
   */
  onClick = (e: MouseEvent): void => {
    if (!this.enabled() || !(e.target instanceof Element)) return;
    const { doc } = this.deps;
    const input = replyInput(doc);
    if (!input) return;
    const known = isSendButton(e.target);
    if (!known && (sendButton(doc) !== null || !isReplyAreaButton(doc, input, e.target))) return;
    if (!this.allowSend(input.value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!known && e.target instanceof HTMLElement) this.heldButton = e.target;
    }
  };

  /** Typing, pasting and quick replies all end in an `input` event on the textarea. */
  onInput = (e: Event): void => {
    if (!this.enabled()) return;
    const input = replyInput(this.deps.doc);
    if (!input || e.target !== input) return;
    const { win } = this.deps;
    win.clearTimeout(this.typingTimer);
    this.typingTimer = win.setTimeout(() => this.flow.typed(input.value), TYPING_DEBOUNCE_MS);
  };

  remove(): void {
    this.overlay?.remove();
  }

  warm(): void {
    const texts = this.deps.engine.engine()?.warmTexts;
    if (texts && this.enabled()) warmInIdle(this.decide, texts, this.deps.win, this.deps.signal);
  }

  recheck(): void {
    if (this.enabled()) this.flow.recheck();
  }

  /** Synchronously, on this exact text: whether its send may go ahead. */
  private allowSend(text: string): boolean {
    const { win } = this.deps;
    const verdict = this.flow.send(text);
    // A send decides now: a typing check still pending would redraw over its notice.
    if (verdict !== 'blank') win.clearTimeout(this.typingTimer);
    if (verdict === 'warned') {
      win.clearTimeout(this.warnedTimer);
      this.warnedTimer = win.setTimeout(() => this.flow.warnedExpired(), WARNED_VISIBLE_MS);
    }
    return verdict !== 'hold';
  }

  /** "仍然发送" (a trusted click only): clicks send for the text in the input now, if the flow grants it. */
  private sendAnyway(event?: Event): void {
    if (event && !event.isTrusted) return;
    const { win, doc } = this.deps;
    const input = replyInput(doc);
    if (!input) return;
    win.clearTimeout(this.typingTimer);
    if (!this.flow.sendAnyway(input.value)) return;
    const button = (sendButton(doc) as HTMLElement | null) ?? (this.heldButton?.isConnected ? this.heldButton : null);
    button?.click();
    win.setTimeout(() => {
      if (this.flow.overrideUnanswered(replyInput(doc)?.value ?? null)) input.focus();
    }, OVERRIDE_CHECK_MS);
  }

  /** Puts a compliant wording into the reply input as typing would (the page's own input event), focused, never sent. */
  private rewrite(text: string): void {
    const input = replyInput(this.deps.doc);
    if (!input) return;
    const proto = Object.getPrototypeOf(input) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  }

  /** One event per message, naming all its categories (the popup counts the message once). */
  private record(outcome: GuardOutcome, decision: GuardDecision): void {
    const first = decision.findings[0];
    if (!first) return;
    const { deps } = this;
    const event = { id: crypto.randomUUID(), at: deps.clock.now(), category: first.category, categories: categoriesOf(decision.findings), ruleId: first.ruleId, outcome };
    void deps.send({ type: 'guard/event', account: deps.account(), event }).catch(() => undefined);
  }

  private draw(panel: GuardPanelState | null): void {
    if (!panel) {
      this.overlay?.render(null);
      return;
    }
    this.overlay ??= createOverlay(this.deps.doc, 'kefu-guard-phrase', panelCss);
    this.overlay.render(
      h(GuardPanel, {
        ...panel,
        position: this.position(),
        onSendAnyway: (event) => this.sendAnyway(event),
        onEdit: () => replyInput(this.deps.doc)?.focus(),
        onRewrite: (text) => this.rewrite(text),
      }),
    );
  }

  /** Just above the reply box, as wide as it (within bounds). */
  private position() {
    const { win, doc } = this.deps;
    const input = replyInput(doc);
    const box = input ? (closestAny(input, CHAT_SELECTORS.replyBox) ?? input) : null;
    const rect = box?.getBoundingClientRect();
    if (!rect) return { left: 12, bottom: 12, width: 420 };
    return { left: rect.left, bottom: win.innerHeight - rect.top + 4, width: Math.max(280, Math.min(rect.width, 720)) };
  }
}

export function startPhraseGuard(deps: PhraseGuardDeps): PhraseGuard {
  const { win, signal } = deps;
  const guard = new SendInterception(deps);
  const options = { capture: true };
  const listeners = [
    ['keydown', guard.onKeydown],
    ['keypress', guard.onKeyAfter],
    ['keyup', guard.onKeyAfter],
    ['click', guard.onClick],
    ['input', guard.onInput],
  ] as const;
  for (const [type, listener] of listeners) win.addEventListener(type, listener as EventListener, options);
  const stopSendPaths = watchSendPaths(deps.doc, win, guard.enabled);
  signal.addEventListener('abort', () => {
    stopSendPaths();
    for (const [type, listener] of listeners) win.removeEventListener(type, listener as EventListener, options);
    guard.remove();
  });
  return { recheck: () => guard.recheck(), warm: () => guard.warm() };
}
