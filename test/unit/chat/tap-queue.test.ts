/**
 * What the tap holds before its link listens (lib/pdd/tap-queue.ts), found by
 * the red-team round of 2026-12-07: bounded in items and in characters, and
 * kept out of the page's Array.prototype (a rewritten push could slip a
 * detail of the page's into what the tap sends).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BUFFERED, MAX_BUFFERED_CHARS, pageWorldQueue } from '@/lib/pdd/tap-queue';

const drain = (q: ReturnType<typeof pageWorldQueue>) => {
  const out: string[] = [];
  for (let d = q.take(); d !== null; d = q.take()) out.push(d);
  return out;
};

describe('the tap\'s queue in the page\'s world', () => {
  const push = Array.prototype.push;
  afterEach(() => {
    Array.prototype.push = push;
  });

  it('gives back what was put, oldest first, and nothing after', () => {
    const q = pageWorldQueue();
    for (const d of ['a', 'b', 'c']) q.put(d);
    expect(drain(q)).toEqual(['a', 'b', 'c']);
    expect(q.take()).toBeNull();
  });

  it(`keeps at most ${MAX_BUFFERED} items, the newest`, () => {
    const q = pageWorldQueue();
    for (let i = 0; i < MAX_BUFFERED + 20; i++) q.put(String(i));
    const out = drain(q);
    expect(out).toHaveLength(MAX_BUFFERED);
    expect(out[0]).toBe('20');
  });

  it('keeps at most the character budget (always the newest item), however few the items', () => {
    const q = pageWorldQueue();
    const big = 'x'.repeat(MAX_BUFFERED_CHARS / 2 - 10);
    q.put(`1${big}`);
    q.put(`2${big}`);
    q.put(`3${big}`);
    expect(drain(q).map((d) => d[0])).toEqual(['2', '3']);
    q.put('y'.repeat(MAX_BUFFERED_CHARS + 5)); // one over the budget alone is still delivered
    expect(drain(q)).toHaveLength(1);
  });

  it('does not use the page\'s Array.prototype: a rewritten push slips nothing in', () => {
    Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
      return push.call(this, ...items, '{"forged":1}');
    };
    const q = pageWorldQueue();
    q.put('real');
    Array.prototype.push = push;
    expect(drain(q)).toEqual(['real']);
  });
});
