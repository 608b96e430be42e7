/**
 * The banned-phrase engine, out of chat.js (issue 25 item 3): an unlisted
 * script (not in the manifest, not web-accessible) that the worker injects
 * into the chat tab's isolated world when our chat content script asks for it
 * (lib/background/phrase-engine-injector.ts). It hands the engine to the
 * waiting guard (lib/features/phrase-guard/engine-slot.ts) and returns nothing.
 */
import { handEngine } from '@/lib/features/phrase-guard/engine-slot';
import { createPhraseEngine } from '@/lib/features/phrase-guard/engine';

export default defineUnlistedScript(() => {
  handEngine(globalThis, createPhraseEngine());
});
