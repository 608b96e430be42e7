import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { PopupApp, type PopupDeps } from '@/components/popup/PopupApp';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { pageClock } from '@/lib/ui/page-clock';
import { sendRequest } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/load';
import { BOARD_SYNC_STATE_KEY, pausedReason } from '@/lib/team/board/sync-state';
import '@/components/popup/popup.css';

// The worker's platform-corrected clock: waits the chat page stamped are measured on the same clock.
const clock = pageClock(browser.storage.session);

// Wiring only: one summary/get round trip and the effective settings, in parallel.
const deps: PopupDeps = {
  async load(account) {
    const [summary, effective] = await Promise.all([
      sendRequest(browser.runtime, { type: 'summary/get', account }),
      loadSettings(),
    ]);
    return { summary, settings: effective.settings };
  },
  exportDaily: (format, account) => sendRequest(browser.runtime, { type: 'export/daily', format, account }),
  download: (file) => downloadText(document, file),
  exportTeamDay: (account) => sendRequest(browser.runtime, { type: 'team/export', account, days: 1 }),
  onOpenTab: (url) => void browser.tabs.create({ url }),
  onOpenOptions: () => void browser.runtime.openOptionsPage(),
  now: clock.now,
  boardPaused: async () => pausedReason((await browser.storage.session.get(BOARD_SYNC_STATE_KEY))[BOARD_SYNC_STATE_KEY]),
};

// The summary request leaves before the first render, so the round trip overlaps mounting.
deps.initial = deps.load();
deps.initial.catch(() => undefined); // shown by PopupApp; this only keeps the console quiet until then
document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('extShortName');
render(<PopupApp {...deps} />, document.getElementById('app')!);
