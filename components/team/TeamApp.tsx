/**
 * 团队报表 (Team page): the owner imports every agent's team day files and
 * sees the shop's figures. Each file is checked on its own; the merge is
 * lib/team/merge.ts (dayMetrics over the union of events, never averages).
 * The page's sections are beside it: FileDrop, Signup, ShopDays, Agents.
 */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BeijingDay, CountedWindow } from '@/lib/clock';
import { teamReportCsv } from '@/lib/team/csv';
import type { ShopReport } from '@/lib/team/merge';
import type { TeamImporter } from '@/lib/team/worker-link';
import type { SignupRule } from '@/lib/signup-rules';
import type { OfficialAgentDays } from '@/lib/official-agents';
import { Agents } from './Agents';
import { FileDrop } from './FileDrop';
import { ShopDays, type OfficialDay } from './ShopDays';
import { Signup } from './Signup';
import { useTeamImport } from './useTeamImport';
import { SavedFiles } from './SavedFiles';
import type { SavedFilesArea } from '@/lib/team/saved-files';

export interface TeamDeps {
  today: BeijingDay;
  /** The signup rule of the settings (lib/signup-rules.ts), the same the popup checks. */
  rule: SignupRule;
  window: CountedWindow;
  /** Agents of the shop per team settings (0 = not set). */
  expectedAgents: number;
  download(file: { filename: string; mime: string; body: string }): void;
  /** Official figures by shop id and day (absent: the column is not shown). */
  official?: Record<string, Record<BeijingDay, OfficialDay>>;
  /** The platform's per-agent figures (客服绩效) by shop id, day and agent name (issue 23 item 5). */
  officialAgents?: Record<string, OfficialAgentDays>;
  /** Where files are read, checked and merged: the page's Web Worker (absent: on the page's thread). */
  importer?: TeamImporter;
  /** This browser's shop secret, the team's key: a file hashed with another is named (issue 23 item 5). */
  teamSecret?: string;
  /** Where imported files are remembered (storage.local; absent: nothing is kept, issue 23 item 6). */
  savedArea?: SavedFilesArea;
}

/** The report's head: which shop (when several), how many agents, the CSV of every shop. */
function ReportToolbar({ reports, report, setShopId, onCsv }: { reports: ShopReport[]; report: ShopReport; setShopId: (id: string) => void; onCsv: () => void }) {
  return (
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
      <button type="button" class="btn" data-testid="team-csv" onClick={onCsv}>
        {i18n.t('teamReport.page.csv')}
      </button>
    </div>
  );
}

/** The Team page. */
export function TeamApp(deps: TeamDeps) {
  const { fileCount, reports, rejected, notes, conflicts, progress, saved, importList, remove, clear } = useTeamImport(
    { today: deps.today, window: deps.window, expectedAgents: deps.expectedAgents, teamSecret: deps.teamSecret },
    deps.importer,
    deps.savedArea,
  );
  const [shopId, setShopId] = useState<string | null>(null);
  const [day, setDay] = useState<BeijingDay | null>(null);

  const report = reports.find((r) => r.shop.id === shopId) ?? reports[0] ?? null;
  const reportDay = report && day && report.days.includes(day) ? day : (report?.days.filter((d) => d < deps.today).at(-1) ?? report?.days.at(-1) ?? null);

  const csv = () => deps.download({ filename: `kefu-guard-team-report-${deps.today}.csv`, mime: 'text/csv;charset=utf-8', body: teamReportCsv(reports) });

  return (
    <main class="team" data-testid="team-page" data-files={fileCount} data-shops={reports.length} data-today={deps.today}>
      <header class="page-head">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <div>
          <h1>{i18n.t('teamReport.page.title')}</h1>
          <p class="muted">{i18n.t('teamReport.page.subtitle')}</p>
        </div>
      </header>
      <FileDrop files={fileCount} notes={notes} rejected={rejected} conflicts={conflicts} progress={progress} onImport={importList} onClear={clear} />
      <SavedFiles saved={saved} report={report} today={deps.today} onRemove={(i) => void remove(i)} />
      {report && (
        <div data-testid="team-report" data-shop={report.shop.id} data-agents={report.agents.length}>
          <ReportToolbar reports={reports} report={report} setShopId={setShopId} onCsv={csv} />
          <p class="estimate muted small">{i18n.t('teamReport.page.estimate')}</p>
          <Signup report={report} today={deps.today} rule={deps.rule} official={deps.official?.[report.shop.id]} />
          <ShopDays report={report} official={deps.official?.[report.shop.id]} />
          {reportDay && <Agents report={report} day={reportDay} setDay={setDay} official={deps.officialAgents?.[report.shop.id]} />}
        </div>
      )}
    </main>
  );
}
