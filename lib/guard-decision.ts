/**
 * What the guard does with the engine's findings, given the shop's settings:
 * per category block / warn / off, and whether "仍然发送" is allowed.
 * The shop's setting decides (issue #16): 拦截 holds every finding of the
 * category, whatever the engine's own severity ("你有病吧" is held when 辱骂骚扰
 * is set to 拦截). The engine may only raise: a 提醒 category's finding holds
 * when the engine rates it a clear case (a concrete number, address or link,
 * or a word in a diverting context, Finding.clear) and 'block'. 关闭 drops it.
 */
import type { Finding } from './phrases';
import type { GuardAction, PhraseGuardSettings } from './settings/types';

export interface GuardedFinding extends Finding {
  action: Exclude<GuardAction, 'off'>;
  /** The shop chose 提醒 and the engine raised it to 拦截 (a clear case). */
  raised: boolean;
}

/** The action for one finding under the shop's setting for its category. */
export function actionFor(finding: Finding, configured: GuardAction): GuardAction {
  if (configured !== 'warn') return configured;
  return finding.clear && finding.severity === 'block' ? 'block' : 'warn';
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
    const action = actionFor(finding, configured);
    if (action === 'off') continue;
    guarded.push({ ...finding, action, raised: configured === 'warn' && action === 'block' });
  }
  const holding = guarded.filter((f) => f.action === 'block');
  return {
    findings: guarded,
    hold: holding.length > 0,
    canOverride: holding.every((f) => settings.allowSendAnyway[f.category] ?? false),
  };
}

/** The distinct categories of a decision's findings, in order of first appearance (one count per category per message). */
export function categoriesOf(findings: readonly Finding[]): Finding['category'][] {
  return [...new Set(findings.map((f) => f.category))];
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
