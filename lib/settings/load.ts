/**
 * Reading settings where they live, through WXT's storage: the user's copy in
 * storage.local under 'settings' and the company's policy in storage.managed
 * (Chrome enterprise policy; absent elsewhere). Used by the extension's pages
 * and the background; content scripts read what the background publishes
 * (lib/settings/published.ts), since the checking schema is too big for them.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { mergeSettings, type EffectiveSettings } from './merge';
import { MANAGED_KEY, SETTINGS_KEY } from './keys';
import { boundedPolicyArea } from './policy-read';

export { MANAGED_KEY, SETTINGS_KEY };

/** The user's (or imported team) settings as stored; validated when written. */
const userSettingsItem = storage.defineItem<Record<string, unknown>>(`local:${SETTINGS_KEY}`);
/** The team settings pushed by enterprise policy. */
const managedSettingsItem = storage.defineItem<Record<string, unknown>>(`managed:${MANAGED_KEY}`);

/** Told when the browser's slow first policy answer came and differs from what a read used. */
const lateListeners = new Set<() => void>();

/**
 * The policy as a page reads it: never waiting on the browser's first answer
 * (a page opened in the first seconds after the start may never get one:
 * lib/settings/policy-read.ts). The areas are looked up at each read, so a
 * browser without one fails that read only.
 */
const policyArea = boundedPolicyArea({
  managed: { get: (key) => browser.storage.managed.get(key) },
  session: { get: (key) => browser.storage.session.get(key), set: (items) => browser.storage.session.set(items) },
  onLate: () => lateListeners.forEach((listener) => listener()),
});

async function readManaged(): Promise<unknown> {
  try {
    return (await policyArea.get(MANAGED_KEY))[MANAGED_KEY] ?? {};
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
  lateListeners.add(reload);
  const unwatch = [userSettingsItem.watch(reload), () => void lateListeners.delete(reload)];
  try {
    unwatch.push(managedSettingsItem.watch(reload));
  } catch {
    /* managed storage unsupported: nothing to watch */
  }
  return () => unwatch.forEach((stop) => stop());
}
