import { describe, expect, it } from 'vitest';
import { readSettings } from '@/lib/background/settings-read';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

const area = (data: Record<string, unknown>) => ({ get: async (key: string) => (key in data ? { [key]: data[key] } : {}) });
const failing = { get: async (): Promise<Record<string, unknown>> => Promise.reject(new Error('managed storage unavailable')) };

describe('readSettings (background)', () => {
  it('is the defaults with nothing stored and no policy', async () => {
    expect(await readSettings(area({}), failing)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes the user copy over the defaults and enterprise policy over both', async () => {
    const settings = await readSettings(
      area({ settings: { targets: { rate1h: 0.7 }, retentionDays: 30 } }),
      area({ teamSettings: { targets: { rate1h: 0.9 } } }),
    );
    expect(settings.targets.rate1h).toBe(0.9); // the signup check uses the policy's required rate
    expect(settings.retentionDays).toBe(30);
    expect(settings.targets.rate5min).toBe(DEFAULT_SETTINGS.targets.rate5min);
  });
});
