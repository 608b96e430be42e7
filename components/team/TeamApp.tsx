/**
 * 团队报表 (Team page): the owner imports every agent's team day files and
 * sees the shop's figures. Each file is checked on its own; the merge is
 * lib/team/merge.ts (dayMetrics over the union of events, never averages).
 */
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { addDays } from '@/lib/clock';
import type { BeijingDay, CountedWindow } from '@/lib/clock';
import type { DayMetrics, SignupDay } from '@/lib/metrics';
import { teamReportCsv } from '@/lib/team/csv';
import { importDayFiles } from '@/lib/team/imports';
import type { ImportedFile, RejectedFile } from '@/lib/team/imports';
import { mergeTeamFiles, trendDays } from '@/lib/team/merge';
import type { ShopReport } from '@/lib/team/merge';
import { formatPct, monthDay } from '@/lib/ui/format';

/** The platform's own figures of a shop-day, when the official-data feature has them. */
export interface OfficialDay {
  rate30s?: number | null;
  rate3min?: number | null;
  rate5min?: number | null;
  rate1h?: number | null;
}

export interface TeamDeps {
  today: BeijingDay;
  requiredRate: number;
  window: CountedWindow;
  /** Agents of the shop per team settings (0 = not set). */
  expectedAgents: number;
  download(file: { filename: string; mime: string; body: string }): void;
  /** Official figures by shop id and day (absent: the column is not shown). */
  official?: Record<string, Record<BeijingDay, OfficialDay>>;
}

const readText = (file: File): Promise<string> => file.text();

