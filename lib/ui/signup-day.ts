import { i18n } from '#i18n';
import type { SignupDay } from '../metrics';
import { formatPct } from './format';

/**
 * A signup day's verdict in words, for the popup and the Team page. Only a
 * day without enough observation differs: `partialText` says it in the
 * page's own terms (this agent's coverage, or a team day missing a file);
 * null where the page words a partial day as no data.
 */
export function signupDayText(day: SignupDay, partialText: (pct: string) => string | null): string {
  switch (day.verdict) {
    case 'pass':
      return i18n.t('popup.signup.dayPass');
    case 'fail':
      return i18n.t('popup.signup.dayFail');
    case 'not-assessed':
      return i18n.t('popup.signup.dayNotAssessed');
    default:
      if (day.reason === 'page-text') return i18n.t('popup.signup.dayPageText');
      return (day.reason === 'partial' ? partialText(formatPct(day.coverage)) : null) ?? i18n.t('popup.signup.dayNoData');
  }
}
