/**
 * The platform's own figures of an agent (客服绩效, issue 23 item 5), as a row
 * labelled 平台 under the agent's estimate row (labelled 插件估算) in the
 * Team page's agent table; its cells line up with RateHeads.
 */
import { i18n } from '#i18n';
import { beijingDay, formatBeijing, type BeijingDay } from '@/lib/clock';
import type { OfficialAgentDay } from '@/lib/official-agents';
import { formatPct } from '@/lib/ui/format';
import { avgDuration } from './rates';

const dash = '—';
const pct = (v: number | undefined) => (v === undefined ? dash : formatPct(v));

/** The 平台 row of one agent on one day. */
export function AgentOfficialRow({ id, o, day }: { id: string; o: OfficialAgentDay; day: BeijingDay }) {
  // Read on the day itself: the overview's live figures of that day so far, not the finished day.
  const asOf = beijingDay(o.readAt) === day ? i18n.t('teamReport.page.officialAsOf', { time: formatBeijing(o.readAt).slice(11, 16) }) : '';
  return (
    <tr class="official-row" data-testid={`team-agent-official-${id}`}>
      <td>
        <span class="src-tag src-tag--official">{i18n.t('teamReport.page.officialTag')}</span> <span class="muted small">
          {i18n.t('teamReport.page.officialSource')}
          {asOf && ` · ${asOf}`}
        </span>
      </td>
      <td class="num">{o.consultUsers ?? dash}</td>
      <td class="num">{dash}</td>
      <td class="num">{pct(o.rate30s)}</td>
      <td class="num">{pct(o.rate3min)}</td>
      <td class="num">{dash}</td>
      <td class="num">{dash}</td>
      <td class="num">{o.avgResponseSec === undefined ? dash : avgDuration(o.avgResponseSec * 1000)}</td>
      <td class="num muted" colSpan={3}>
        {o.serviceScore === undefined ? '' : i18n.t('teamReport.page.officialScore', { score: o.serviceScore })}
      </td>
    </tr>
  );
}

/** The tag of an agent's estimate row. */
export function EstimateTag() {
  return <span class="src-tag">{i18n.t('teamReport.page.estimateTag')}</span>;
}
