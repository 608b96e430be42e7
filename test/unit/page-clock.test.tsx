/**
 * Extension pages keep the worker's platform-corrected clock (lib/ui/page-clock.ts)
 * and their day current (components/pages/use-today.ts): the Team page's
 * "today", and so its signup verdict, agree with the popup's when the
 * computer's clock is a day slow, and move on at Beijing midnight without a
 * reload. Times are anchored to a fixed Beijing day: valid at any hour, any zone.
 */
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, beijingDayStart, DAY_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import { CLOCK_HOLD_MS, PLATFORM_CLOCK_KEY } from '@/lib/platform-offset';
import { pageClock, type SessionArea } from '@/lib/ui/page-clock';
import { TODAY_CHECK_MS, useToday } from '@/components/pages/use-today';

const TODAY = '2026-11-23';
/** 23:59:50 Beijing on the platform; the computer is a day slow. */
const PLATFORM_NOW = beijingDayStart(TODAY) + DAY_MS - 10 * SECOND_MS;
const SLOW = PLATFORM_NOW - DAY_MS;

function session(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  const listeners: Array<(changes: Record<string, { newValue?: unknown }>) => void> = [];
  const area: SessionArea = {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    onChanged: { addListener: (l) => void listeners.push(l) },
  };
  const set = (key: string, value: unknown) => {
    items[key] = value;
    for (const l of listeners) l({ [key]: { newValue: value } });
  };
  return { area, set };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the pages\' clock', () => {
  it('is the computer\'s plus the offset the worker learned, once read', async () => {
    let wall = SLOW;
    const { area } = session({ [PLATFORM_CLOCK_KEY]: { offset: DAY_MS, confirmedAt: SLOW - MINUTE_MS } });
    const clock = pageClock(area, () => wall);
    await clock.ready;
    expect(clock.now()).toBe(PLATFORM_NOW);
    wall += CLOCK_HOLD_MS; // no heartbeat confirmed it for two hours: the computer's clock again
    expect(clock.now()).toBe(wall);
  });

  it('follows an offset behind the computer too (a fast computer clock, as the chat page measured it), and its removal', async () => {
    const { area, set } = session({ [PLATFORM_CLOCK_KEY]: { offset: -DAY_MS, confirmedAt: PLATFORM_NOW + DAY_MS } });
    const clock = pageClock(area, () => PLATFORM_NOW + DAY_MS);
    await clock.ready;
    expect(clock.now()).toBe(PLATFORM_NOW);
    set(PLATFORM_CLOCK_KEY, null); // the computer's clock was set right
    expect(clock.now()).toBe(PLATFORM_NOW + DAY_MS);
  });

  it('follows the worker as it learns, and tells the page', async () => {
    const { area, set } = session();
    const clock = pageClock(area, () => SLOW);
    await clock.ready;
    expect(clock.now()).toBe(SLOW);
    const changed = vi.fn();
    clock.onChange(changed);
    set(PLATFORM_CLOCK_KEY, { offset: DAY_MS, confirmedAt: SLOW });
    expect(changed).toHaveBeenCalledOnce();
    expect(clock.now()).toBe(PLATFORM_NOW);
  });

  it.each([
    ['more than a month behind', { offset: -32 * DAY_MS, confirmedAt: SLOW }],
    ['a year ahead', { offset: 365 * DAY_MS, confirmedAt: SLOW }],
    ['not an offset', 'tomorrow'],
  ])('ignores %s in storage', async (_what, stored) => {
    const clock = pageClock(session({ [PLATFORM_CLOCK_KEY]: stored }).area, () => SLOW);
    await clock.ready;
    expect(clock.now()).toBe(SLOW);
  });

  it('is the computer\'s when storage cannot be read', async () => {
    const area: SessionArea = { get: () => Promise.reject(new Error('no session storage')), onChanged: { addListener: () => undefined } };
    const clock = pageClock(area, () => SLOW);
    await clock.ready;
    expect(clock.now()).toBe(SLOW);
  });
});

function Today({ clock }: { clock: ReturnType<typeof pageClock> }) {
  return <p data-testid="today">{useToday(clock)}</p>;
}

describe('a page\'s today', () => {
  it('moves to the platform\'s day when the worker corrects the clock, and on at midnight, without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let wall = SLOW;
    const { area, set } = session();
    const clock = pageClock(area, () => wall);
    await clock.ready;
    const view = render(<Today clock={clock} />);
    expect(view.getByTestId('today').textContent).toBe(addDays(TODAY, -1));
    act(() => set(PLATFORM_CLOCK_KEY, { offset: DAY_MS, confirmedAt: SLOW }));
    expect(view.getByTestId('today').textContent).toBe(TODAY);
    wall += 20 * SECOND_MS; // 00:00:10 on the platform
    act(() => void vi.advanceTimersByTime(TODAY_CHECK_MS));
    expect(view.getByTestId('today').textContent).toBe(addDays(TODAY, 1));
  });
});
