/** Each agent's own figures on one day, and their 7-day trend. */
import { Fragment } from 'preact';
import { i18n } from '#i18n';
import type { BeijingDay } from '@/lib/clock';
import { trendDays } from '@/lib/team/merge';
import type { ShopReport } from '@/lib/team/merge';
import { formatPct, monthDay } from '@/lib/ui/format';
import { RateHeads, Rates } from './rates';
import { officialOfAgent, unmatchedOfficial, type OfficialAgentDays } from '@/lib/official-agents';
import { AgentOfficialRow, EstimateTag } from './AgentOfficial';

/** One row per agent: figures, guard counts and coverage of the day. */
function AgentDayTable({ report, day, official }: { report: ShopReport; day: BeijingDay; official?: OfficialAgentDays }) {
  const i = Math.max(0, report.days.indexOf(day));
  // 客服绩效's figures of the day (issue 23 item 5): a 平台 row under the agent's 插件估算 row.
  const rows = official?.[day];
  const unmatched = unmatchedOfficial(rows, report.agents.map((a) => a.name));
  return (
    <div class="scroll">
      <table class="grid">
        <thead>
          <tr>
            <th>{i18n.t('teamReport.page.agent')}</th>
            <RateHeads />
            <th class="num">{i18n.t('teamReport.page.held')}</th>
            <th class="num">{i18n.t('teamReport.page.sentAnyway')}</th>
            <th class="num">{i18n.t('teamReport.page.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {report.agents.map((a) => {
            const d = a.days[i]!;
            const o = officialOfAgent(rows, a.name);
            return (
              <Fragment key={a.id}>
                <tr data-testid={`team-agent-${a.id}`}>
                  <td>
                    {a.name ?? a.id}
                    {o && <EstimateTag />}
                  </td>
                  <Rates m={d.metrics} />
                  <td class="num">{d.held}</td>
                  <td class="num">{d.sentAnyway}</td>
                  <td class="num">{d.coverage === null ? i18n.t('teamReport.page.noFileShort') : formatPct(d.coverage)}</td>
                </tr>
                {o && <AgentOfficialRow id={a.id} o={o} day={day} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {rows && <p class="muted small" data-testid="team-agents-official-note">{i18n.t('teamReport.page.officialAgentsNote')}</p>}
      {unmatched.length > 0 && (
        <p class="muted small" data-testid="team-agents-official-unmatched">
          {i18n.t('teamReport.page.officialUnmatched', { names: unmatched.join('、') })}
        </p>
      )}
    </div>
  );
}

/** One row per agent: the 1-hour and 5-minute rates of the last days. */
function AgentTrend({ report }: { report: ShopReport }) {
  const trend = trendDays(report);
  const offset = report.days.length - trend.length;
  return (
    <div class="scroll">
      <table class="grid" data-testid="team-trend">
        <thead>
          <tr>
            <th>{i18n.t('teamReport.page.agent')}</th>
            {trend.map((d) => (
              <th key={d} class="num">
                {monthDay(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.agents.map((a) => (
            <tr key={a.id}>
              <td>{a.name ?? a.id}</td>
              {trend.map((d, k) => {
                const m = a.days[offset + k]!.metrics;
                return (
                  <td key={d} class="num" title={i18n.t('teamReport.page.trendCell', { buyers: m.buyers })}>
                    {formatPct(m.rate1h)} <span class="muted">{formatPct(m.rate5min)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The agents' section: the day to show, their figures on it, their trend. */
export function Agents({ report, day, setDay, official }: { report: ShopReport; day: BeijingDay; setDay: (d: BeijingDay) => void; official?: OfficialAgentDays }) {
  return (
    <section class="card" data-testid="team-agents">
      <header class="card-head">
        <h2>{i18n.t('teamReport.page.agentsTitle')}</h2>
        <label>
          {i18n.t('popup.signup.colDay')}{' '}
          <select data-testid="team-day" value={day} onChange={(e) => setDay((e.target as HTMLSelectElement).value)}>
            {[...report.days].reverse().map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </header>
      <AgentDayTable report={report} day={day} official={official} />
      <p class="muted small">{i18n.t('teamReport.page.agentsNote')}</p>
      <h3>{i18n.t('teamReport.page.trendTitle')}</h3>
      <AgentTrend report={report} />
      <p class="muted small">{i18n.t('teamReport.page.trendNote')}</p>
    </section>
  );
}
