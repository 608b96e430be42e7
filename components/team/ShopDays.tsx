/** The shop's figures day by day, merged over every agent's events, with the platform's own beside them and what is missing. */
import { i18n } from '#i18n';
import type { BeijingDay } from '@/lib/clock';
import type { ShopDay, ShopReport } from '@/lib/team/merge';
import { formatPct, monthDay } from '@/lib/ui/format';
import { RateHeads, Rates } from './rates';

/** Agents' names (their ids where a file gave none), for the gaps of a day. */
const names = (report: ShopReport, ids: string[]) => ids.map((id) => report.agents.find((a) => a.id === id)?.name ?? id).join('、');

/** The platform's own figures of a shop-day, when the official-data feature has them. */
export interface OfficialDay {
  rate30s?: number | null;
  rate3min?: number | null;
  rate5min?: number | null;
  rate1h?: number | null;
  /** 咨询人数, and whether the figures came from the page's response or its text (lib/signup-verdict.ts). */
  consultUsers?: number;
  via?: 'response' | 'text';
}

/** Who or what is missing on a day: agents without a file, agents whose chat page was never open, hours nobody watched. */
function dayGaps(report: ShopReport, d: ShopDay): string[] {
  return [
    d.missingAgents.length > 0 ? i18n.t('teamReport.page.noFile', { names: names(report, d.missingAgents) }) : '',
    d.absentAgents.length > 0 ? i18n.t('teamReport.page.notOpen', { names: names(report, d.absentAgents) }) : '',
    d.missingHours.length > 0 ? i18n.t('teamReport.page.hours', { hours: d.missingHours.map((h) => `${h}:00`).join(' ') }) : '',
  ].filter(Boolean);
}

export function ShopDays({ report, official }: { report: ShopReport; official: Record<BeijingDay, OfficialDay> | undefined }) {
  const showOfficial = official !== undefined && Object.keys(official).length > 0;
  return (
    <section class="card" data-testid="team-shop-days">
      <h2>{i18n.t('teamReport.page.shopDaysTitle')}</h2>
      <p class="muted">{i18n.t('teamReport.page.shopDaysIntro')}</p>
      <div class="scroll">
        <table class="grid">
          <thead>
            <tr>
              <th>{i18n.t('popup.signup.colDay')}</th>
              <RateHeads />
              {showOfficial && <th class="num">{i18n.t('teamReport.page.official')}</th>}
              <th class="num">{i18n.t('teamReport.page.coverage')}</th>
              <th>{i18n.t('teamReport.page.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {[...report.shopDays].reverse().map((d) => {
              const o = official?.[d.day];
              const gaps = dayGaps(report, d);
              return (
                <tr key={d.day} data-testid={`team-day-${d.day}`} data-messages={d.metrics.messages} data-buyers={d.metrics.buyers} data-answered={d.metrics.answered}>
                  <td>{monthDay(d.day)}</td>
                  <Rates m={d.metrics} />
                  {showOfficial && <td class="num">{o ? `${formatPct(o.rate5min ?? null)} / ${formatPct(o.rate1h ?? null)}` : '—'}</td>}
                  <td class="num">{formatPct(d.coverage)}</td>
                  <td class="gaps">{gaps.length > 0 ? gaps.join('；') : i18n.t('teamReport.page.complete')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {showOfficial && <p class="muted small">{i18n.t('teamReport.page.officialNote')}</p>}
    </section>
  );
}