const avg = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} ${i18n.t('teamReport.page.sec')}`);
const names = (report: ShopReport, ids: string[]) => ids.map((id) => report.agents.find((a) => a.id === id)?.name ?? id).join('、');

function verdictText(day: SignupDay): string {
  switch (day.verdict) {
    case 'pass':
      return i18n.t('popup.signup.dayPass');
    case 'fail':
      return i18n.t('popup.signup.dayFail');
    case 'not-assessed':
      return i18n.t('popup.signup.dayNotAssessed');
    default:
      return day.reason === 'partial' ? i18n.t('teamReport.page.dayIncomplete', { pct: formatPct(day.coverage) }) : i18n.t('popup.signup.dayNoData');
  }
}

function Rates({ m }: { m: DayMetrics }) {
  return (
    <>
      <td class="num">{m.buyers}</td>
      <td class="num">{m.messages}</td>
      <td class="num">{formatPct(m.rate30s)}</td>
      <td class="num">{formatPct(m.rate3min)}</td>
      <td class="num">{formatPct(m.rate5min)}</td>
      <td class="num">{formatPct(m.rate1h)}</td>
      <td class="num">{avg(m.avgResponseMs)}</td>
    </>
  );
}

function RateHeads() {
  return (
    <>
      <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
      <th class="num">{i18n.t('teamReport.page.messages')}</th>
      <th class="num">{i18n.t('popup.rates.rate30s')}</th>
      <th class="num">{i18n.t('popup.rates.rate3min')}</th>
      <th class="num">{i18n.t('popup.rates.rate5min')}</th>
      <th class="num">{i18n.t('popup.trend.rate1h')}</th>
      <th class="num">{i18n.t('teamReport.page.avg')}</th>
    </>
  );
}

function Signup({ report, today }: { report: ShopReport; today: BeijingDay }) {
  const { signup } = report;
  const verdict = { pass: i18n.t('popup.signup.pass'), fail: i18n.t('popup.signup.fail'), insufficient: i18n.t('popup.signup.insufficient') }[signup.verdict];
  return (
    <section class="card" data-testid="team-signup" data-verdict={signup.verdict}>
      <h2>{i18n.t('teamReport.page.signupTitle')}</h2>
      <p class={`verdict verdict--${signup.verdict}`} data-testid="team-signup-verdict">
        {verdict}
      </p>
      <p class="muted">
        {i18n.t('popup.signup.requirement', { days: signup.days.length, pct: formatPct(signup.requiredRate) })} · {i18n.t('teamReport.page.signupBasis', { from: monthDay(addDays(today, -3)), to: monthDay(addDays(today, -1)) })}
      </p>
      <table class="grid">
        <thead>
          <tr>
            <th>{i18n.t('popup.signup.colDay')}</th>
            <th class="num">{i18n.t('popup.signup.colRate')}</th>
            <th class="num">{i18n.t('popup.signup.colBuyers')}</th>
            <th class="num">{i18n.t('teamReport.page.coverage')}</th>
            <th>{i18n.t('popup.signup.colVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {signup.days.map((d) => (
            <tr key={d.day} data-testid={`team-signup-${d.day}`} data-verdict={d.verdict}>
              <td>{monthDay(d.day)}</td>
              <td class="num">{formatPct(d.rate1h)}</td>
              <td class="num">{d.buyers}</td>
              <td class="num">{formatPct(d.coverage)}</td>
              <td>{verdictText(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{i18n.t('teamReport.page.coverageRule')}</p>
    </section>
  );
}

function ShopDays({ report, official }: { report: ShopReport; official: Record<BeijingDay, OfficialDay> | undefined }) {
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
              const gaps = [
                d.missingAgents.length > 0 ? i18n.t('teamReport.page.noFile', { names: names(report, d.missingAgents) }) : '',
                d.absentAgents.length > 0 ? i18n.t('teamReport.page.notOpen', { names: names(report, d.absentAgents) }) : '',
                d.missingHours.length > 0 ? i18n.t('teamReport.page.hours', { hours: d.missingHours.map((h) => `${h}:00`).join(" ") }) : '',
              ].filter(Boolean);
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

function Agents({ report, day, setDay }: { report: ShopReport; day: BeijingDay; setDay: (d: BeijingDay) => void }) {
  const i = Math.max(0, report.days.indexOf(day));
  const trend = trendDays(report);
  const offset = report.days.length - trend.length;
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
              return (
                <tr key={a.id} data-testid={`team-agent-${a.id}`}>
                  <td>{a.name ?? a.id}</td>
                  <Rates m={d.metrics} />
                  <td class="num">{d.held}</td>
                  <td class="num">{d.sentAnyway}</td>
                  <td class="num">{d.coverage === null ? i18n.t('teamReport.page.noFileShort') : formatPct(d.coverage)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted small">{i18n.t('teamReport.page.agentsNote')}</p>
      <h3>{i18n.t('teamReport.page.trendTitle')}</h3>
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
      <p class="muted small">{i18n.t('teamReport.page.trendNote')}</p>
    </section>
  );
}

/** The Team page. */
export function TeamApp(deps: TeamDeps) {
  const [files, setFiles] = useState<ImportedFile[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [shopId, setShopId] = useState<string | null>(null);
  const [day, setDay] = useState<BeijingDay | null>(null);
  const [dragging, setDragging] = useState(false);

  const reports = useMemo(() => {
    performance.mark('kg:team-merge-start');
    const merged = mergeTeamFiles(
      files.map((f) => f.file),
      { today: deps.today, requiredRate: deps.requiredRate, window: deps.window, expectedAgents: deps.expectedAgents },
    );
    performance.measure('kg:team-merge', 'kg:team-merge-start');
    return merged;
  }, [files, deps.today, deps.requiredRate, deps.window, deps.expectedAgents]);
  const report = reports.find((r) => r.shop.id === shopId) ?? reports[0] ?? null;
  const reportDay = report && day && report.days.includes(day) ? day : (report?.days.filter((d) => d < deps.today).at(-1) ?? report?.days.at(-1) ?? null);

  const importList = async (list: FileList | File[]) => {
    const incoming = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await readText(f).catch(() => '') })));
    performance.mark('kg:team-import-start');
    const result = importDayFiles(files, incoming);
    performance.measure('kg:team-parse', 'kg:team-import-start');
    setRejected(result.rejected);
    setNotes([
      ...(result.added.length > 0 ? [i18n.t('teamReport.page.added', { n: result.added.length })] : []),
      ...result.duplicates.map((name) => i18n.t('teamReport.page.duplicate', { name })),
    ]);
    if (result.added.length > 0) setFiles(result.files);
  };

  return (
    <main class="team" data-testid="team-page" data-files={files.length} data-shops={reports.length}>
      <header class="page-head">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <div>
          <h1>{i18n.t('teamReport.page.title')}</h1>
          <p class="muted">{i18n.t('teamReport.page.subtitle')}</p>
        </div>
      </header>

      <section
        class={`card drop${dragging ? ' drop--over' : ''}`}
        data-testid="team-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer?.files) void importList(e.dataTransfer.files);
        }}
      >
        <p>{i18n.t('teamReport.page.dropHint')}</p>
        <label class="btn btn--primary">
          {i18n.t('teamReport.page.pick')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            class="sr-only"
            data-testid="team-file-input"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              if (input.files) void importList(input.files).finally(() => (input.value = ''));
            }}
          />
        </label>
        <p class="muted small">{i18n.t('teamReport.page.privacy')}</p>
        {notes.length > 0 && (
          <ul class="notes" data-testid="team-notes">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {rejected.length > 0 && (
          <ul class="errors" data-testid="team-errors" role="alert">
            {rejected.map((r, k) => (
              <li key={`${r.name}-${k}`} data-testid="team-error">
                {i18n.t('teamReport.page.rejected', { name: r.name })}
                {r.issues.map((issue) => `${issue.path ? `${issue.path}：` : ''}${issue.message}`).join('；')}
              </li>
            ))}
          </ul>
        )}
        {files.length > 0 && (
          <p class="muted small" data-testid="team-file-count">
            {i18n.t('teamReport.page.imported', { n: files.length })}{' '}
            <button type="button" class="btn btn--link" data-testid="team-clear" onClick={() => (setFiles([]), setRejected([]), setNotes([]))}>
              {i18n.t('teamReport.page.clear')}
            </button>
          </p>
        )}
      </section>

      {report && (
        <div data-testid="team-report" data-shop={report.shop.id} data-agents={report.agents.length}>
          <div class="toolbar">
            {reports.length > 1 && (
              <label>
                {i18n.t('teamReport.page.shop')}{' '}
                <select data-testid="team-shop" value={report.shop.id} onChange={(e) => setShopId((e.target as HTMLSelectElement).value)}>
                  {reports.map((r) => (
                    <option key={r.shop.id} value={r.shop.id}>
                      {r.shop.name ? `${r.shop.name}（${r.shop.id}）` : r.shop.id}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <strong>{report.shop.name ?? report.shop.id}</strong>
            <span class="muted">{i18n.t('teamReport.page.agentsFound', { n: report.agents.length })}</span>
            {report.expectedAgents > report.agents.length && (
              <span class="hint" data-testid="team-expected">
                {i18n.t('teamReport.page.expected', { n: report.expectedAgents, found: report.agents.length })}
              </span>
            )}
            <button
              type="button"
              class="btn"
              data-testid="team-csv"
              onClick={() => deps.download({ filename: `kefu-guard-team-report-${deps.today}.csv`, mime: 'text/csv;charset=utf-8', body: teamReportCsv(reports) })}
            >
              {i18n.t('teamReport.page.csv')}
            </button>
          </div>
          <p class="estimate muted small">{i18n.t('teamReport.page.estimate')}</p>
          <Signup report={report} today={deps.today} />
          <ShopDays report={report} official={deps.official?.[report.shop.id]} />
          {reportDay && <Agents report={report} day={reportDay} setDay={setDay} />}
        </div>
      )}
    </main>
  );
}
