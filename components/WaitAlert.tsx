import { i18n } from '#i18n';

export interface WaitAlertProps {
  /** Buyers awaiting a human reply. */
  count: number;
  longest: { nickname: string; elapsed: string; level: number; estimated: boolean } | null;
  /** Shown after a jump when the page did not open the conversation itself. */
  hint: boolean;
  onJump: () => void;
}

/** The one "longest waiting" alert on the chat page; renders nothing when nobody waits. */
export function WaitAlert({ count, longest, hint, onJump }: WaitAlertProps) {
  if (count === 0 || !longest) return null;
  return (
    <div class="root alert" role="status" data-testid="wait-alert" title={`${i18n.t('common.estimateNote')} · ${i18n.t('timer.ruleNote')}`}>
      <span>
        <span class="count" data-testid="wait-count">{count}</span> {i18n.t('timer.alertWaiting')}
      </span>
      <span>
        {i18n.t('timer.alertLongest')} {longest.nickname}
      </span>
      <span class={`longest l${longest.level}`} data-testid="wait-longest">
        {longest.estimated ? '≈' : ''}
        {longest.elapsed}
      </span>
      <span class="est">{i18n.t('common.estimate')}</span>
      {hint && <span class="hint">{i18n.t('timer.alertClickHint')}</span>}
      <button type="button" onClick={onJump} title={i18n.t('timer.alertJumpTitle')} data-testid="wait-jump">
        {i18n.t('timer.alertJump')}
      </button>
    </div>
  );
}
