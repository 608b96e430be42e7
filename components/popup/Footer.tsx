/** The popup's foot: the estimate note, the exports (the day's figures; today's team day file) and the settings link. */
import { i18n } from '#i18n';
import { PLATFORM_DATA_URL } from '../pages/urls';
import type { PopupActions, PopupViewProps } from './PopupView';
import { TabLink } from './TabLink';
import { TeamDayButton } from './TeamDayButton';

type FooterProps = PopupActions & Pick<PopupViewProps, 'exportError' | 'onExportTeamDay'> & { empty: boolean };

export function Footer({ onExport, onExportTeamDay, onOpenTab, onOpenOptions, exportError, empty }: FooterProps) {
  return (
    <footer class="foot">
      <p class="estimate" data-testid="estimate-note">
        {!empty && (
          <>
            <span class="tag">{i18n.t('common.estimate')}</span>
            {i18n.t('popup.footer.estimate')}{' '}
          </>
        )}
        <TabLink href={PLATFORM_DATA_URL} onOpenTab={onOpenTab} testId="platform-link">
          {i18n.t('popup.footer.platformLink')}
        </TabLink>
      </p>
      <div class="actions">
        {!empty && (
          <>
            <button type="button" class="btn" data-testid="export-csv" onClick={() => onExport('csv')}>
              {i18n.t('popup.footer.exportCsv')}
            </button>
            <button type="button" class="btn" data-testid="export-json" title={i18n.t('popup.footer.exportJsonTitle')} onClick={() => onExport('json')}>
              {i18n.t('popup.footer.exportJson')}
            </button>
          </>
        )}
        {!empty && onExportTeamDay && <TeamDayButton exportFile={onExportTeamDay} />}
        <button type="button" class="btn btn--link" data-testid="open-options" onClick={onOpenOptions}>
          {i18n.t('popup.footer.settings')}
        </button>
      </div>
      {exportError && (
        <p class="error-text" role="alert" data-testid="export-error">
          {i18n.t('popup.footer.exportFailed', { message: exportError })}
        </p>
      )}
      <p class="about muted small" data-testid="about">
        {i18n.t('extShortName')} · {i18n.t('notAffiliated')}
      </p>
    </footer>
  );
}
