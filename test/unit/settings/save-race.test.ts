/**
 * Two writers of the stored settings at once: the options page saving the
 * shop's custom words while the worker stores a new shop secret. Each reads,
 * then writes the whole object; a write landing between the other's read and
 * write undid it (the custom-word save was lost now and then in e2e). The
 * writes now run one at a time (exclusively: Web Locks in the extension, a
 * queue here), and an edit read before the secret existed keeps it.
 */
import { describe, expect, it } from 'vitest';
import { ensureShopSecret } from '@/lib/background/shop-secret';
import { SETTINGS_KEY } from '@/lib/settings/keys';
import { importTeamFile, saveUserSettings, updateUserSettings, type WritableArea } from '@/lib/settings/save';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

/** A storage area whose reads and writes take a few turns of the event loop, as browser.storage's do. */
function slowArea(): WritableArea & { stored(): Settings; writes: number } {
  let value: unknown;
  const turn = () => new Promise((resolve) => setTimeout(resolve, 1));
  const area = {
    writes: 0,
    async get(key: string) {
      await turn();
      const copy = value === undefined ? undefined : structuredClone(value);
      await turn();
      return key === SETTINGS_KEY && copy !== undefined ? { [key]: copy } : {};
    },
    async set(items: Record<string, unknown>) {
      await turn();
      value = structuredClone(items[SETTINGS_KEY]);
      area.writes++;
    },
    stored: () => value as Settings,
  };
  return area;
}

const withWords = (settings: Settings, words: string[]): Settings => ({ ...settings, phraseGuard: { ...settings.phraseGuard, customWords: words } });
const idKeys = { init: async () => undefined };

describe('writers of the stored settings', () => {
  it('the worker storing a new shop secret does not undo a save of the options page made at the same moment', async () => {
    const area = slowArea();
    const secret = ensureShopSecret(area, DEFAULT_SETTINGS, idKeys);
    const save = saveUserSettings(area, withWords(DEFAULT_SETTINGS, ['私下退款']));
    const [made, saved] = await Promise.all([secret, save]);
    expect(saved.ok).toBe(true);
    expect(made).toMatch(/^[0-9a-f]{32}$/);
    expect(area.stored().phraseGuard.customWords).toEqual(['私下退款']);
    expect(area.stored().team.shopSecret).toBe(made);
  });

  it('nor an import of a team file', async () => {
    const area = slowArea();
    const file = JSON.stringify({ format: 'kefu-guard-settings', version: 1, exportedAt: '2026-12-07T00:00:00.000Z', settings: { phraseGuard: { customWords: ['返现好评'] } } });
    const [made, imported] = await Promise.all([ensureShopSecret(area, DEFAULT_SETTINGS, idKeys), importTeamFile(area, file)]);
    expect(imported.ok ? null : imported.issues).toBeNull();
    expect(area.stored().phraseGuard.customWords).toEqual(['返现好评']);
    expect(area.stored().team.shopSecret).toBe(made);
  });

  it('an edit read before the secret was made keeps the stored secret; one that sets its own replaces it', async () => {
    const area = slowArea();
    const made = await ensureShopSecret(area, DEFAULT_SETTINGS, idKeys);
    await saveUserSettings(area, withWords(DEFAULT_SETTINGS, ['加微信']));
    expect(area.stored().team.shopSecret).toBe(made);
    const own = { ...DEFAULT_SETTINGS, team: { ...DEFAULT_SETTINGS.team, shopSecret: 'the-shop-s-own-secret' } };
    await saveUserSettings(area, own);
    expect(area.stored().team.shopSecret).toBe('the-shop-s-own-secret');
  });

  it('a change that finds nothing to change writes nothing', async () => {
    const area = slowArea();
    await saveUserSettings(area, DEFAULT_SETTINGS);
    const writes = area.writes;
    expect(await updateUserSettings(area, () => null)).toBeNull();
    expect(area.writes).toBe(writes);
  });
});
