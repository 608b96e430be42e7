/**
 * How the phrase engine reaches the guard (issue 25 item 3): the worker injects
 * entrypoints/phrase-engine.ts into the chat tab's isolated world once the page
 * is ready, and that script hands the engine over here. This module is in both
 * bundles, so it stays tiny and imports nothing of the engine.
 *
 * Why a property of the global object is safe here: both scripts run in the
 * extension's isolated world, whose global object is not the page's. In
 * Chrome each world has its own JavaScript context, so the page's scripts
 * (main world) and other extensions (their own worlds) never see it; in
 * Firefox content scripts run in a sandbox whose properties stay out of the
 * page's view (Xray wrappers). No postMessage, no DOM event, nothing in the
 * DOM: the page can neither read the engine nor hand over one of its own.
 */
import type { GuardDecision } from '../../guard-decision';
import type { PhraseVariants } from '../../phrases/variants';
import type { Settings } from '../../settings/types';

/** What the injected script hands over: the decision and the fold's table, on the engine's own module state. */
export interface PhraseEngine {
  /** Decides texts with the settings and variants read at each call (shop-decision.ts); throws on odd settings. */
  decider(settings: () => Settings, variants: () => PhraseVariants | null): (text: string) => GuardDecision;
  /** Adds OpenCC's traditional → simplified pairs to the engine's fold (lib/phrases/fold.ts). */
  addTraditionalPairs(pairs: string): number;
  /** Texts the guard decides while the agent is idle, so the engine's cold build is not on a keystroke (engine-warm.ts). */
  warmTexts: readonly string[];
}

/** The isolated world's slot: a waiting receiver (the guard was first) or an engine (the engine was first). */
const SLOT = '__kefuGuardPhraseEngine';

type Receiver = (engine: PhraseEngine) => void;
type Slotted = { [SLOT]?: Receiver | PhraseEngine };

export function isPhraseEngine(value: unknown): value is PhraseEngine {
  const v = value as Partial<PhraseEngine> | null;
  return typeof v === 'object' && v !== null && typeof v.decider === 'function' && typeof v.addTraditionalPairs === 'function' && Array.isArray(v.warmTexts);
}

/** The injected script's side: gives the engine to the waiting guard, or leaves it in the slot for it. */
export function handEngine(world: object, engine: PhraseEngine): void {
  const slot = world as Slotted;
  const waiting = slot[SLOT];
  if (typeof waiting === 'function') {
    delete slot[SLOT];
    waiting(engine);
  } else if (waiting === undefined) {
    slot[SLOT] = engine;
  }
}

/** The guard's side: `receive` is called once with the engine, now if it is already there; returns the stop. */
export function awaitEngine(world: object, receive: Receiver): () => void {
  const slot = world as Slotted;
  const present = slot[SLOT];
  if (isPhraseEngine(present)) {
    delete slot[SLOT];
    receive(present);
    return () => undefined;
  }
  const receiver: Receiver = (engine) => {
    if (isPhraseEngine(engine)) receive(engine);
  };
  slot[SLOT] = receiver;
  return () => {
    if (slot[SLOT] === receiver) delete slot[SLOT];
  };
}
