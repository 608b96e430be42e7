/**
 * 导出今日团队日报 (issue 23 item 6): today's team day file in one click, for
 * the owner's Team page; says which file it saved. Not the popup's own JSON
 * export of the figures (that one is named kefu-guard-figures-…).
 */
import { i18n } from '#i18n';
import { useFileAction } from '../pages/use-file-action';

export function TeamDayButton({ exportFile }: { exportFile(): Promise<{ filename: string }> }) {
  const { status, busy, run } = useFileAction(exportFile, {
    done: (name) => i18n.t('popup.teamDay.done', { name }),
    failed: (reason) => i18n.t('popup.teamDay.failed', { reason }),
  });
  return (
    <>
      <button type="button" class="btn" data-testid="export-team-today" disabled={busy} onClick={() => void run()}>
        {i18n.t('popup.teamDay.button')}
      </button>
      {status && (
        <p class={status.ok ? 'muted small team-day-status' : 'error-text team-day-status'} role="status" data-testid="export-team-today-status">
          {status.text}
        </p>
      )}
    </>
  );
}
