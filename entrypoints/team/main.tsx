import { render } from 'preact';
import { i18n } from '#i18n';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { TeamApp } from '@/components/team/TeamApp';
import { TeamTabs } from '@/components/team/board/TeamTabs';
import { LiveTab } from '@/components/team/board/LiveTab';
import { beijingDay } from '@/lib/clock';
import { sendRequest } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/load';
import '@/components/team/team.css';

// Wiring only: the settings give the required rate, the counted window and the team's agent count;
// the background gives the platform's figures of the shops this browser saw on the 客服数据 pages.
document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('teamReport.page.title');
void Promise.all([loadSettings(), sendRequest(browser.runtime, { type: 'official/shop-days' }).catch(() => ({ shops: {} }))]).then(([{ settings }, official]) => {
  const common = { today: beijingDay(Date.now()), requiredRate: settings.targets.rate1h, window: settings.replyTimer.countedWindow, expectedAgents: settings.team.agentCount };
  render(
    <TeamTabs
      initial={location.hash === '#live' ? 'live' : 'files'}
      files={<TeamApp {...common} download={(file) => downloadText(document, file)} official={official.shops} />}
      // The live board (issue 24): PouchDB is a chunk of its own, fetched only when this tab opens with the board on.
      live={() => <LiveTab {...common} board={settings.board} loadPouch={() => import('pouchdb-browser').then((m) => m.default)} />}
    />,
    document.getElementById('app')!,
  );
});
