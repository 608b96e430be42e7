/**
 * Today's Beijing day on a page's clock, kept current: a page left open over
 * midnight, or whose clock the worker corrects meanwhile, moves to the new
 * day without a reload (the Team page fixed its day at load before).
 */
import { useEffect, useState } from 'preact/hooks';
import { beijingDay, type BeijingDay } from '@/lib/clock';
import type { PageClock } from '@/lib/ui/page-clock';

/** How often the day is looked at again: also after the computer wakes from sleep. */
export const TODAY_CHECK_MS = 30_000;

export function useToday(clock: Pick<PageClock, 'now' | 'onChange'>): BeijingDay {
  const [today, setToday] = useState(() => beijingDay(clock.now()));
  useEffect(() => {
    const check = () => setToday(beijingDay(clock.now()));
    const stop = clock.onChange(check);
    const timer = setInterval(check, TODAY_CHECK_MS);
    check();
    return () => (stop(), clearInterval(timer));
  }, [clock]);
  return today;
}
