import { i18n } from '#i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { refundLegend, waitLegend, type LegendRow } from '@/lib/stage-colours';
import { lang } from '@/lib/ui/lang';
import { NOTICE_PLACES } from './notices';

function Legend({ title, rows, testId }: { title: string; rows: readonly LegendRow[]; testId: string }) {
  return (
    <div class="legend-block">
      <h3>{title}</h3>
      <ul class="legend" data-testid={testId}>
        {rows.map((r) => (
          <li key={r.colour.hex}>
            <span class="swatch" style={{ background: r.colour.hex }} aria-hidden="true" />
            <b>{r.colour.name[lang()]}</b> {r.range[lang()]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The colours of the timers and refund marks, and where every notice appears (the same words as docs/INSTALL.md). */
export function Colours() {
  return (
    <section class="rule-section" id="colours" data-testid="rules-colours">
      <h2>{i18n.t('rules.coloursTitle')}</h2>
      <p class="intro">{i18n.t('rules.coloursIntro')}</p>
      <Legend title={i18n.t('rules.waitColours')} rows={waitLegend()} testId="legend-wait" />
      <Legend title={i18n.t('rules.refundColours')} rows={refundLegend(DEFAULT_SETTINGS.afterSales.stageHours)} testId="legend-refund" />
      <h3>{i18n.t('rules.noticePlaces')}</h3>
      <ul class="notice-places">
        {NOTICE_PLACES.map((n) => (
          <li key={n.en}>{n[lang()]}</li>
        ))}
      </ul>
    </section>
  );
}
