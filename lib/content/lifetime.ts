/**
 * How long a content script lives. WXT's own context can be invalidated by
 * any page script: it listens for a document event whose name is built from
 * the (public) extension id and the entrypoint name, and a page that replays
 * it tears the script down (issue 11, item 1). So the features do not hang
 * on WXT's context: they stop only when the extension itself is gone, which
 * is when `browser.runtime.id` is (the extension was reloaded, updated or
 * removed). Nothing a page does can make that value disappear.
 */

/** How often the content script checks that its extension is still there. */
export const ALIVE_CHECK_MS = 2_000;

export interface LifetimeDeps {
  win: Pick<Window, 'setInterval' | 'clearInterval'>;
  /** True while the extension is there; WXT's `browser.runtime?.id != null`. */
  isAlive: () => boolean;
  checkEveryMs?: number;
}

/** A signal aborted only once the extension is really gone. */
export function extensionLifetime({ win, isAlive, checkEveryMs = ALIVE_CHECK_MS }: LifetimeDeps): AbortSignal {
  const controller = new AbortController();
  const check = () => {
    let alive: boolean;
    try {
      alive = isAlive();
    } catch {
      alive = false; // reading a torn-down runtime throws in some browsers
    }
    if (alive) return;
    win.clearInterval(timer);
    controller.abort();
  };
  const timer = win.setInterval(check, checkEveryMs);
  check();
  return controller.signal;
}

/** Reads `runtime.id` of the WXT browser object without throwing. */
export function runtimeAlive(runtime: () => { id?: string } | undefined): () => boolean {
  return () => {
    try {
      return runtime()?.id != null;
    } catch {
      return false;
    }
  };
}
