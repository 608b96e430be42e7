import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

describe('mergeSettings', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(mergeSettings(undefined, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], rejected: [] });
  });

  it('overlays user values, ignores unknown keys and wrong types', () => {
    const { settings, locked } = mergeSettings(
      { replyTimer: { warnRatio: 0.6, sound: 'yes', bogus: 1 }, retentionDays: 30, extra: true },
      undefined,
    );
    expect(settings.replyTimer.warnRatio).toBe(0.6);
    expect(settings.replyTimer.sound).toBe(false);
    expect(settings.retentionDays).toBe(30);
    expect(settings).not.toHaveProperty('extra');
    expect(locked).toEqual([]);
  });

  it('lets managed policy win and reports what it locked', () => {
    const { settings, locked } = mergeSettings(
      { phraseGuard: { actions: { url: 'warn' } }, retentionDays: 30 },
      { phraseGuard: { actions: { url: 'block' }, customWords: ['加我'] }, retentionDays: 60 },
    );
    expect(settings.phraseGuard.actions.url).toBe('block');
    expect(settings.phraseGuard.actions.platform).toBe('block');
    expect(settings.phraseGuard.customWords).toEqual(['加我']);
    expect(settings.retentionDays).toBe(60);
    expect(locked.sort()).toEqual(['phraseGuard.actions.url', 'phraseGuard.customWords', 'retentionDays']);
  });

  describe('policy values are checked with the team file schema: invalid ones are ignored and reported, never applied (issue 11.5)', () => {
    it.each<[string, unknown, string]>([
      ['warnRatio: 50 (a percent where a fraction belongs)', { replyTimer: { warnRatio: 50 } }, 'replyTimer.warnRatio'],
      ['rate1h: -3', { targets: { rate1h: -3 } }, 'targets.rate1h'],
      ['a misspelt action', { phraseGuard: { actions: { contact: 'blok' } } }, 'phraseGuard.actions.contact'],
      ['a custom word that is not a string', { phraseGuard: { customWords: ['返现', 42] } }, 'phraseGuard.customWords'],
      ['thresholds out of order (s30 above m3)', { replyTimer: { thresholdsSec: { s30: 200 } } }, 'replyTimer.thresholdsSec.s30'],
      ['a whole group of the wrong type', { replyTimer: { thresholdsSec: 'fast' } }, 'replyTimer.thresholdsSec'],
      ['a retention outside 7–365', { retentionDays: 0 }, 'retentionDays'],
      ['an unknown field', { replyTimer: { warnratio: 0.5 } }, 'replyTimer.warnratio'],
    ])('%s', (_name, policy, path) => {
      const { settings, locked, rejected } = mergeSettings(undefined, policy);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(locked).toEqual([]);
      expect(rejected.map((r) => r.path)).toEqual([path]);
    });

    it('the valid values of the same policy still apply and lock; a bad action never downgrades blocking', () => {
      const { settings, locked, rejected } = mergeSettings(
        { phraseGuard: { actions: { contact: 'warn' } } },
        { phraseGuard: { actions: { contact: 'blok', url: 'block' }, customWords: [1] }, targets: { rate1h: 0.9, rate5min: 7 } },
      );
      expect(settings.phraseGuard.actions.contact).toBe('warn'); // the user's value stays: the policy's is ignored
      expect(mergeSettings(undefined, { phraseGuard: { actions: { contact: 'blok' } } }).settings.phraseGuard.actions.contact).toBe('block');
      expect(settings.phraseGuard.actions.url).toBe('block');
      expect(settings.phraseGuard.customWords).toEqual([]);
      expect(settings.targets).toMatchObject({ rate1h: 0.9, rate5min: DEFAULT_SETTINGS.targets.rate5min });
      expect(locked.sort()).toEqual(['phraseGuard.actions.url', 'targets.rate1h']);
      expect(rejected.map((r) => r.path).sort()).toEqual(['phraseGuard.actions.contact', 'phraseGuard.customWords', 'targets.rate5min']);
      expect(rejected.find((r) => r.path === 'targets.rate5min')?.expected).toEqual({ kind: 'share', min: 0, max: 1 });
    });

    it('stored user settings are checked the same way (a hand-edited or older copy)', () => {
      const { settings } = mergeSettings({ replyTimer: { warnRatio: 55 }, phraseGuard: { customWords: [null] }, retentionDays: 30 }, undefined);
      expect(settings.replyTimer.warnRatio).toBe(DEFAULT_SETTINGS.replyTimer.warnRatio);
      expect(settings.phraseGuard.customWords).toEqual([]);
      expect(settings.retentionDays).toBe(30);
    });

    it('keys like __proto__, constructor and toString are listed as ignored unknown fields, and change nothing (issue 22)', () => {
      const policy: unknown = JSON.parse('{"__proto__":{"retentionDays":7},"constructor":1,"replyTimer":{"toString":"x","warnRatio":0.5}}');
      const { settings, locked, rejected } = mergeSettings(undefined, policy);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, warnRatio: 0.5 } });
      expect(locked).toEqual(['replyTimer.warnRatio']);
      expect(rejected.map((r) => [r.path, r.expected?.kind]).sort()).toEqual([
        ['__proto__', 'unknown'],
        ['constructor', 'unknown'],
        ['replyTimer.toString', 'unknown'],
      ]);
    });

    it('an order rule names the field the policy set, said of that field; the policy\'s other values in the group still apply (issue 22)', () => {
      const { settings, locked, rejected } = mergeSettings(undefined, { replyTimer: { thresholdsSec: { s30: 200, h1: 7200 } } });
      expect(settings.replyTimer.thresholdsSec).toEqual({ ...DEFAULT_SETTINGS.replyTimer.thresholdsSec, h1: 7200 });
      expect(locked).toEqual(['replyTimer.thresholdsSec.h1']);
      const m3 = DEFAULT_SETTINGS.replyTimer.thresholdsSec.m3;
      expect(rejected).toEqual([
        { path: 'replyTimer.thresholdsSec.s30', zh: `应小于 m3（${m3}）`, en: `must be less than m3 (${m3})`, expected: { kind: 'less', than: 'replyTimer.thresholdsSec.m3', value: m3 } },
      ]);
      const late = mergeSettings(undefined, { replyTimer: { countedWindow: { startHour: 23 }, warnRatio: 0.5 } });
      expect(late.rejected.map((r) => [r.path, r.expected?.kind])).toEqual([['replyTimer.countedWindow.startHour', 'less']]);
      expect(late.locked).toEqual(['replyTimer.warnRatio']);
    });

    it('a policy that is not an object is reported as a whole', () => {
      expect(mergeSettings(undefined, 'strict').rejected).toEqual([expect.objectContaining({ path: '', expected: { kind: 'object' } })]);
    });
  });
});
