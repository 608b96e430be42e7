import { render } from 'preact';
import { i18n } from '#i18n';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { TeamApp } from '@/components/team/TeamApp';
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
const official = sendRequest(browser.runtime, { type: 'official/shop-days' }).catch(() => ({ shops: {} }));
const importer = workerImporter(new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' }));
// Rendered again when the settings change, so the verdict follows the signup rule as the popup's does.
const show = (settings: Settings) =>
  void official.then(({ shops }) =>
    render(
      <TeamApp
        today={beijingDay(Date.now())}
        rule={signupRuleOf(settings.signup)}
        window={settings.replyTimer.countedWindow}
        expectedAgents={settings.team.agentCount}
        download={(file) => downloadText(document, file)}
        official={shops}
        importer={importer}
      />,
      document.getElementById('app')!,
    ),
  );
void loadSettings().then(({ settings }) => show(settings));
watchSettings(({ settings }) => show(settings));
