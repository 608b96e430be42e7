/**
 * The phrase guard's state, apart from the page (issue 13): what the panel
 * shows, the "仍然发送" flow and what is counted. No DOM and no timers: the
 * edge (guard.ts) calls in on each send, typing pause and timer, and draws
 * what `show` is given.
 *
 * Issue 11 item 4: every send decision is made on the exact text being sent,
 * at that moment, never on the decision drawn for an earlier text. Item 5: the
 * guard fails closed, an error while deciding holds the message.
 */
import type { GuardOutcome } from '../../events';
import type { GuardDecision, GuardedFinding } from '../../guard-decision';
import { EngineMissing } from './engine-loader';

export type GuardPanelMode = 'typing' | 'held' | 'warned';

/** Why a check gave no decision: the engine is loading or unavailable, or the check threw. */
export type CheckFault = EngineMissing['state'] | 'failed';

/** What the panel draws. */
export interface GuardPanelState {
  mode: GuardPanelMode;
  text: string;
  findings: GuardedFinding[];
  canOverride: boolean;
  /** After "send anyway" when the page did not send by itself. */
  pressAgain: boolean;
  /** The check itself failed: the message is held with no findings to show (fail closed). */
  error: boolean;
  /** The check could not be made because the engine is still loading or could not be loaded (with `error`). */
  engineMissing?: EngineMissing['state'];
}

export interface GuardFlowDeps {
  /** The decision for `text` under the shop's settings now; may throw (the flow then fails closed). */
  decide(text: string): GuardDecision;
  /** Whether the shop allows 仍然发送 for every category (offered when deciding failed); may throw. */
  allowsOverrideForAll(): boolean;
  /** Counts one message (its categories and the outcome, never the text). */
  record(outcome: GuardOutcome, decision: GuardDecision): void;
  /** Draws the panel, or hides it (null). */
  show(panel: GuardPanelState | null): void;
  /** Something failed while checking or deciding (the message was held). */
  failed(stage: 'check' | 'decision', error: unknown): void;
}

/** A check's result: the decision, or a failed check, which holds the message (fail closed). */
interface Checked {
  decision: GuardDecision;
  error: CheckFault | null;
}

/**
 * What a send of some text comes to: 'blank' (nothing to send, the panel is
 * left as it is), 'send', 'warned' (sent, with the warned notice) or 'hold'.
 */
export type SendVerdict = 'blank' | 'send' | 'warned' | 'hold';

/** What the panel was last asked to show (hidden when there is nothing to show). */
interface Shown {
  mode: GuardPanelMode | null;
  text: string;
  decision: GuardDecision | null;
  error: CheckFault | null;
}

const NOTHING: Shown = { mode: null, text: '', decision: null, error: null };

export class GuardFlow {
  private shown: Shown = NOTHING;
  /** The text 仍然发送 was granted for, and what was decided for it, until it is sent or edited. */
  private bypass: { text: string; checked: Checked } | null = null;
  private pressAgain = false;
  /** The last text counted as held: pressing Enter again on it is not a second held message. */
  private lastCountedText: string | null = null;

  constructor(private readonly deps: GuardFlowDeps) {}

  /**
   * Decides, on this exact text, whether its send may go ahead; shows and
   * counts what it found. Whatever goes wrong while deciding or drawing holds
   * the message.
   */
  send(text: string): SendVerdict {
    try {
      return this.decideSend(text);
    } catch (error) {
      this.deps.failed('decision', error);
      try {
        this.show('held', text, this.failClosed(), 'failed');
      } catch {
        /* nothing more to show with */
      }
      return 'hold';
    }
  }

  /**
   * "仍然发送" for the text in the input now, which may have changed since the
   * panel was drawn (typed inside the debounce): checked again, and granted
   * only if this text may be sent anyway. True: click send now (the send that
   * follows goes ahead once, for this text only).
   */
  sendAnyway(text: string): boolean {
    const checked = this.check(text);
    const { decision, error } = checked;
    if (decision.hold && !decision.canOverride) {
      this.countHeld(text, decision, error);
      this.show('held', text, decision, error);
      return false;
    }
    this.bypass = { text, checked };
    return true;
  }

