import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { lang } from '@/lib/ui/lang';
import { CHAT_URL } from '@/components/pages/urls';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { loadSettings } from '@/lib/settings/load';
import { importTeamFile } from '@/lib/settings/save';
import '@/components/welcome/welcome.css';

document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('welcome.title');
render(
  <WelcomeApp
    openChat={() => void browser.tabs.create({ url: CHAT_URL })}
    openOptions={() => void browser.runtime.openOptionsPage()}
    importFile={async (text) => importTeamFile(browser.storage.local, text, (await loadSettings()).locked)}
  />,
  document.getElementById('app')!,
);
