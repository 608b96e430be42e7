/**
 * Background: keeps the variants of the shop's words in step with the
 * settings (issue #16). Made here because the character table and pinyin data
 * are too big for the chat content script; written only when the words change.
 */
import { traditionalPairs, variantTools } from '../phrases/variant-tools';
import { shopVariants, variantsSource } from '../phrases/variants';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { EffectiveSettings } from '../settings/merge';
import { phraseFoldItem, phraseVariantsItem, validVariants } from '../settings/phrase-variants';
import type { LiveSettings } from './live-settings';

async function write({ settings }: EffectiveSettings): Promise<void> {
  const { customWords, allowList } = settings.phraseGuard;
  const current = validVariants(await phraseVariantsItem.getValue());
  if (current?.source === variantsSource(customWords, allowList)) return;
  await phraseVariantsItem.setValue(shopVariants(customWords, allowList, variantTools()));
}

/** The fold table, written once (it depends only on trad-table.ts shipped with this version). */
async function writeFold(): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const stored = await phraseFoldVersion.getValue();
  if (stored === version && (await phraseFoldItem.getValue())) return;
  await phraseFoldItem.setValue(traditionalPairs());
  await phraseFoldVersion.setValue(version);
}
const phraseFoldVersion = storage.defineItem<string>('local:phraseFoldVersion');

/**
 * Writes the fold table once and the variants now and after every change of the settings (the worker's one
 * LiveSettings). One write at a time, each from the settings held when it starts: two writes racing (the start's,
 * from settings read before a change, and the change's) could store the older words' variants last.
 */
export function startVariantWriter(live: Pick<LiveSettings, 'effective' | 'onChange'>): Promise<void> {
  void writeFold().catch((error) => console.warn('[kefu-guard] phrase fold table not written', error));
  let chain = Promise.resolve();
  const run = () =>
    (chain = chain.then(() => live.effective().then(write)).catch((error: unknown) => console.warn('[kefu-guard] phrase variants not written', error)));
  live.onChange(() => void run());
  return run();
}
