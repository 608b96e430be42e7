import { render } from 'preact';
import { i18n } from '#i18n';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { TeamApp } from '@/components/team/TeamApp';
import { TeamTabs } from '@/components/team/board/TeamTabs';
import { LiveTab } from '@/components/team/board/LiveTab';
import { useToday } from '@/components/pages/use-today';
import { pageClock } from '@/lib/ui/page-clock';
import { sendRequest } from '@/lib/messages';
import { loadSettings, watchSettings } from '@/lib/settings/load';
import type { Settings } from '@/lib/settings/types';
import { signupRuleOf } from '@/lib/signup-rules';
import { workerImporter } from '@/lib/team/worker-link';
import '@/components/team/team.css';

// Wiring only: the settings give the required rate, the counted window and the team's agent count;
// the background gives the platform's figures of the shops this browser saw on the 客服数据 pages;
// files are read, checked and merged in a Web Worker (merge.worker.ts), off the page's thread.
document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('teamReport.page.title');
const official = sendRequest(browser.runtime, { type: 'official/shop-days' }).catch(() => ({ shops: {}, agents: {} }));
const importer = workerImporter(new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' }));
// The worker's clock (platform-corrected): today, and so the verdict, is the popup's even when the computer's clock is wrong.
const clock = pageClock(browser.storage.session);
type Official = Awaited<typeof official>;

function TeamPage({ settings, shops, agents }: { settings: Settings } & Official) {
  const common = { today: useToday(clock), window: settings.replyTimer.countedWindow, expectedAgents: settings.team.agentCount };
  const rule = signupRuleOf(settings.signup);
  return (
    <TeamTabs
      initial={location.hash === '#live' ? 'live' : 'files'}
      files={<TeamApp {...common} rule={rule} teamSecret={settings.team.shopSecret} savedArea={browser.storage.local} download={(file) => downloadText(document, file)} official={shops} officialAgents={agents} importer={importer} />}
      // The live board (issue 24): PouchDB is a chunk of its own, fetched only when this tab opens with the board on.
      live={() => <LiveTab {...common} now={clock.now} rule={rule} official={shops} board={settings.board} loadPouch={() => import('pouchdb-browser').then((m) => m.default)} />}
    />
  );
}

// Rendered again when the settings change, so the verdict follows the signup rule as the popup's does.
const show = (settings: Settings) =>
  void Promise.all([official, clock.ready]).then(([{ shops, agents }]) => render(<TeamPage settings={settings} shops={shops} agents={agents} />, document.getElementById('app')!));
void loadSettings().then(({ settings }) => show(settings));
watchSettings(({ settings }) => show(settings));
