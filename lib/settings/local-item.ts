/**
 * One value in storage.local, read, written and watched: the part of WXT's
 * storage items the content scripts need, without its ~8 KB of code (the chat
 * script has a 40 KB budget, issue 5). Missing values read as null, as WXT's do.
 */
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  getValue(): Promise<T | null>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value (null when removed) whenever it changes; returns a stop. */
  watch(onChange: (value: T | null) => void): () => void;
}

export function localItem<T>(key: string): LocalItem<T> {
  return {
    async getValue() {
      const stored = (await browser.storage.local.get(key))[key];
      return stored === undefined ? null : (stored as T);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange((changes[key]!.newValue ?? null) as T | null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
