/**
 * Writing the user's settings (storage.local 'settings'): always the whole,
 * validated object, so every reader sees a complete, consistent copy. Fields
 * locked by enterprise policy keep the user's own earlier value: the policy
 * already wins when settings are merged, and if it is lifted the user gets
 * back what they had, not the administrator's value.
 */
import { SETTINGS_KEY, SETTINGS_LOCK } from './keys';
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

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs a read-modify-write of the stored settings alone. The worker (a new
 * shop secret) and the options and welcome pages (a save, an import) write
 * the same key, each from what it read: one landing between another's read
 * and write undid it (a shop's custom words saved as the worker stored the
 * secret were lost). Web Locks are shared by every page and the worker of
 * the extension's origin; without them (tests), one context's writes queue.
 */
export function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(SETTINGS_LOCK, work).then((done) => done); // request() types the callback's promise as its value
  const run = chain.then(work, work);
  chain = run.catch(() => undefined);
  return run;
}

/** The stored user settings (defaults for what is missing). */
async function readUser(area: WritableArea): Promise<{ stored: unknown; user: Settings }> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return { stored, user: mergeSettings(stored, undefined).settings };
}

async function write(area: WritableArea, settings: Settings): Promise<SaveResult> {
  const checked = validateSettings(settings);
  if (!checked.ok) return checked;
  await area.set({ [SETTINGS_KEY]: checked.settings });
  return checked;
}

/**
 * Validates and stores the user's settings; stores nothing when invalid. An
 * edit whose shop secret is blank keeps the stored one: the page read its
 * copy before the worker made the secret (a blank one is never kept: the
 * worker makes another at once, and ids would hash differently).
 */
export function saveUserSettings(area: WritableArea, edited: Settings, locked: readonly string[] = []): Promise<SaveResult> {
  return exclusively(async () => {
    const { stored, user } = await readUser(area);
    const kept = edited.team.shopSecret.trim() === '' && user.team.shopSecret.trim() !== '' ? { ...edited, team: { ...edited.team, shopSecret: user.team.shopSecret } } : edited;
    return write(area, settingsToSave(kept, locked, stored));
  });
}

/** Changes the stored user settings as `change` says from what is stored now (null: nothing to change). */
export function updateUserSettings(area: WritableArea, change: (user: Settings) => Settings | null): Promise<SaveResult | null> {
  return exclusively(async () => {
    const changed = change((await readUser(area)).user);
    return changed && write(area, changed);
  });
}

/**
 * Imports a team settings file into the user's settings: all of it, or
 * nothing with the reasons. A partial file is laid over the user's current
 * settings; fields locked by enterprise policy keep the user's own value,
 * as saving does (the policy wins anyway while it is set).
 */
export function importTeamFile(area: WritableArea, text: string, locked: readonly string[] = []): Promise<SaveResult> {
  return exclusively(async () => {
    const { stored, user } = await readUser(area);
    const parsed = parseTeamFile(text, { current: user });
    if (!parsed.ok) return parsed;
    return write(area, settingsToSave(parsed.settings, locked, stored));
  });
}
