/** The 实时 tab's board: shop-wide today, the signup verdict, one row per agent (lib/team/board/board.ts). */
import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BeijingDay } from '@/lib/clock';
import type { Board, BoardAgent } from '@/lib/team/board/board';
import { formatPct } from '@/lib/ui/format';
import { badgeElapsed } from '@/lib/wait-display';
import type { SignupRule } from '@/lib/signup-rules';
import type { OfficialDay } from '../ShopDays';
import { Signup } from '../Signup';

/** A longest wait as the agent's badges write it. */
const wait = (ms: number | null): string => (ms === null ? i18n.t('board.tab.none') : badgeElapsed(ms));
const time = (at: number) => new Date(at).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

function Figure({ label, value, testid }: { label: string; value: string | number; testid: string }) {
  return (
    <div class="figure" data-testid={testid}>
      <span class="muted small">{label}</span>
      <strong>{value}</strong>
    </div>
  );
}

function AgentRow({ a }: { a: BoardAgent }) {
  return (
    <tr data-testid={`live-agent-${a.user}`} data-online={a.online} data-waiting={a.waiting}>
      <td>{a.name}</td>
      <td class={a.online ? 'online' : 'offline'}>{a.online ? i18n.t('board.tab.online') : i18n.t('board.tab.offline')}</td>
      <td class="num">{a.waiting}</td>
      <td class={`num ${a.longestWaitMs !== null && a.longestWaitMs > 180_000 ? 'late' : ''}`}>{wait(a.longestWaitMs)}</td>
      <td class="num">{a.today?.buyers ?? 0}</td>
      <td class="num">{formatPct(a.today?.rate30s)}</td>
      <td class="num">{formatPct(a.today?.rate3min)}</td>
      <td class="num">{formatPct(a.today?.rate1h)}</td>
      <td class="num">{a.heldToday}</td>
    </tr>
  );
}

export function LiveBoard({ board, today, rule, official }: { board: Board; today: BeijingDay; rule: SignupRule; official?: Record<BeijingDay, OfficialDay> }) {
  // The verdict changes with the merged report only (kept between seconds): the same element is not drawn again each tick.
  const signup = useMemo(() => board.report && <Signup report={board.report} today={today} rule={rule} official={official} />, [board.report, today, rule, official]);
  return (
    <div class="live" data-testid="live-board" data-agents={board.agents.length} data-online={board.onlineNow} data-waiting={board.waitingNow}>
      <section class="card">
        <h2>
          {i18n.t('board.tab.shopToday')} {board.shop?.name ?? board.shop?.id ?? ''}
          {board.newestAt !== null && <span class="muted small"> · {i18n.t('board.tab.updated', { time: time(board.newestAt) })}</span>}
        </h2>
        <div class="figures">
          <Figure testid="live-online" label={i18n.t('board.tab.onlineCount')} value={`${board.onlineNow} / ${board.agents.length}`} />
          <Figure testid="live-waiting" label={i18n.t('board.tab.waiting')} value={board.waitingNow} />
          <Figure testid="live-buyers" label={i18n.t('board.tab.buyers')} value={board.today?.buyers ?? 0} />
          <Figure testid="live-rate30s" label={i18n.t('board.tab.rate30s')} value={formatPct(board.today?.rate30s)} />
          <Figure testid="live-rate3min" label={i18n.t('board.tab.rate3min')} value={formatPct(board.today?.rate3min)} />
          <Figure testid="live-rate1h" label={i18n.t('board.tab.rate1h')} value={formatPct(board.today?.rate1h)} />
          <Figure testid="live-held" label={i18n.t('board.tab.held')} value={board.agents.reduce((n, a) => n + a.heldToday, 0)} />
        </div>
        <p class="estimate muted small">{i18n.t('teamReport.page.estimate')}</p>
      </section>
      <section class="card scroll">
        <table class="grid" data-testid="live-agents">
          <thead>
            <tr>
              <th>{i18n.t('board.tab.agent')}</th>
              <th>{i18n.t('board.tab.status')}</th>
              <th class="num">{i18n.t('board.tab.waiting')}</th>
              <th class="num">{i18n.t('board.tab.longest')}</th>
              <th class="num">{i18n.t('board.tab.buyers')}</th>
              <th class="num">{i18n.t('board.tab.rate30s')}</th>
              <th class="num">{i18n.t('board.tab.rate3min')}</th>
              <th class="num">{i18n.t('board.tab.rate1h')}</th>
              <th class="num">{i18n.t('board.tab.held')}</th>
            </tr>
          </thead>
          <tbody>
            {board.agents.map((a) => (
              <AgentRow key={a.user} a={a} />
            ))}
          </tbody>
        </table>
      </section>
      {signup}
    </div>
  );
}
