import type { StagedWait } from './state';

/**
 * The counted wait about to cross its next threshold soonest (in its warning
 * stage): the one still savable, which 前往 opens first (issue 20 item 5).
 */
export function savable(waits: readonly StagedWait[], now: number): StagedWait | undefined {
  let best: StagedWait | undefined;
  let bestLeft = Infinity;
  for (const w of waits) {
    if (!w.counted || !w.stage.warning || !w.stage.next) continue;
    const left = w.stage.next.ms - (now - w.waiting.waitingSince);
    if (left < bestLeft) [best, bestLeft] = [w, left];
  }
  return best;
}
