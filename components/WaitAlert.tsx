import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';

export interface WaitAlertProps {
  /** Buyers awaiting a human reply. */
  count: number;
  longest: { nickname: string; elapsed: string; level: number; estimated: boolean } | null;
  /** Shown after a jump when the page did not open the conversation itself. */
  hint: boolean;
  onJump: () => void;
}

/** The alert re-renders every second: its fixed strings are looked up once. */
let strings: Record<'title' | 'waiting' | 'longest' | 'estimate' | 'hint' | 'jump' | 'jumpTitle', string> | null = null;
function text() {
  strings ??= {
    title: `${i18n.t('common.estimateNote')} · ${i18n.t('timer.ruleNote')}`,
    waiting: i18n.t('timer.alertWaiting'),
    longest: i18n.t('timer.alertLongest'),
    estimate: i18n.t('common.estimate'),
    hint: i18n.t('timer.alertClickHint'),
    jump: i18n.t('timer.alertJump'),
    jumpTitle: i18n.t('timer.alertJumpTitle'),
  };
  return strings;
}

/** The one "longest waiting" alert on the chat page; renders nothing when nobody waits. */
export function WaitAlert({ count, longest, hint, onJump }: WaitAlertProps) {
  if (count === 0 || !longest) return null;
  const t = text();
  return (
    <div class="root alert" role="status" data-testid="wait-alert" title={t.title}>
      <span>
        <span class="count" data-testid="wait-count">{count}</span> {t.waiting}
      </span>
      <span>
        {t.longest} {longest.nickname}
      </span>
      <span class={`longest l${longest.level}`} data-testid="wait-longest">
        {longest.estimated ? '≈' : ''}
        {longest.elapsed}
      </span>
      <span class="est">{t.estimate}</span>
      {hint && <span class="hint">{t.hint}</span>}
      <button type="button" onClick={onTrusted(onJump)} title={t.jumpTitle} data-testid="wait-jump">
        {t.jump}
      </button>
    </div>
  );
}
