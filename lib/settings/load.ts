/**
 * Reading settings where they live: the user's copy in storage.local under
 * 'settings' and the company's policy in storage.managed (Chrome enterprise
 * policy; absent elsewhere). Used by content scripts, pages and background.
 */
import { browser } from 'wxt/browser';
import { mergeSettings, type EffectiveSettings } from './merge';

import { MANAGED_KEY, SETTINGS_KEY } from './keys';

export { MANAGED_KEY, SETTINGS_KEY };

async function readManaged(): Promise<unknown> {
  try {
    const policy = await browser.storage.managed.get(MANAGED_KEY);
    return policy?.[MANAGED_KEY] ?? {};
  } catch {
    return {}; // no policy, or managed storage unsupported (e.g. Firefox without policy)
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), readManaged()]);
  return mergeSettings(local?.[SETTINGS_KEY], managed);
}

/** Calls back with fresh effective settings whenever the user's or the policy's change. */
export function watchSettings(onChange: (settings: EffectiveSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
