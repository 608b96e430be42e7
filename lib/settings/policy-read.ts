/**
 * The enterprise policy (storage.managed), read without holding anyone up.
 * Chromium answers the first read after the browser starts only once its
 * policy service is ready: 2–5 s on the test machine, at times over 10 s.
 * Worse, a page that asks in the first seconds after the start may get no
 * answer at all (the popup opened about a second after the start stayed on
 * 正在读取… for over 40 s, reloads included, while a popup opened at 5 s was
 * answered at once: test/e2e/early-start.e2e.ts). The worker (its published
 * settings, the shop words' variants and the shop secret wait for its
 * settings) and the pages both read through here.
 *
 * So a read waits at most POLICY_WAIT_MS; past that it answers with the
 * policy read last (kept in storage.session, which lives as long as the
 * browser: nothing when the browser has just started), and when the slow
 * answer comes and differs, `onLate` has the settings read again.
 */
import type { KeyValueArea, ReadableArea } from '../storage-area';

export const POLICY_WAIT_MS = 300;
/** storage.session key of the policy read last. */
export const LAST_POLICY_KEY = 'lastPolicy';

const TIMED_OUT = Symbol('timed out');

export interface PolicyReadDeps {
  managed: ReadableArea;
  /** Where the policy read last is kept; failing (an area the browser lacks), the read simply has no fallback. */
  session: Pick<KeyValueArea, 'get' | 'set'>;
  /** The slow answer came and is not what was used: read the settings again. */
  onLate: () => void;
  waitMs?: number;
  setTimeout?: (run: () => void, ms: number) => unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Runs `step`, turning a throw (an area the browser lacks) into a rejection the caller catches. */
const attempt = <T>(step: () => Promise<T>): Promise<T> => Promise.resolve().then(step);

/** storage.managed as the settings readers see it: the same answers, but never later than `waitMs`. */
export function boundedPolicyArea({ managed, session, onLate, waitMs = POLICY_WAIT_MS, setTimeout = globalThis.setTimeout.bind(globalThis) }: PolicyReadDeps): ReadableArea {
  return {
    async get(key: string) {
      const read = attempt(() => managed.get(key)).then(async (value) => {
        await attempt(() => session.set({ [LAST_POLICY_KEY]: value[key] ?? null })).catch(() => undefined);
        return value;
      });
      const first = await Promise.race([read, new Promise<typeof TIMED_OUT>((resolve) => setTimeout(() => resolve(TIMED_OUT), waitMs))]);
      if (first !== TIMED_OUT) return first;
      const kept: Record<string, unknown> = await attempt(() => session.get(LAST_POLICY_KEY)).catch(() => ({}));
      const last = kept[LAST_POLICY_KEY] ?? null;
      read.then(
        (value) => !same(value[key], last) && onLate(),
        () => undefined, // no policy area: what was used (none) stands
      );
      return last === null ? {} : { [key]: last };
    },
  };
}
