/**
 * The banned-phrase guard (issues 5, 11 and 16): checks the exact text being
 * sent, at that moment, against the platform's and the shop's words and
 * their evasions; blocks or warns per the shop's setting; fails closed.
 */
import { addTraditionalPairs } from '../../phrases/fold';
import type { PhraseVariants } from '../../phrases/variants';
import { isChatPage, type ChatPageDeps } from '../../content/chat-deps';
import type { Feature } from '../../content/feature';
import { startPhraseGuard } from './guard';
import { watchPhraseFold, watchPhraseVariants } from '../../settings/phrase-variants';

export const phraseGuard: Feature<ChatPageDeps> = {
  id: 'phrase-guard',
  runsOn: isChatPage,
  async init(deps, signal) {
    // OpenCC's full traditional → simplified fold, made by the background (too big for this bundle).
    signal.addEventListener('abort', watchPhraseFold(addTraditionalPairs), { once: true });
    let variants: PhraseVariants | null = null;
    signal.addEventListener('abort', watchPhraseVariants((next) => (variants = next)), { once: true });
    await deps.ready;
    if (signal.aborted) return;
    startPhraseGuard({ ...deps, signal, account: () => deps.session.account, variants: () => variants });
  },
};
