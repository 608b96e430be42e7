/**
 * The options page's sample check gives the chat guard's verdict (issue 25):
 * for a table of settings (custom words, variants, warn / block / off and
 * 仍然发送 per category) and texts, the page as rendered and the chat guard's
 * decision (shopDecision, with the variants the background makes from the same
 * words) agree on the outcome and on every finding's word, category and action.
 */
import { i18n } from '#i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsDeps } from '@/components/options/OptionsApp';
import { shopDecision } from '@/lib/features/phrase-guard/shop-decision';
import type { GuardDecision } from '@/lib/guard-decision';
import { variantTools } from '@/lib/phrases/variant-tools';
import { shopVariants } from '@/lib/phrases/variants';
import { mergeSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS, type PhraseGuardSettings, type Settings } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

type Guard = Partial<PhraseGuardSettings>;
const withGuard = (g: Guard): Settings => {
  const base = DEFAULT_SETTINGS.phraseGuard;
  return { ...DEFAULT_SETTINGS, phraseGuard: { ...base, ...g, actions: { ...base.actions, ...g.actions }, allowSendAnyway: { ...base.allowSendAnyway, ...g.allowSendAnyway } } };
};

const SETTINGS: Array<[string, Settings]> = [
  ['the defaults', withGuard({})],
  ['custom words and an allowed phrase', withGuard({ customWords: ['秒杀价', '私下退款'], allowList: ['加我微信聊'] })],
  ['custom words on warn, contact on warn, abuse off', withGuard({
    customWords: ['返现', '秒杀价'],
    actions: { ...DEFAULT_SETTINGS.phraseGuard.actions, custom: 'warn', contact: 'warn', abuse: 'off' },
  })],
  ['everything held, 仍然发送 allowed for some', withGuard({
    customWords: ['返现'],
    allowList: ['返现金券'],
    actions: { ...DEFAULT_SETTINGS.phraseGuard.actions, platform: 'block', contact: 'block', custom: 'block', abuse: 'block' },
    allowSendAnyway: { ...DEFAULT_SETTINGS.phraseGuard.allowSendAnyway, custom: true, contact: false, abuse: true, platform: true },
  })],
  ['platform on warn (clear cases raised)', withGuard({ customWords: ['秒杀价'], actions: { ...DEFAULT_SETTINGS.phraseGuard.actions, platform: 'warn', custom: 'off' } })],
];

const TEXTS = [
  '亲，可以秒杀价',
  '亲，可以秒殺價',
  '亲，可以 miaoshajia',
  '亲，可以妙杀价',
  '下单后返现五元',
  '下单后饭现五元',
  '可以fan现吗',
  '这张返现金券可以用',
  '加我微信聊',
  '加我微信聊一下私下退款',
  '你有病吧',
  '去咸鱼找我',
  '这款大件我们走京东快递',
  '您好，请问有什么可以帮您',
  '',
];

function renderOptions(settings: Settings) {
  const deps: OptionsDeps = {
    load: async () => ({ effective: mergeSettings(settings, undefined), storedUser: settings }),
    save: async () => undefined as never,
    importFile: async () => undefined as never,
    download: () => undefined,
    watch: () => () => undefined,
    now: () => new Date('2026-05-12T06:30:00Z'),
  };
  render(<OptionsApp {...deps} />);
}

/** What the options page shows for a decision: its outcome line and each finding's word, category and action. */
function shown(decision: GuardDecision) {
  const outcome = decision.findings.length === 0
    ? 'outcomeClean'
    : decision.hold ? (decision.canOverride ? 'outcomeHoldOverride' : 'outcomeHold') : 'outcomeWarn';
  return {
    outcome: i18n.t(`options.phrases.${outcome}`),
    findings: decision.findings.map((f) => `${f.category} 「${f.match}」 ${i18n.t(`options.phrases.action.${f.action}`)}`),
  };
}

function onPage() {
  const items = [...(screen.queryByTestId('sample-findings')?.querySelectorAll('li') ?? [])];
  return {
    outcome: screen.getByTestId('sample-outcome').textContent,
    findings: items.map((li) => `${li.dataset.category} 「${/「(.*?)」/.exec(li.textContent ?? '')![1]}」 ${li.querySelector('strong')!.textContent}`),
  };
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

describe('the options preview and the chat guard decide alike', () => {
  it.each(SETTINGS)('%s', async (_name, settings) => {
    const effective = mergeSettings(settings, undefined).settings;
    const { customWords, allowList } = effective.phraseGuard;
    const variants = shopVariants(customWords, allowList, variantTools()); // what the background publishes
    const chat = shopDecision(() => effective, () => variants);
    renderOptions(settings);
    await screen.findByTestId('options');
    const sample = screen.getByTestId('sample-input') as HTMLInputElement;
    let flagged = 0;
    for (const text of TEXTS) {
      fireEvent.input(sample, { target: { value: text } });
      const expected = shown(chat(text));
      if (expected.findings.length) flagged++;
      expect(onPage(), text).toEqual(expected);
    }
    expect(flagged).toBeGreaterThan(2); // the table exercises findings, not only clean texts
  });

  it('the variants matter: a homophone of a shop word is held on both sides', async () => {
    const settings = withGuard({ customWords: ['秒杀价'] });
    const variants = shopVariants(['秒杀价'], [], variantTools());
    expect(shopDecision(() => settings, () => variants)('亲，可以妙杀价').hold).toBe(true);
    expect(shopDecision(() => settings, () => null)('亲，可以妙杀价').hold).toBe(false);
    renderOptions(settings);
    await screen.findByTestId('options');
    fireEvent.input(screen.getByTestId('sample-input'), { target: { value: '亲，可以妙杀价' } });
    expect(screen.getByTestId('sample-outcome').textContent).toBe(i18n.t('options.phrases.outcomeHoldOverride'));
  });
});
