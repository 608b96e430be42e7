/**
 * The pages' settings read does not wait on the browser's first policy answer
 * (lib/settings/policy-read.ts): a popup opened about a second after Chromium
 * started stayed on 正在读取… because its storage.managed read never answered.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, watchSettings } from '@/lib/settings/load';
import { LAST_POLICY_KEY, POLICY_WAIT_MS } from '@/lib/settings/policy-read';

beforeEach(() => fakeBrowser.reset());

const POLICY = { targets: { rate1h: 0.9 } };

function hangingPolicy() {
  let answer!: (value: Record<string, unknown>) => void;
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
  return (value: Record<string, unknown>) => answer(value);
}

describe('the pages\' settings read with a policy area that does not answer', () => {
  it('answers with the user\'s settings after the wait instead of hanging', async () => {
    hangingPolicy();
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    const started = Date.now();
    const effective = await loadSettings();
    expect(Date.now() - started).toBeLessThan(POLICY_WAIT_MS + 500);
    expect(effective.settings.retentionDays).toBe(30);
    expect(effective.locked).toEqual([]);
  });

  it('uses the policy read last in this browser session meanwhile, and locks what it locks', async () => {
    hangingPolicy();
    await fakeBrowser.storage.session.set({ [LAST_POLICY_KEY]: POLICY });
    const effective = await loadSettings();
    expect(effective.settings.targets.rate1h).toBe(0.9);
    expect(effective.locked).toEqual(['targets.rate1h']);
  });

  it('a watching page is told when the late answer comes and differs', async () => {
    const answer = hangingPolicy();
    const seen: number[] = [];
    const stop = watchSettings((effective) => seen.push(effective.settings.targets.rate1h));
    await loadSettings();
    vi.mocked(fakeBrowser.storage.managed.get).mockResolvedValue({ teamSettings: POLICY } as never);
    answer({ teamSettings: POLICY });
    await vi.waitFor(() => expect(seen).toEqual([0.9]));
    stop();
  });
});
