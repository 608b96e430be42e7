/**
 * The background's settings, kept in memory (issue 13): read from storage
 * once, then re-read only after storage.onChanged says the user's copy or the
 * policy changed, not on every batch. A stopped worker starts empty and reads
 * again on its first request, so nothing here outlives what storage holds.
 * The one way the worker reads settings (issue 25): the request handlers, the
 * lifecycle, the notifier, the publisher and the phrase variants writer all
 * follow this one object and its change events.
 */
import { MANAGED_KEY, SETTINGS_KEY } from '../settings/keys';
import type { EffectiveSettings } from '../settings/merge';
import type { Settings } from '../settings/types';

/** Whether a storage.onChanged event is about the settings: the user's copy in local, the policy in managed. */
export function isSettingsChange(changes: Record<string, unknown>, areaName: string): boolean {
  return (areaName === 'local' && SETTINGS_KEY in changes) || (areaName === 'managed' && MANAGED_KEY in changes);
}

/** Hears each change: the new settings, the ones held before (when any), and the new ones with what is locked by policy. */
export type SettingsListener = (settings: Settings, previous: Settings | null, effective: EffectiveSettings) => void | Promise<void>;

/** The effective settings in memory, re-read after a change. */
export class LiveSettings {
  private current: Promise<EffectiveSettings> | null = null;
  private last: Settings | null = null;
  private readonly listeners: SettingsListener[] = [];

  constructor(private readonly read: () => Promise<EffectiveSettings>) {}

  /** The settings: from memory, or read once when none are held (first use, or after a change). */
  async get(): Promise<Settings> {
    return (await this.effective()).settings;
  }

  /** The settings with what the policy locks (what the content scripts are given). */
  effective(): Promise<EffectiveSettings> {
    this.current ??= this.read().then((effective) => {
      this.last = effective.settings;
      return effective;
    });
    return this.current;
  }

  /** Calls `listener` with the new settings after each change (and the ones held before, when any). */
  onChange(listener: SettingsListener): void {
    this.listeners.push(listener);
  }

  /** Storage changed: forget what is held, read again, tell the listeners. */
  async changed(): Promise<Settings> {
    const previous = this.last;
    this.current = null;
    const effective = await this.effective();
    const settings = effective.settings;
    for (const listener of this.listeners) {
      try {
        await listener(settings, previous, effective);
      } catch (error) {
        console.warn('[kefu-guard] settings listener failed', error);
      }
    }
    return settings;
  }
}
