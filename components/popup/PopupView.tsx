import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { ExportFormat, Summary } from '@/lib/messages';
import type { Settings } from '@/lib/settings/types';
import { splitDuration } from '@/lib/ui/format';
import { localPart } from '@/lib/ui/lang';
import { CHAT_URL } from '../pages/urls';
import { Footer } from './Footer';
import { GuardTable } from './GuardTable';
import { LiveStatus } from './LiveStatus';
import { BoardSyncNote, type PauseReason } from './BoardSyncNote';
import { RateCards } from './RateCards';
import { RefundStages } from './RefundStages';
import { OfficialFigures } from './OfficialFigures';
import { SignupCheck } from './SignupCheck';
import { TrendChart } from './TrendChart';
import { TrafficMissing } from './TrafficMissing';

export interface PopupActions {
  onAccount(key: string): void;
  onExport(format: ExportFormat): void;
  onOpenTab(url: string): void;
  onOpenOptions(): void;
}

export interface PopupViewProps extends PopupActions {
  boardPaused?: PauseReason | null;
  summary: Summary;
  settings: Settings;
  now: () => number;
  /** An export that failed, shown under the buttons. */
  exportError?: string | null;
  /** Today's team day file in one click (issue 23 item 6); absent: no button. */
  onExportTeamDay?(): Promise<{ filename: string }>;
}

/** "3分12秒" / "42秒" / "1小时5分". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const { h, m, s } = splitDuration(ms);
  if (h > 0) return i18n.t('popup.duration.hm', { h, m });
  if (m > 0) return i18n.t('popup.duration.ms', { m, s });
  return i18n.t('popup.duration.s', { s });
}

/** The zh or en half of a "中文 / English" message. */
function accountLabel(a: Summary['account']): string {
  const names = [a.mallName, a.agentName].filter(Boolean).join(' · ');
  return names || (a.key === 'default' ? i18n.t('popup.account.default') : a.key);
}

function Header({ summary, onAccount }: { summary: Summary; onAccount: (key: string) => void }) {
  return (
    <header class="top">
      <div class="brand">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>{i18n.t('extShortName')}</h1>
      </div>
      <div class="today" data-testid="today">
        {i18n.t('popup.today', { day: summary.today })}
      </div>
      {summary.accounts.length > 1 && (
        <label class="account">
          <span class="sr-only">{i18n.t('popup.account.label')}</span>
          <select data-testid="account" value={summary.account.key} onChange={(e) => onAccount((e.target as HTMLSelectElement).value)}>
            {summary.accounts.map((a) => (
              <option key={a.key} value={a.key}>
                {accountLabel(a)}
              </option>
            ))}
          </select>
        </label>
      )}
    </header>
  );
}

function StoreError({ error }: { error: NonNullable<Summary['storeError']> }) {
  return (
    <div class="banner banner--error" role="alert" data-testid="store-error">
      <strong>{i18n.t('popup.storeError.title')}</strong>
      <span>{localPart(error.message)}</span>
    </div>
  );
}

/** Nothing recorded yet: what to do first. */
function EmptyCard({ onOpenTab }: Pick<PopupActions, 'onOpenTab'>) {
  return (
    <section class="card empty" data-testid="empty">
      <div class="empty-art" aria-hidden="true">
        <img src="/icon/128.png" width={75} height={75} alt="" />
      </div>
      <h2>{i18n.t('popup.empty.title')}</h2>
      <p>{i18n.t('popup.empty.body')}</p>
      <button type="button" class="btn btn--primary" data-testid="open-chat" onClick={() => onOpenTab(CHAT_URL)}>
        {i18n.t('popup.empty.openChat')}
      </button>
    </section>
  );
}

function Stats({ metrics: m }: { metrics: Summary['metrics'] }) {
  return (
    <dl class="stats" data-testid="stats">
      <div>
        <dt>{i18n.t('popup.stats.avg')}</dt>
        <dd data-testid="stat-avg">{formatDuration(m.avgResponseMs)}</dd>
      </div>
      <div>
        <dt>{i18n.t('popup.stats.buyers')}</dt>
        <dd data-testid="stat-buyers">{m.buyers}</dd>
      </div>
      <div>
        <dt>{i18n.t('popup.stats.messages')}</dt>
        <dd data-testid="stat-messages">{m.messages}</dd>
      </div>
      <div>
        <dt>{i18n.t('popup.stats.waiting')}</dt>
        <dd data-testid="stat-waiting" class={m.waiting > 0 ? 'warn' : ''}>
          {m.waiting}
        </dd>
      </div>
    </dl>
  );
}

/** A card of the extension's own estimates: the title, tagged 插件估算. */
function EstimateCard({ testId, title, children }: { testId: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" data-testid={testId}>
      <header class="card-head">
        <h2>{title}</h2>
        <span class="tag">{i18n.t('common.estimate')}</span>
      </header>
      {children}
    </section>
  );
}

/** Today's rates against the targets, and the counts behind them. */
function TodayCard({ metrics: m, settings }: { metrics: Summary['metrics']; settings: Settings }) {
  return (
    <EstimateCard testId="today-card" title={i18n.t('popup.rates.title')}>
      <RateCards metrics={m} targets={settings.targets} />
      <Stats metrics={m} />
      {m.uncounted > 0 && (
        <p class="muted small" data-testid="stat-uncounted">
          {i18n.t('popup.stats.uncounted', {
            n: m.uncounted,
            from: settings.replyTimer.countedWindow.startHour,
            to: settings.replyTimer.countedWindow.endHour,
          })}
        </p>
      )}
    </EstimateCard>
  );
}

function TrendCard({ trend, targets }: { trend: Summary['trend']; targets: Settings['targets'] }) {
  return (
    <EstimateCard testId="trend-card" title={i18n.t('popup.trend.title')}>
      <TrendChart points={trend} floor5min={targets.rate5min} required1h={targets.rate1h} />
    </EstimateCard>
  );
}

/** The day's figures, card by card (a summary with something recorded). */
function Figures({ summary, settings, now, onOpenTab, onOpenOptions }: Pick<PopupViewProps, 'summary' | 'settings' | 'now' | 'onOpenTab' | 'onOpenOptions'>) {
  return (
    <>
      <LiveStatus live={summary.live} now={now} />
      <TodayCard metrics={summary.metrics} settings={settings} />
      <SignupCheck signup={summary.signup} today={summary.today} onOpenTab={onOpenTab} onOpenOptions={onOpenOptions} />
      {summary.official && <OfficialFigures official={summary.official} onOpenTab={onOpenTab} />}
      <TrendCard trend={summary.trend} targets={settings.targets} />
      <GuardTable guard={summary.guard} total={summary.guardTotal} />
      <RefundStages refunds={summary.refunds} stageHours={settings.afterSales.stageHours} />
    </>
  );
}

/** Everything the popup shows, rendered from one Summary and the effective settings. */
export function PopupView(props: PopupViewProps) {
  const { summary } = props;
  return (
    <main class="popup" data-testid="popup" data-state={summary.empty ? 'empty' : 'ready'} data-account={summary.account.key}>
      <Header summary={summary} onAccount={props.onAccount} />
      {summary.storeError && <StoreError error={summary.storeError} />}
      {summary.trafficMissing === true && <TrafficMissing />}
      <BoardSyncNote paused={props.boardPaused} />
      {summary.empty ? <EmptyCard onOpenTab={props.onOpenTab} /> : <Figures {...props} />}
      <Footer {...props} empty={summary.empty} />
    </main>
  );
}
