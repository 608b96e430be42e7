/**
 * Background: keeps the variants of the shop's words in step with the
 * settings (issue #16). Made here because the OpenCC and pinyin data are too
 * big for the chat content script; written only when the words change.
 */
import { variantTools } from '../phrases/variant-tools';
import { shopVariants, variantsSource } from '../phrases/variants';
import { loadSettings, watchSettings } from '../settings/load';
import type { EffectiveSettings } from '../settings/merge';
import { phraseVariantsItem, validVariants } from './phrase-variants';

async function write({ settings }: EffectiveSettings): Promise<void> {
  const { customWords, allowList } = settings.phraseGuard;
  const current = validVariants(await phraseVariantsItem.getValue());
  if (current?.source === variantsSource(customWords, allowList)) return;
  await phraseVariantsItem.setValue(shopVariants(customWords, allowList, variantTools()));
}

export function startVariantWriter(): void {
  const run = (s: EffectiveSettings) => void write(s).catch((error) => console.warn('[kefu-guard] phrase variants not written', error));
  void loadSettings().then(run);
  watchSettings(run);
}
