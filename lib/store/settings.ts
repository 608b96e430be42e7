/**
 * The one place the background reads settings: `browser.storage.local` key
 * 'settings' merged over DEFAULT_SETTINGS. The settings module (another
 * person's) will replace this body with its validated reader.
 */
import { DEFAULT_SETTINGS } from '../settings/types';
import type { Settings } from '../settings/types';

export const SETTINGS_KEY = 'settings';

/** The part of a storage area that reading needs. */
export interface ReadableArea {
  get(keys: string): Promise<Record<string, unknown>>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored values over defaults, object by object; arrays and scalars replace; wrong types keep the default. */
function mergeOver<T>(defaults: T, stored: unknown): T {
  if (stored === undefined || stored === null) return defaults;
  if (isPlainObject(defaults)) {
    if (!isPlainObject(stored)) return defaults;
    const out: Record<string, unknown> = { ...defaults };
    for (const [k, v] of Object.entries(stored)) out[k] = k in defaults ? mergeOver((defaults as Record<string, unknown>)[k], v) : v;
    return out as T;
  }
  if (Array.isArray(defaults)) return (Array.isArray(stored) ? stored : defaults) as T;
  return (typeof stored === typeof defaults ? stored : defaults) as T;
}

/** The effective settings. */
export async function readSettings(local: ReadableArea): Promise<Settings> {
  try {
    return mergeOver(DEFAULT_SETTINGS, (await local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch (error) {
    console.error('[kefu-guard] could not read settings, using defaults', error);
    return DEFAULT_SETTINGS;
  }
}
