/**
 * Loads the phrase engine into this tab once (issue 25 item 3): the engine is
 * not in chat.js, which runs before the page's own scripts on every load. The
 * guard asks the worker (a typed request over runtime messaging, which no page
 * script can send or answer); the worker checks that the request comes from
 * this content script on the chat page and injects entrypoints/phrase-engine.ts
 * into this document's isolated world when the document is ready; that script
 * hands the engine over (engine-slot.ts). Until it arrives the guard holds
 * every send (flow.ts, EngineMissing); if the worker refuses, the injection
 * fails or nothing arrives in time, the guard says so and keeps holding. An
 * engine that arrives late is still taken, and a request the worker failed
 * is asked again a few times (RETRY_AFTER_MS): a worker that was restarting
 * or an injection that failed once must not leave the agent unable to send
 * until they reload (and lose their draft).
 */
import type { GuardDecision } from '../../guard-decision';
import type { Send } from '../../messages';
import type { PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';
import { awaitEngine, type PhraseEngine } from './engine-slot';

export type EngineStatus = 'loading' | 'ready' | 'unavailable';

/**
 * The engine is not there to check with (issue 25 item 3): still loading,
 * or it could not be loaded. Thrown by the guard's `decide`; the send is held as for any
 * failed check, with its own line.
 */
export class EngineMissing extends Error {
  constructor(readonly state: 'loading' | 'unavailable') {
    super(`the phrase engine is ${state === 'loading' ? 'still loading' : 'unavailable'}`);
  }
}


/** How long after the page is ready the engine may take before the guard says it could not be loaded. */
export const ENGINE_TIMEOUT_MS = 15_000;

/**
 * After a failed request, when to ask again (from the failure). Bounded: a
 * refusal that is final (not the chat page) costs three refused messages. No
 * retry when the injection ran but handed nothing over: the worker serves a
 * document once, so the page cannot make it inject again and again.
 */
export const RETRY_AFTER_MS = [3_000, 15_000, 60_000] as const;

export interface EngineLoaderDeps {
  send: Send;
  /** The isolated world's global object, where the engine is handed over. */
  world: object;
  /** The page is ready (DOM parsed): the timeout counts from then. */
  ready: Promise<void>;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  signal: AbortSignal;
  /** Called once, when the engine arrives. */
  onReady(engine: PhraseEngine): void;
  /** Why the engine could not be loaded (logged once). */
  onUnavailable?(reason: unknown): void;
}

export interface EngineLoad {
  status(): EngineStatus;
  engine(): PhraseEngine | null;
}

/** Asks for the engine now and waits for it; one request per document. */
export function loadPhraseEngine(deps: EngineLoaderDeps): EngineLoad {
  let engine: PhraseEngine | null = null;
  let status: EngineStatus = 'loading';
  let timer = 0;
  const giveUp = (reason: unknown) => {
    if (status !== 'loading') return;
    status = 'unavailable';
    deps.onUnavailable?.(reason);
  };
  const stop = awaitEngine(deps.world, (arrived) => {
    if (engine || deps.signal.aborted) return;
    engine = arrived;
    status = 'ready';
    deps.clearTimeout(timer);
    deps.onReady(arrived);
  });
  deps.signal.addEventListener('abort', () => {
    stop();
    deps.clearTimeout(timer);
  });
  void deps.ready.then(() => {
    if (status === 'loading' && !deps.signal.aborted) timer = deps.setTimeout(() => giveUp(new Error('the phrase engine did not arrive in time')), ENGINE_TIMEOUT_MS);
  });
  const ask = (attempt: number) =>
    deps.send({ type: 'guard/engine' }).then(
      // The script ran before the worker answered: no engine by now means it handed none.
      () => engine === null && giveUp(new Error('the phrase engine was injected but handed nothing over')),
      (error: unknown) => {
        giveUp(error);
        const delay = RETRY_AFTER_MS[attempt];
        if (delay === undefined || deps.signal.aborted) return;
        const retry = deps.setTimeout(() => engine === null && !deps.signal.aborted && void ask(attempt + 1), delay);
        deps.signal.addEventListener('abort', () => deps.clearTimeout(retry), { once: true });
      },
    );
  void ask(0);
  return { status: () => status, engine: () => engine };
}

/** Decides with the engine once it is there (settings and variants read at each call); before, throws EngineMissing (the flow holds the send). */
export function engineDecision(load: EngineLoad, settings: () => Settings, variants: () => PhraseVariants | null): (text: string) => GuardDecision {
  let decider: ((text: string) => GuardDecision) | null = null;
  return (text) => {
    const engine = load.engine();
    if (!engine) throw new EngineMissing(load.status() === 'unavailable' ? 'unavailable' : 'loading');
    decider ??= engine.decider(settings, variants);
    return decider(text);
  };
}
