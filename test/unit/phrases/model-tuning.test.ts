/**
 * The trainer's TUNING_ONLY (scripts/lib/phrase-model.ts): a tuning file may
 * train only some categories' tables. A message marked abuse-only moves the
 * abuse table and leaves the deal and bank tables exactly as without it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, fitAll, TUNING, TUNING_ONLY, type Example, type TrainOptions } from '../../../scripts/lib/phrase-model';

const opts: TrainOptions = { ...DEFAULTS, buckets: 16, epochs: 4, folds: 2, repeats: 1 };

function ex(i: number, y: [number, number, number], only?: Example['only']): Example {
  return {
    text: `m${i}`,
    x: [i % 16, (i * 7) % 16, (i * 3 + 1) % 16],
    y,
    ruled: [false, false, false],
    flagged: false,
    cleared: false,
    clean: y.every((v) => v === 0),
    ...(only ? { only } : {}),
  };
}

describe('tuning files that train only some tables', () => {
  const base = Array.from({ length: 40 }, (_, i) => ex(i, [i % 4 === 0 ? 1 : 0, i % 5 === 0 ? 1 : 0, i % 7 === 0 ? 1 : 0]));
  const extra = Array.from({ length: 12 }, (_, i) => ex(100 + i, [1, 1, 1], ['abuse']));

  it('an abuse-only message trains the abuse table and not the deal or bank table (its out-of-fold scores)', () => {
    const without = fitAll(base, opts).oof;
    const withExtra = fitAll([...base, ...extra], opts).oof;
    const plain = fitAll([...base, ...extra.map((e) => ({ ...e, only: undefined }))], opts).oof;
    expect(withExtra[0]!.length).toBe(base.length + extra.length);
    for (const k of [1, 2]) expect(withExtra[k]).toEqual(without[k]);
    // Without the mark the same messages are scored for deal too, and move its scores.
    expect(plain[1]!.length).toBe(base.length + extra.length);
    expect(plain[1]!.slice(0, 5).map((s) => s.z)).not.toEqual(without[1]!.slice(0, 5).map((s) => s.z));
  });

  it('the thirteenth to fifteenth writers train the abuse table only, and are tuning text', () => {
    for (const [file, only] of Object.entries(TUNING_ONLY)) {
      expect(TUNING).toContain(file);
      expect(only).toEqual(['abuse']);
    }
  });
});
