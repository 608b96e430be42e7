/**
 * Reading settings where they live, through WXT's storage: the user's copy in
 * storage.local under 'settings' and the company's policy in storage.managed
 * (Chrome enterprise policy; absent elsewhere). Used by the extension's pages
 * and the background; content scripts read what the background publishes
 * (lib/settings/published.ts), since the checking schema is too big for them.
 */
import { storage } from 'wxt/utils/storage';
import { mergeSettings, type EffectiveSettings } from './merge';
import { MANAGED_KEY, SETTINGS_KEY } from './keys';

export { MANAGED_KEY, SETTINGS_KEY };

/** The user's (or imported team) settings as stored; validated when written. */
const userSettingsItem = storage.defineItem<Record<string, unknown>>(`local:${SETTINGS_KEY}`);
/** The team settings pushed by enterprise policy. */
const managedSettingsItem = storage.defineItem<Record<string, unknown>>(`managed:${MANAGED_KEY}`);

async function readManaged(): Promise<unknown> {
  try {
    return (await managedSettingsItem.getValue()) ?? {};
  } catch {
    return {}; // no policy, or managed storage unsupported (e.g. Firefox without policy)
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([userSettingsItem.getValue(), readManaged()]);
  return mergeSettings(local, managed);
}

/** Calls back with fresh effective settings whenever the user's or the policy's change. */
export function watchSettings(onChange: (settings: EffectiveSettings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = [userSettingsItem.watch(reload)];
  try {
    unwatch.push(managedSettingsItem.watch(reload));
  } catch {
    /* managed storage unsupported: nothing to watch */
  }
  return () => unwatch.forEach((stop) => stop());
}
