/**
 * Effective settings = defaults, overlaid by the user's (or imported team)
 * settings, overlaid by enterprise policy (storage.managed), which wins and
 * is reported as locked. Arrays and scalars replace; objects merge by key.
 */
import { isPlain, type Plain } from './paths';
import { DEFAULT_SETTINGS, type Settings } from './types';

/**
 * Overlays `over` on `base`, keeping only keys `base` knows and values of the
 * same shape (a stray string where a number belongs is ignored, not merged),
 * and collects the dotted paths taken from `over`.
 */
function overlay(base: unknown, over: unknown, path: string, taken: string[]): unknown {
  if (isPlain(base)) {
    if (!isPlain(over)) return base;
    const out: Plain = {};
    for (const key of Object.keys(base)) {
      out[key] = key in over ? overlay(base[key], over[key], path ? `${path}.${key}` : key, taken) : base[key];
    }
    return out;
  }
  const sameShape =
    Array.isArray(base) ? Array.isArray(over) && over.every((v) => typeof v === typeof base[0] || base.length === 0) : typeof over === typeof base;
  if (!sameShape) return base;
  taken.push(path);
  return over;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Dotted paths set by enterprise policy: shown as locked, not editable. */
  locked: string[];
}

export function mergeSettings(user: unknown, managed: unknown, defaults: Settings = DEFAULT_SETTINGS): EffectiveSettings {
  const ignored: string[] = [];
  const withUser = overlay(defaults, user ?? {}, '', ignored) as Settings;
  const locked: string[] = [];
  const settings = overlay(withUser, managed ?? {}, '', locked) as Settings;
  return { settings: { ...settings, version: defaults.version }, locked: locked.filter((p) => p !== 'version') };
}
