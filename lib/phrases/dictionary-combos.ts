/** Helpers for writing dictionary data compactly. */

/** Every word of the first list followed by every word of the second ('|'-separated; '' allowed). */
export function combos(firsts: string, seconds: string): string {
  return firsts
    .split('|')
    .flatMap((a) => seconds.split('|').map((b) => a + b))
    .join('|');
}
