/**
 * The day files the Team page keeps (issue 23 item 6): each deletable, and
 * which agent's file is missing for which day, so the owner knows whom to ask.
 */
import { i18n } from '#i18n';
import type { BeijingDay } from '@/lib/clock';
import type { ShopReport } from '@/lib/team/merge';
import { missingFiles } from '@/lib/team/saved-files';
import type { SavedFile } from '@/lib/team/saved-files';
import { monthDay } from '@/lib/ui/format';

export interface SavedFilesProps {
  saved: readonly SavedFile[];
  report: ShopReport | null;
  today: BeijingDay;
  onRemove(index: number): void;
}

export function SavedFiles({ saved, report, today, onRemove }: SavedFilesProps) {
  if (saved.length === 0 && !report) return null;
  const missing = report ? missingFiles(report, today) : [];
  return (
    <section class="card saved-files" data-testid="team-saved">
      {saved.length > 0 && (
        <>
          <h2>{i18n.t('teamReport.page.savedTitle')}</h2>
          <p class="muted small">{i18n.t('teamReport.page.savedIntro')}</p>
          <ul class="saved-list">
            {saved.map((f, i) => (
              <li key={`${f.name}-${f.savedAt}-${i}`} data-testid="team-saved-file">
                <span>{f.name}</span>
                <button type="button" class="btn btn--link" data-testid="team-saved-remove" aria-label={i18n.t('teamReport.page.savedRemoveLabel', { name: f.name })} onClick={() => onRemove(i)}>
                  {i18n.t('teamReport.page.savedRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {report && (
        <>
          <h3>{i18n.t('teamReport.page.missingFilesTitle')}</h3>
          {missing.length > 0 ? (
            <ul class="saved-missing" data-testid="team-missing-files">
              {missing.map((m) => (
                <li key={m.day} data-day={m.day}>
                  {i18n.t('teamReport.page.missingFilesDay', { day: monthDay(m.day), names: m.agents.join('、') })}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted small" data-testid="team-missing-files-none">{i18n.t('teamReport.page.missingFilesNone')}</p>
          )}
        </>
      )}
    </section>
  );
}
