/**
 * The platform's clock for a content script on a page whose traffic carries
 * no server time (the after-sales list: its queryList response has only
 * remaining seconds and apply times, PDD-PAGES.md §(d)): the computer's clock
 * plus the offset the worker learned from the chat page (lib/platform-offset.ts),
 * the same the extension pages follow (lib/ui/page-clock.ts). Chrome keeps
 * storage.session from content scripts by default, so this one asks the
 * worker ('clock/offset') when it starts, every FOLLOW_MS while its tab is
 * shown (the script runs on every page of the backend: hidden tabs do not
 * keep waking the worker), and when its tab is shown again.
 *
 * Until the worker has an offset (no chat page spoke in the last two hours)
 * this is the computer's clock: most computers keep the right time, and the
 * worker forgets an offset once the chat page finds the clocks agree, so "no
 * offset" cannot be told from "no error" and blanking every overdue figure
 * then would hide right ones. The apply times in the list's traffic would
 * only bound a slow clock from below, and only by the age of the newest
 * request: not used.
 */
import { PLATFORM_CLOCK_KEY } from '../platform-offset';
import type { Send } from '../messages';
import { MINUTE_MS } from '../clock';
import { pageClock, type PageClock, type SessionArea } from '../ui/page-clock';

/** How often the worker is asked again: its offset is confirmed by the chat page's minute heartbeats. */
export const FOLLOW_MS = MINUTE_MS;

type Changes = Record<string, { newValue?: unknown }>;

/** The worker's learned offset as a one-key session area: read by asking, changed by asking again. */
function askedArea(send: Send, win: Pick<Window, 'setInterval' | 'clearInterval' | 'document'>, lifetime: AbortSignal): SessionArea {
  const listeners = new Set<(changes: Changes) => void>();
  const ask = async () => ({ [PLATFORM_CLOCK_KEY]: (await send({ type: 'clock/offset' })).learned });
  const askAgain = () => {
    if (lifetime.aborted || win.document.visibilityState === 'hidden') return;
    ask().then(
      (items) => {
        for (const listener of listeners) listener({ [PLATFORM_CLOCK_KEY]: { newValue: items[PLATFORM_CLOCK_KEY] } });
      },
      () => undefined, // the worker away: the offset held so far stays until it expires (offsetAt)
    );
  };
  const timer = win.setInterval(askAgain, FOLLOW_MS);
  win.document.addEventListener('visibilitychange', askAgain, { signal: lifetime });
  lifetime.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  return {
    get: ask,
    onChanged: { addListener: (listener) => void listeners.add(listener) },
  };
}

/** The platform's clock for this content script until `lifetime` ends; `ready` settles once the worker answered (or failed to). */
export function workerClock(
  send: Send,
  win: Pick<Window, 'setInterval' | 'clearInterval' | 'document'>,
  lifetime: AbortSignal,
  wall?: () => number,
): PageClock {
  return pageClock(askedArea(send, win, lifetime), wall);
}
