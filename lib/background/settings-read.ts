/** How the background reads settings from its storage areas (kept in memory by lib/background/live-settings.ts). */
import type { ReadableArea } from '../storage-area';
import { MANAGED_KEY, SETTINGS_KEY } from '../settings/keys';
import { mergeSettings, type EffectiveSettings } from '../settings/merge';
import type { Settings } from '../settings/types';

/** The key read here, for the test that proves every reader and writer uses one key. */
export { SETTINGS_KEY };

/**
 * The effective settings: the user's over the defaults, enterprise policy
 * (storage.managed 'teamSettings') over both, exactly as the pages and content
 * scripts see them (lib/settings/merge.ts); a stored or policy value that
 * fails the settings schema is ignored, never applied.
 */
export async function readEffectiveSettings(local: ReadableArea, managed?: ReadableArea): Promise<EffectiveSettings> {
  let user: unknown;
  try {
    user = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    console.error('[kefu-guard] could not read settings, using defaults', error);
  }
  let policy: unknown;
  try {
    policy = managed ? (await managed.get(MANAGED_KEY))[MANAGED_KEY] : undefined;
  } catch {
    policy = undefined; // no policy installed (or the area is unsupported)
  }
  return mergeSettings(user, policy);
}

/** The effective settings alone (without what is locked or rejected). */
export async function readSettings(local: ReadableArea, managed?: ReadableArea): Promise<Settings> {
  return (await readEffectiveSettings(local, managed)).settings;
}
