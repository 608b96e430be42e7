/**
 * Writing the user's settings (storage.local 'settings'): always the whole,
 * validated object, so every reader sees a complete, consistent copy. Fields
 * locked by enterprise policy keep the user's own earlier value: the policy
 * already wins when settings are merged, and if it is lifted the user gets
 * back what they had, not the administrator's value.
 */
import { SETTINGS_KEY } from './keys';
import { mergeSettings } from './merge';
import { copyLockedFields } from './paths';
import { validateSettings, type SettingsIssue } from './schema';
import { parseTeamFile } from './team-file';
import type { Settings } from './types';

export { SETTINGS_KEY };

/** The part of a storage area saving needs (browser.storage.local or a fake). */
export interface WritableArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What to store for an edited settings object: `edited`, with locked fields taken from the stored user settings. */
export function settingsToSave(edited: Settings, locked: readonly string[], storedUser: unknown): Settings {
  if (locked.length === 0) return edited;
  return copyLockedFields(edited, mergeSettings(storedUser, undefined).settings, locked);
}

export type SaveResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** Validates and stores the user's settings; stores nothing when invalid. */
export async function saveUserSettings(area: WritableArea, edited: Settings, locked: readonly string[] = []): Promise<SaveResult> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const checked = validateSettings(settingsToSave(edited, locked, stored));
  if (!checked.ok) return checked;
  await area.set({ [SETTINGS_KEY]: checked.settings });
  return checked;
}

/**
 * Imports a team settings file into the user's settings: all of it, or
 * nothing with the reasons. A partial file is laid over the user's current
 * settings; fields locked by enterprise policy keep the user's own value,
 * as saving does (the policy wins anyway while it is set).
 */
export async function importTeamFile(area: WritableArea, text: string, locked: readonly string[] = []): Promise<SaveResult> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const current = mergeSettings(stored, undefined).settings;
  const parsed = parseTeamFile(text, { current });
  if (!parsed.ok) return parsed;
  const checked = validateSettings(settingsToSave(parsed.settings, locked, stored));
  if (!checked.ok) return checked;
  await area.set({ [SETTINGS_KEY]: checked.settings });
  return checked;
}
