import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';
import { segments, type GuardedFinding } from '@/lib/guard-decision';
import { RULES, type RuleId } from '@/lib/rules';
import { RuleLink } from '@/lib/ui/RuleLink';
import type { GuardPanelState } from './flow';
import { rewriteKind } from './rewrite';
import { MODEL_CONTEXT } from '@/lib/phrases/model-context';

/** The guard's panel (flow.ts decides what it shows), drawn by guard.ts in a shadow root above the chat input. */
export interface GuardPanelProps extends Omit<GuardPanelState, 'error'> {
  /** The check itself failed: the message is held with no findings to show (fail closed). */
  error?: boolean;
  position: { left: number; bottom: number; width: number };
  onSendAnyway: (event: Event) => void;
  onEdit: () => void;
  /** Puts this compliant wording into the input (never sends it). */
  onRewrite?: (text: string) => void;
}

/**
 * "「微信」：站外导流" — the category carries its own brackets ("站外导流（电话号码）"), the rule is the link after it.
 * The classifier's finding has no word to quote: it says it is the model's estimate.
 */
function findingLine(f: GuardedFinding): string {
  const category = i18n.t(`guard.categories.${f.category}`);
  return f.context === MODEL_CONTEXT ? i18n.t('guard.modelFinding', { category }) : i18n.t('guard.finding', { match: f.match, category });
}

/** The platform rule a finding breaks; none for the shop's own words. */
function ruleOf(f: GuardedFinding): RuleId | null {
  return f.ruleId in RULES ? (f.ruleId as RuleId) : null;
}

/** The line beside the held message's buttons: why it is held when the check could not be made. */
function noteOf(props: GuardPanelProps): string {
  if (props.engineMissing === 'loading') return i18n.t('guardSafety.engineLoadingNote');
  if (props.engineMissing === 'unavailable') return i18n.t('guardSafety.engineUnavailableNote');
  return props.error ? i18n.t('guardSafety.checkFailedNote') : i18n.t('guard.held');
}

/** Findings next to the chat input: the text with flagged spans highlighted, and the rule each breaks. */
export function GuardPanel(props: GuardPanelProps) {
  const { mode, text, findings, position } = props;
  if (findings.length === 0 && !props.error) return null;
  const holding = mode === 'held';
  const style = { left: `${position.left}px`, bottom: `${position.bottom}px`, width: `${position.width}px` };
  const unique = findings.filter((f, i) => findings.findIndex((g) => g.category === f.category && g.match === f.match) === i);
  const kind = holding && !props.error && props.onRewrite ? rewriteKind(findings.map((f) => f.category)) : null;
  const rewrite = kind ? i18n.t(`guard.rewrite.${kind}`) : null;
  return (
    <div class={`root guard ${mode}`} style={style} role="alert" data-testid="guard-panel" data-mode={mode} data-error={props.error ? 'true' : undefined} data-engine={props.engineMissing}>
      <div class="guard-title">
        {props.engineMissing
          ? i18n.t(props.engineMissing === 'loading' ? 'guardSafety.engineLoading' : 'guardSafety.engineUnavailable')
          : props.error
          ? i18n.t('guardSafety.checkFailed')
          : mode === 'typing'
            ? i18n.t('guard.typingHint')
            : holding
              ? i18n.t('guard.title')
              : i18n.t('guard.titleWarn')}
      </div>
      {mode !== 'typing' && (
        <div class="guard-text" data-testid="guard-text">
          {segments(text, findings).map((s, i) => (s.flagged ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
        </div>
      )}
      <ul class="guard-findings">
        {unique.map((f) => (
          <li key={`${f.start}-${f.category}`} class={f.action} data-category={f.category}>
            {findingLine(f)}
            {ruleOf(f) && <RuleLink id={ruleOf(f)!} />}
          </li>
        ))}
      </ul>
      {holding && (
        <div class="guard-actions">
          <span class="guard-note">
            {props.pressAgain ? i18n.t('guard.sendAnywayHint') : noteOf(props)}
          </span>
          <button type="button" class="edit" onClick={onTrusted(props.onEdit)}>
            {i18n.t('guard.edit')}
          </button>
          {rewrite && (
            <button type="button" class="rewrite" title={rewrite} onClick={onTrusted(() => props.onRewrite?.(rewrite))} data-testid="guard-rewrite" data-kind={kind}>
              {i18n.t('guard.rewriteOffer')}
            </button>
          )}
          {props.canOverride && (
            <button type="button" class="anyway" onClick={onTrusted(props.onSendAnyway)} data-testid="guard-send-anyway">
              {i18n.t('guard.sendAnyway')}
            </button>
          )}
        </div>
      )}
      {mode === 'warned' && <div class="guard-note">{i18n.t('guard.warnOnly')}</div>}
    </div>
  );
}