  /**
   * A while after 仍然发送: when the page did not send (the input still holds
   * the granted text), the panel asks for one more press. True: it did so.
   */
  overrideUnanswered(inputText: string | null): boolean {
    if (this.bypass === null || inputText !== this.bypass.text) return false;
    this.pressAgain = true;
    this.show('held', this.bypass.text, this.bypass.checked.decision, this.bypass.checked.error);
    return true;
  }

  /** A pause in typing (typing, pasting and quick replies): the panel follows the text. */
  typed(text: string): void {
    const { mode } = this.shown;
    if (text === this.shown.text && mode !== 'typing') return;
    if (this.bypass !== null && text !== this.bypass.text) this.endBypass();
    const { decision, error } = this.check(text);
    if (error) return this.show(mode === 'held' ? 'held' : null, text, decision, mode === 'held' ? error : null);
    this.show(decision.findings.length > 0 ? (mode === 'held' ? 'held' : 'typing') : null, text, decision);
  }

  /**
   * The engine has arrived: a message held because it could not be checked is
   * checked now and the panel shows what it holds (nothing is sent for the
   * agent: they press send again).
   */
  recheck(): void {
    const { mode, text, error } = this.shown;
    if (mode !== 'held' || error === null || error === 'failed') return;
    const checked = this.check(text);
    if (checked.error) return this.show('held', text, checked.decision, checked.error);
    if (checked.decision.findings.length === 0) return this.hide();
    this.show('held', text, checked.decision);
  }

  /** The warned notice has been up long enough. */
  warnedExpired(): void {
    if (this.shown.mode === 'warned') this.hide();
  }

  /** What the panel draws now, or null. */
  panel(): GuardPanelState | null {
    const { mode, text, decision, error } = this.shown;
    if (!mode || !decision || (decision.findings.length === 0 && !error)) return null;
    const panel: GuardPanelState = { mode, text, findings: decision.findings, canOverride: decision.canOverride, pressAgain: this.pressAgain, error: error !== null };
    if (error === 'loading' || error === 'unavailable') panel.engineMissing = error;
    return panel;
  }

  private decideSend(text: string): SendVerdict {
    // Nothing to send (the page sends no blank draft): leave the panel as it is,
    // so a repeated key or click after a send cannot wipe a "warned" notice.
    if (text.trim() === '') return 'blank';
    const { decision, error } = this.check(text);
    if (this.bypass?.text === text) {
      this.endBypass();
      if (!decision.hold || decision.canOverride) {
        if (decision.findings.length > 0) this.deps.record('sent-anyway', decision);
        this.hide();
        return 'send';
      }
    }
    if (error) {
      this.show('held', text, decision, error);
      return 'hold';
    }
    if (decision.findings.length === 0) {
      this.hide();
      return 'send';
    }
    if (decision.hold) {
      this.countHeld(text, decision, null);
      this.show('held', text, decision);
      return 'hold';
    }
    this.deps.record('warned', decision);
    this.show('warned', text, decision);
    return 'warned';
  }

  /** The decision for this text now; a failed check holds it. */
  private check(text: string): Checked {
    try {
      return { decision: this.deps.decide(text), error: null };
    } catch (error) {
      // Still loading is not a failure (nothing to count or log); an engine that could not be loaded is.
      if (!(error instanceof EngineMissing && error.state === 'loading')) this.deps.failed('check', error);
      return { decision: this.failClosed(), error: error instanceof EngineMissing ? error.state : 'failed' };
    }
  }

  /**
   * Held with nothing known of what the text holds: 仍然发送 only when the
   * shop allows it for every category.
   */
  private failClosed(): GuardDecision {
    let canOverride = false;
    try {
      canOverride = this.deps.allowsOverrideForAll();
    } catch {
      /* settings unreadable: no override */
    }
    return { findings: [], hold: true, canOverride };
  }

  private countHeld(text: string, decision: GuardDecision, error: CheckFault | null): void {
    if (!error && this.lastCountedText !== text) this.deps.record('held', decision);
    this.lastCountedText = text;
  }

  private endBypass(): void {
    this.bypass = null;
    this.pressAgain = false;
  }

  private hide(): void {
    this.show(null, '', null);
  }

  private show(mode: GuardPanelMode | null, text: string, decision: GuardDecision | null, error: CheckFault | null = null): void {
    this.shown = { mode, text, decision, error };
    this.deps.show(this.panel());
  }
}
