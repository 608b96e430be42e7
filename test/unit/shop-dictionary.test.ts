import { describe, expect, it } from 'vitest';
import { variantTools } from '@/lib/phrases/variant-tools';
import { shopVariants } from '@/lib/phrases/variants';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { decideText, shopDictionary, shopDictionaryKey } from '@/lib/shop-dictionary';

const guard = (customWords: string[], allowList: string[] = []) => ({ ...DEFAULT_SETTINGS.phraseGuard, customWords, allowList });

describe('the shop dictionary', () => {
  it('takes the variants made from the same words, and ignores those made from older words', () => {
    const now = guard(['秒杀价']);
    const fresh = shopVariants(['秒杀价'], [], variantTools());
    const stale = shopVariants(['返现'], [], variantTools());
    expect(decideText('可以妙杀价', now, shopDictionary(now, fresh)).hold).toBe(true);
    expect(decideText('可以妙杀价', now, shopDictionary(now, null)).hold).toBe(false);
    expect(decideText('下单饭现', now, shopDictionary(now, stale)).hold).toBe(false);
    expect(shopDictionaryKey(now, stale)).toBe(shopDictionaryKey(now, null));
    expect(shopDictionaryKey(now, fresh)).not.toBe(shopDictionaryKey(now, null));
  });

  it('collects the words let through when asked', () => {
    const now = guard([], ['加我微信聊']);
    const passed: Parameters<typeof decideText>[3] = [];
    expect(decideText('加我微信聊', now, shopDictionary(now, null), passed).findings).toEqual([]);
    expect(passed!.length).toBeGreaterThan(0);
  });
});
