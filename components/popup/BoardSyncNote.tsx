/** 同步暂停：<reason> when the live board's sync is paused (issue 24); nothing while it runs or is off. */
import { i18n } from '#i18n';
import type { PauseReason } from '@/lib/team/board/sync-state';

export type { PauseReason };
import { pauseText } from '../team/board/LiveTab';

export function BoardSyncNote({ paused }: { paused: PauseReason | null | undefined }) {
  if (!paused) return null;
  return (
    <div class="banner banner--info" role="status" data-testid="board-sync-paused">
      <strong>{i18n.t('board.sync.paused')}</strong>
      <span>{pauseText(paused)}</span>
    </div>
  );
}
