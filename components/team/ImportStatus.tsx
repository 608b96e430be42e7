/** The import under way (a progress bar) and what the imported files say against each other (lib/team/conflicts.ts). */
import { i18n } from '#i18n';
import { formatBeijing } from '@/lib/clock';
import type { TeamConflict } from '@/lib/team/conflicts';
import type { ImportProgress } from '@/lib/team/session';

const PHASE_KEY = { read: 'teamReport.page.progressRead', check: 'teamReport.page.progressCheck', merge: 'teamReport.page.progressMerge' } as const;

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const pct = Math.round(progress.share * 100);
  return (
    <div class="import-progress" data-testid="team-progress" data-phase={progress.phase} role="status">
      <progress max={100} value={pct} aria-label={i18n.t(PHASE_KEY[progress.phase])} />
      <span class="muted small">
        {i18n.t(PHASE_KEY[progress.phase])} {pct}%
      </span>
    </div>
  );
}

/** One conflict in words. */
export function conflictText(c: TeamConflict): string {
  const [a = '', b = ''] = c.files;
  switch (c.kind) {
    case 'message-time':
      return i18n.t('teamReport.page.conflictMessageTime', { a, b, n: c.count ?? 0 });
    case 'agent-name':
      return i18n.t('teamReport.page.conflictAgentName', { a, b, name: c.name ?? '' });
    case 'future-export':
      return i18n.t('teamReport.page.conflictFutureExport', { a, time: formatBeijing(c.at ?? 0) });
    case 'agent-files-differ':
      return i18n.t('teamReport.page.conflictAgentFiles', { a, b, n: c.count ?? 0, day: c.day ?? '' });
    case 'key-missing': // issue 23 item 5
      return i18n.t('teamReport.page.conflictKeyMissing', { a, agent: c.agent ?? '', n: c.count ?? 0, day: c.day ?? '' });
    case 'key-differs':
      return i18n.t('teamReport.page.conflictKeyDiffers', { a, agent: c.agent ?? '', n: c.count ?? 0, day: c.day ?? '' });
  }
}

export function Conflicts({ conflicts }: { conflicts: readonly TeamConflict[] }) {
  return (
    <div class="conflicts" data-testid="team-conflicts" role="alert">
      <p>
        <strong>{i18n.t('teamReport.page.conflictsTitle')}</strong>
      </p>
      <ul class="errors">
        {conflicts.map((c, k) => (
          <li key={`${c.kind}-${k}`} data-testid="team-conflict" data-kind={c.kind}>
            {conflictText(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
