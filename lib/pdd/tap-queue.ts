/**
 * The bounds of what the tap and its link hold before the other side is there
 * (lib/pdd/page-tap.ts), and the tap's own queue in the page's world.
 */

/** Frames kept on either side until the other is there. */
export const MAX_BUFFERED = 500;
/** And their characters: a page where no feature listens must not make us hold 500 bodies of 4 MB each. */
export const MAX_BUFFERED_CHARS = 8_000_000;

/**
 * The tap's waiting items, oldest first, at most MAX_BUFFERED of them and
 * MAX_BUFFERED_CHARS characters (the oldest go). Kept in a prototype-less
 * object with counters, not an array: in the page's world Array.prototype's
 * push, shift, splice and iterator are the page's to rewrite, and a rewritten
 * push could slip a detail of the page's into what the tap sends.
 */
export function pageWorldQueue(): { put(detail: string): void; take(): string | null } {
  const items: Record<number, string> = { __proto__: null } as unknown as Record<number, string>;
  let head = 0;
  let tail = 0;
  let chars = 0;
  const take = (): string | null => {
    if (head === tail) return null;
    const detail = items[head]!;
    delete items[head];
    head += 1;
    chars -= detail.length;
    return detail;
  };
  return {
    put(detail) {
      items[tail] = detail;
      tail += 1;
      chars += detail.length;
      while (tail - head > MAX_BUFFERED || (chars > MAX_BUFFERED_CHARS && tail - head > 1)) take();
    },
    take,
  };
}
