/**
 * The policy read that never holds the worker up: Chromium's first answer
 * from storage.managed after a start took 2–5 s (over 10 s at times), and
 * every setting waited for it (an e2e test saw no variants of the shop's
 * words and no published settings 12 s after the worker started).
 */
import { describe, expect, it, vi } from 'vitest';
import { boundedPolicyArea, LAST_POLICY_KEY } from '@/lib/settings/policy-read';
import { readEffectiveSettings } from '@/lib/background/settings-read';
import { MANAGED_KEY } from '@/lib/settings/keys';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function sessionArea(initial: Record<string, unknown> = {}) {
  const values = { ...initial };
  return { values, get: async (key?: string | string[] | null) => (typeof key === 'string' && key in values ? { [key]: values[key] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(values, items) };
}

const POLICY = { phraseGuard: { customWords: ['私下交易'] } };
const local = { get: async () => ({}) };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the policy read', () => {
  it('a prompt answer is used as it is and kept for the next start of the worker', async () => {
    const session = sessionArea();
    const onLate = vi.fn();
    const area = boundedPolicyArea({ managed: { get: async () => ({ [MANAGED_KEY]: POLICY }) }, session, onLate, waitMs: 50 });
    expect(await area.get(MANAGED_KEY)).toEqual({ [MANAGED_KEY]: POLICY });
    expect(session.values[LAST_POLICY_KEY]).toEqual(POLICY);
    expect(onLate).not.toHaveBeenCalled();
  });

  it('a slow first answer: the settings are read at once without it, and again when it comes', async () => {
    const slow = deferred<Record<string, unknown>>();
    const onLate = vi.fn();
    const area = boundedPolicyArea({ managed: { get: () => slow.promise }, session: sessionArea(), onLate, waitMs: 5 });
    const effective = await readEffectiveSettings(local, area);
    expect(effective.settings.phraseGuard.customWords).toEqual([]);
    expect(onLate).not.toHaveBeenCalled();
    slow.resolve({ [MANAGED_KEY]: POLICY });
    await tick();
    expect(onLate).toHaveBeenCalledTimes(1);
  });

  it('while the browser is slow to answer, the policy read last stands, and an answer that agrees reads nothing again', async () => {
    const slow = deferred<Record<string, unknown>>();
    const onLate = vi.fn();
    const area = boundedPolicyArea({ managed: { get: () => slow.promise }, session: sessionArea({ [LAST_POLICY_KEY]: POLICY }), onLate, waitMs: 5 });
    const effective = await readEffectiveSettings(local, area);
    expect(effective.settings.phraseGuard.customWords).toEqual(['私下交易']);
    slow.resolve({ [MANAGED_KEY]: POLICY });
    await tick();
    expect(onLate).not.toHaveBeenCalled();
  });

  it('no policy area (a browser without one) fails the read as before; failing late changes nothing', async () => {
    const onLate = vi.fn();
    const refused = boundedPolicyArea({ managed: { get: async () => Promise.reject(new Error('Managed storage manifest not found')) }, session: sessionArea(), onLate, waitMs: 50 });
    await expect(refused.get(MANAGED_KEY)).rejects.toThrow('manifest');
    const slow = deferred<Record<string, unknown>>();
    const late = boundedPolicyArea({ managed: { get: () => slow.promise }, session: sessionArea(), onLate, waitMs: 5 });
    expect(await late.get(MANAGED_KEY)).toEqual({});
    slow.reject(new Error('Managed storage manifest not found'));
    await tick();
    expect(onLate).not.toHaveBeenCalled();
  });
});
