/**
 * The banned-phrase guard (issues 5, 11 and 16): checks the exact text being
 * sent, at that moment, against the platform's and the shop's words and
 * their evasions; blocks or warns per the shop's setting; fails closed.
 * The engine itself is not in chat.js (issue 25 item 3): the worker injects
 * it once the page is ready (engine-loader.ts); the fold's table, the
 * variants and the settings reach it whichever comes first.
 */
import type { PhraseVariants } from '../../phrases/variants';
import { isChatPage, type ChatPageDeps } from '../../content/chat-deps';
import type { Feature } from '../../content/feature';
import { loadPhraseEngine } from './engine-loader';
import { startPhraseGuard, type PhraseGuard } from './guard';
import { watchPhraseFold, watchPhraseVariants } from '../../settings/phrase-variants';

export const phraseGuard: Feature<ChatPageDeps> = {
  id: 'phrase-guard',
  runsOn: isChatPage,
  async init(deps, signal) {
    const { win } = deps;
    let guard: PhraseGuard | null = null;
    /** OpenCC's full traditional → simplified fold, made by the background (too big for this bundle); kept until the engine is there. */
    let fold: string | null = null;
    const engine = loadPhraseEngine({
      send: deps.send,
      world: globalThis, // this content script's isolated world (engine-slot.ts says why that is safe)
      ready: deps.ready,
      setTimeout: (handler, ms) => win.setTimeout(handler, ms),
      clearTimeout: (id) => win.clearTimeout(id),
      signal,
      onReady: (arrived) => {
        if (fold !== null) arrived.addTraditionalPairs(fold);
        guard?.recheck();
        guard?.warm();
      },
      onUnavailable: (reason) => {
        console.warn('[kefu-guard] the phrase engine could not be loaded; every send is held', reason);
        guard?.recheck();
      },
    });
    const takeFold = (pairs: string) => {
      fold = pairs;
      engine.engine()?.addTraditionalPairs(pairs);
    };
    signal.addEventListener('abort', watchPhraseFold(takeFold), { once: true });
    let variants: PhraseVariants | null = null;
    signal.addEventListener('abort', watchPhraseVariants((next) => (variants = next)), { once: true });
    await deps.ready;
    if (signal.aborted) return;
    guard = startPhraseGuard({ ...deps, signal, account: () => deps.session.account, variants: () => variants, engine });
    if (engine.status() === 'ready') guard.warm(); // the engine came before the guard started
  },
};
