import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

describe('mergeSettings', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(mergeSettings(undefined, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: [] });
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
});
