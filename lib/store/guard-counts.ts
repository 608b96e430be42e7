/** A day's guard counts (a banned phrase held, warned about or sent anyway): per message and summed over categories. Pure. */
import type { GuardCounts } from '../messages';
import type { PhraseCategory } from '../settings/types';

/** A day's guard counts per message: stored since issue #16, else the per-category sum of older days. */
export function messageGuardCounts(aggregate: { guard: Partial<Record<PhraseCategory, GuardCounts>>; guardMessages?: GuardCounts }): GuardCounts {
  return aggregate.guardMessages ?? totalGuardCounts(aggregate.guard);
}

/** Sum of guard counts over categories. */
export function totalGuardCounts(guard: Partial<Record<PhraseCategory, GuardCounts>>): GuardCounts {
  const total: GuardCounts = { held: 0, warned: 0, sentAnyway: 0 };
  for (const counts of Object.values(guard)) {
    if (!counts) continue;
    total.held += counts.held;
    total.warned += counts.warned;
    total.sentAnyway += counts.sentAnyway;
  }
  return total;
}
