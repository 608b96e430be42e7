/**
 * Warms the phrase engine while the agent is idle, right after it arrives.
 *
 * The engine builds what it needs at its first checks: the shop's dictionary
 * (built-in and custom words in one automaton), the intent patterns' start
 * table, the model's weights, and V8 compiles each regex the first time it
 * runs. Measured cold (test/bench/engine-ready.ts): about 60 ms on the first
 * check, which would fall on the agent's first typing pause or send as one
 * long task. Here the guard's own decision function (so its dictionary cache
 * is the one warmed) decides a few texts of our own, one per idle callback,
 * so no single task is long and none is on a keypress. Results are dropped:
 * nothing is drawn, counted or sent. The texts come with the engine
 * (engine.ts: they exercise its insides, and chat.js need not carry them).
 */


/** What a step needs from the window: idle callbacks where the browser has them (Chrome, Firefox), a timer where not. */
export type IdleWindow = Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;

/** A browser busy for this long still runs the next step. */
const IDLE_TIMEOUT_MS = 2_000;

/** Runs `decide` on each of the engine's warm-up texts in its own idle callback; stops on abort or at the first error (a real check then fails closed as it would have). */
export function warmInIdle(decide: (text: string) => unknown, texts: readonly string[], win: IdleWindow, signal: AbortSignal): void {
  let step = 0;
  const next = () => {
    if (signal.aborted || step >= texts.length) return;
    if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(run, 0);
  };
  const run = () => {
    if (signal.aborted) return;
    try {
      decide(texts[step++]!);
    } catch {
      return;
    }
    next();
  };
  next();
}
