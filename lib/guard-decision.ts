/**
 * What the guard does with the engine's findings, given the shop's settings:
 * per category block / warn / off, and whether "仍然发送" is allowed.
 * A finding blocks only when both the setting and the engine's own severity
 * say block (a mild word the engine rates 'warn' never holds a message).
 */
import type { Finding } from './phrases';
import type { GuardAction, PhraseGuardSettings } from './settings/types';

export interface GuardedFinding extends Finding {
  action: Exclude<GuardAction, 'off'>;
}

export interface GuardDecision {
  findings: GuardedFinding[];
  /** Hold the send until the text is edited (or the agent overrides). */
  hold: boolean;
  /** Whether "send anyway" is offered: every holding category allows it. */
  canOverride: boolean;
}

export function decide(findings: readonly Finding[], settings: PhraseGuardSettings): GuardDecision {
  const guarded: GuardedFinding[] = [];
  for (const finding of findings) {
    const configured = settings.actions[finding.category] ?? 'block';
    if (configured === 'off') continue;
    guarded.push({ ...finding, action: configured === 'block' && finding.severity === 'block' ? 'block' : 'warn' });
  }
  const holding = guarded.filter((f) => f.action === 'block');
  return {
    findings: guarded,
    hold: holding.length > 0,
    canOverride: holding.every((f) => settings.allowSendAnyway[f.category] ?? false),
  };
}

/** The text cut into plain and flagged pieces, for highlighting (offsets into the original text). */
export function segments(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Array<{ text: string; flagged: boolean }> {
  const out: Array<{ text: string; flagged: boolean }> = [];
  let cursor = 0;
  for (const f of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(f.start, cursor);
    if (start > cursor) out.push({ text: text.slice(cursor, start), flagged: false });
    if (f.end > start) out.push({ text: text.slice(start, f.end), flagged: true });
    cursor = Math.max(cursor, f.end);
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), flagged: false });
  return out;
}
