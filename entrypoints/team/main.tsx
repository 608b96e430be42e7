import { render } from 'preact';
import { i18n } from '#i18n';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { TeamApp } from '@/components/team/TeamApp';
import { beijingDay } from '@/lib/clock';
import { sendRequest } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/load';
import { workerImporter } from '@/lib/team/worker-link';
import '@/components/team/team.css';

// Wiring only: the settings give the required rate, the counted window and the team's agent count;
// the background gives the platform's figures of the shops this browser saw on the 客服数据 pages;
// files are read, checked and merged in a Web Worker (merge.worker.ts), off the page's thread.
document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('teamReport.page.title');
void Promise.all([loadSettings(), sendRequest(browser.runtime, { type: 'official/shop-days' }).catch(() => ({ shops: {} }))]).then(([{ settings }, official]) => {
  render(
    <TeamApp
      today={beijingDay(Date.now())}
      requiredRate={settings.targets.rate1h}
      window={settings.replyTimer.countedWindow}
      expectedAgents={settings.team.agentCount}
      download={(file) => downloadText(document, file)}
      official={official.shops}
      importer={workerImporter(new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' }))}
    />,
    document.getElementById('app')!,
  );
});
