import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { OptionsApp, type OptionsDeps } from '@/components/options/OptionsApp';
import { downloadText } from '@/components/pages/download';
import { lang } from '@/lib/ui/lang';
import { systemClock } from '@/lib/clock';
import { sendRequest } from '@/lib/messages';
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { loadSettings, watchSettings } from '@/lib/settings/load';
import { importTeamFile, saveUserSettings, SETTINGS_KEY } from '@/lib/settings/save';
import '@/components/options/options.css';

// The live checker folds traditional characters as the chat does: with the complete table (trad-table.ts).
addTraditionalPairs(traditionalPairs());

// Wiring only: storage.local for the user's settings, storage.managed (via loadSettings) for policy.
const deps: OptionsDeps = {
  async load() {
    const [stored, effective] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), loadSettings()]);
    return { effective, storedUser: stored[SETTINGS_KEY] };
  },
  save: (edited, locked) => saveUserSettings(browser.storage.local, edited, locked),
  importFile: (text, locked) => importTeamFile(browser.storage.local, text, locked),
  download: (file) => downloadText(document, file),
  watch: (onChange) => watchSettings(() => onChange()),
  now: () => new Date(systemClock.now()),
  calibration: () => sendRequest(browser.runtime, { type: 'official/calibration' }),
  exportTeamDay: () => sendRequest(browser.runtime, { type: 'team/export' }),
  board: { requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }) },
  diagnostics: async (clear) => (await sendRequest(browser.runtime, { type: 'diagnostics/list', clear })).entries,
};

document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('options.title');
render(<OptionsApp {...deps} />, document.getElementById('app')!);
