/**
 * The platform's per-agent single-day figures (客服绩效, source 'cs-report')
 * of every shop, for the Team page beside each agent's estimate (issue 23
 * item 5). The records were checked when stored (lib/store/official.ts);
 * here they are only sorted out and bounded.
 */
import { addDays } from '../clock';
import type { BeijingDay } from '../clock';
import { MAX_OFFICIAL_AGENTS_PER_DAY } from '../official-agents';
import type { OfficialAgentDay, OfficialAgentDays } from '../official-agents';
import type { KefuDb, OfficialFiguresRecord } from './schema';

function agentDay(r: OfficialFiguresRecord): OfficialAgentDay {
  const { consultUsers, rate3min, rate30s, avgResponseSec, serviceScore } = r.figures;
  const out: OfficialAgentDay = { via: r.via, readAt: r.readAt };
  if (consultUsers !== undefined) out.consultUsers = consultUsers;
  if (rate3min !== undefined) out.rate3min = rate3min;
  if (rate30s !== undefined) out.rate30s = rate30s;
  if (avgResponseSec !== undefined) out.avgResponseSec = avgResponseSec;
  if (serviceScore !== undefined) out.serviceScore = serviceScore;
  return out;
}

/** Every shop's per-agent single days of the `days` days ending `lastDay` (ranges are left out: never spread over days). */
export async function officialAgentDays(db: KefuDb, days: number, lastDay: BeijingDay): Promise<Record<string, OfficialAgentDays>> {
  const first = addDays(lastDay, -(days - 1));
  const out: Record<string, OfficialAgentDays> = {};
  // Newest reading last, so it is the one kept when a day's agents are over the bound.
  const records = (await db.getAll('officialFigures')).sort((a, b) => a.readAt - b.readAt);
  for (const r of records) {
    if (r.source !== 'cs-report' || r.agent === '' || r.from !== r.to || r.from < first || r.to > lastDay) continue;
    const shop = (out[r.shop] ??= {});
    const day = (shop[r.from] ??= {});
    if (!(r.agent in day) && Object.keys(day).length >= MAX_OFFICIAL_AGENTS_PER_DAY) continue;
    day[r.agent] = agentDay(r);
  }
  return out;
}
