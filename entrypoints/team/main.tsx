import { render } from 'preact';
import { i18n } from '#i18n';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { TeamApp } from '@/components/team/TeamApp';
import { TeamTabs } from '@/components/team/board/TeamTabs';
import { LiveTab } from '@/components/team/board/LiveTab';
import { beijingDay } from '@/lib/clock';
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
// Rendered again when the settings change, so the verdict follows the signup rule as the popup's does.
const show = (settings: Settings) =>
  void official.then(({ shops, agents }) => {
    const common = { today: beijingDay(Date.now()), window: settings.replyTimer.countedWindow, expectedAgents: settings.team.agentCount };
    const rule = signupRuleOf(settings.signup);
    render(
      <TeamTabs
        initial={location.hash === '#live' ? 'live' : 'files'}
        files={<TeamApp {...common} rule={rule} teamSecret={settings.team.shopSecret} savedArea={browser.storage.local} download={(file) => downloadText(document, file)} official={shops} officialAgents={agents} importer={importer} />}
        // The live board (issue 24): PouchDB is a chunk of its own, fetched only when this tab opens with the board on.
        live={() => <LiveTab {...common} rule={rule} official={shops} board={settings.board} loadPouch={() => import('pouchdb-browser').then((m) => m.default)} />}
      />,
      document.getElementById('app')!,
    );
  });
void loadSettings().then(({ settings }) => show(settings));
watchSettings(({ settings }) => show(settings));
