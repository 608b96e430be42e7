/**
 * Reading settings where they live, through WXT's storage: the user's copy in
 * storage.local under 'settings' and the company's policy in storage.managed
 * (Chrome enterprise policy; absent elsewhere). Used by content scripts and
 * pages; the background reads the same keys (lib/store/settings.ts).
 */
import { storage } from 'wxt/utils/storage';
import { mergeSettings, type EffectiveSettings } from './merge';
import { MANAGED_KEY, SETTINGS_KEY } from './keys';

export { MANAGED_KEY, SETTINGS_KEY };

/** The user's (or imported team) settings as stored; validated when written. */
export const userSettingsItem = storage.defineItem<Record<string, unknown>>(`local:${SETTINGS_KEY}`);
/** The team settings pushed by enterprise policy. */
export const managedSettingsItem = storage.defineItem<Record<string, unknown>>(`managed:${MANAGED_KEY}`);

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

/** How long an overlay waits for the settings before starting with the defaults. */
export const SETTINGS_WAIT_MS = 500;

/**
 * The effective settings, or the defaults when reading takes longer than
 * `waitMs`: right after the browser starts, Chrome answers storage.managed
 * only once enterprise policy has loaded (about 3 s here), and an overlay
 * must not stay off meanwhile. `onLate` gets the settings when they arrive.
 */
export async function loadSettingsWithin(onLate: (settings: EffectiveSettings) => void, waitMs = SETTINGS_WAIT_MS): Promise<EffectiveSettings> {
  let settled = false;
  const loading = loadSettings().then(
    (effective) => {
      if (settled) onLate(effective);
      return effective;
    },
    (error: unknown) => {
      console.warn('[kefu-guard] settings unreadable, using defaults', error);
      return mergeSettings(undefined, undefined);
    },
  );
  const fallback = new Promise<EffectiveSettings>((resolve) => setTimeout(() => resolve(mergeSettings(undefined, undefined)), waitMs));
  const first = await Promise.race([loading, fallback]);
  settled = true;
  return first;
}
