/**
 * The effective settings as the background published them, for the content
 * scripts. Checking settings takes the zod schema (lib/settings/schema.ts),
 * which alone is far over the chat script's 40 KB budget (issue 5); so the
 * background merges and checks the user's and the policy's values
 * (lib/background/settings-publisher.ts) and writes the result under PUBLISHED_KEY, and a
 * content script only reads it. Only extension code can write
 * storage.local; still, what is read is laid over the defaults by shape, so a
 * copy from an older version (a field added since) never leaves a feature
 * without a value.
 */
import { localItem } from './local-item';
import { PUBLISHED_KEY } from './keys';
import type { EffectiveSettings } from './merge';
import { isPlain } from './paths';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './types';

export const publishedSettingsItem = localItem<unknown>(PUBLISHED_KEY);

/** `value` laid over `defaults` where it has the defaults' shape (same kind of value at each path); the rest stays default. */
export function fillByShape(defaults: unknown, value: unknown): unknown {
  if (isPlain(defaults)) {
    if (!isPlain(value)) return defaults;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(defaults)) out[key] = key in value ? fillByShape(defaults[key], value[key]) : defaults[key];
    return out;
  }
  if (Array.isArray(defaults)) return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : defaults;
  return typeof value === typeof defaults && (typeof value !== 'number' || Number.isFinite(value)) ? value : defaults;
}

const DEFAULTS: EffectiveSettings = { settings: DEFAULT_SETTINGS, locked: [], rejected: [] };

/** What the background published, or the defaults when there is nothing (yet) or it is not of this version. */
export function readPublished(value: unknown): EffectiveSettings {
  if (!isPlain(value) || !isPlain(value.settings) || value.settings.version !== SETTINGS_VERSION) return DEFAULTS;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : []);
  return { settings: fillByShape(DEFAULT_SETTINGS, value.settings) as Settings, locked: strings(value.locked), rejected: [] };
}

/** How long an overlay waits for the settings before starting with the defaults. */
const SETTINGS_WAIT_MS = 500;

/**
 * The published settings, or the defaults when reading takes longer than
 * `waitMs`: an overlay must not stay off meanwhile. `onLate` gets the
 * settings when they arrive.
 */
export async function loadPublishedWithin(onLate: (settings: EffectiveSettings) => void, waitMs = SETTINGS_WAIT_MS): Promise<EffectiveSettings> {
  let settled = false;
  const loading = publishedSettingsItem.getValue().then(
    (value) => {
      const effective = readPublished(value);
      if (settled) onLate(effective);
      return effective;
    },
    (error: unknown) => {
      console.warn('[kefu-guard] settings unreadable, using defaults', error);
      return DEFAULTS;
    },
  );
  const fallback = new Promise<EffectiveSettings>((resolve) => setTimeout(() => resolve(DEFAULTS), waitMs));
  const first = await Promise.race([loading, fallback]);
  settled = true;
  return first;
}

/** Calls back whenever the background publishes new settings. */
export function watchPublished(onChange: (settings: EffectiveSettings) => void): () => void {
  return publishedSettingsItem.watch((value) => onChange(readPublished(value)));
}

/** A content script's live view of the published settings (followPublished). */
export interface FollowedSettings {
  /** The settings now: the defaults until the first arrive. */
  current(): Settings;
  /** Settles once the first settings are in, or after the moment an overlay waits for them. */
  loaded: Promise<void>;
}

/**
 * Holds the published settings for a content script until `lifetime` ends:
 * loaded within a moment (loadPublishedWithin), then every change the
 * background publishes; `onChange` hears each value taken, the first included.
 */
export function followPublished(lifetime: AbortSignal, onChange: (settings: Settings) => void = () => undefined): FollowedSettings {
  let current: Settings = DEFAULT_SETTINGS;
  const take = (next: EffectiveSettings): void => {
    current = next.settings;
    onChange(current);
  };
  const loaded = loadPublishedWithin(take).then(take);
  lifetime.addEventListener('abort', watchPublished(take), { once: true });
  return { current: () => current, loaded };
}
