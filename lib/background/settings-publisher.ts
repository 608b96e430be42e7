/**
 * Background: merges and checks the user's and the policy's settings
 * (mergeSettings, with the schema) and publishes the result for the content
 * scripts (lib/settings/published.ts), which cannot afford the schema's code.
 * Written only when it changed, so a watch does not fire for nothing.
 */
import type { EffectiveSettings } from '../settings/merge';
import { publishedSettingsItem } from '../settings/published';
import type { LiveSettings } from './live-settings';

/** Writes `effective` unless the same is published already; true when written. */
export async function publishSettings(
  effective: EffectiveSettings,
  item: Pick<typeof publishedSettingsItem, 'getValue' | 'setValue'> = publishedSettingsItem,
): Promise<boolean> {
  // The live board's password stays in the background: content scripts never need it.
  const next = { settings: { ...effective.settings, board: { ...effective.settings.board, password: '' } }, locked: effective.locked };
  if (JSON.stringify(await item.getValue()) === JSON.stringify(next)) return false;
  await item.setValue(next);
  return true;
}

/** Publishes now and after every change of the user's or the policy's settings (told by the worker's one LiveSettings). */
export function startSettingsPublisher(live: Pick<LiveSettings, 'effective' | 'onChange'>): void {
  const run = (effective: EffectiveSettings) => void publishSettings(effective).catch((error: unknown) => console.warn('[kefu-guard] settings not published', error));
  void live.effective().then(run, (error: unknown) => console.warn('[kefu-guard] settings unreadable', error));
  live.onChange((_settings, _previous, effective) => run(effective));
}
