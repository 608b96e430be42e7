import { browser } from 'wxt/browser';
import { PlatformClock } from '@/lib/clock';
import { reportDropped } from '@/lib/diagnostics';
import { ChatSession } from '@/lib/features/chat-session';
import { startPhraseGuard } from '@/lib/features/phrase-guard';
import { watchPhraseFold, watchPhraseVariants } from '@/lib/features/phrase-variants';
import { addTraditionalPairs } from '@/lib/phrases/normalise';
import type { PhraseVariants } from '@/lib/phrases/variants';
import { startReplyTimer } from '@/lib/features/reply-timer';
import { extensionLifetime, runtimeAlive } from '@/lib/lifetime';
import { isOpenConversationCommand, sendRequest, type Reply, type Request, type RequestType } from '@/lib/messages';
import { loadPublishedWithin, watchPublished } from '@/lib/settings/published';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';


function isolate(feature: string, start: () => unknown): void {
  try {
    start();
  } catch (error) {
    console.warn(`[kefu-guard] ${feature} did not start`, error);
  }
}

// The chat workbench is its own app (full page load), so this script matches
// only its path. It starts at document_start to hear the page-world tap from
// the first WebSocket frame; the overlays wait for the DOM.
export default defineContentScript({
  matches: ['https://mms.pinduoduo.com/chat-merchant/*'],
  runAt: 'document_start',
  // WXT's "started" window message names its internal event; a page script
  // replaying it (or the event) would tear this script down. WXT's context is
  // not used: the features stop only when the extension is gone (lib/lifetime.ts).
  noScriptStartedPostMessage: true,
  async main() {
    const signal = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    signal.addEventListener('abort', reportDropped(window));
    // One time base for everything on this page: the platform's, measured from its own traffic.
    const clock = new PlatformClock();
    const send = <T extends RequestType>(request: Request<T>): Promise<Reply<T>> => sendRequest(browser.runtime, request);

    let settings: Settings = DEFAULT_SETTINGS;
    const session = new ChatSession({ win: window, doc: document, clock, send, signal });
    const started = session.start();
    // Features read settings live; they never wait more than a moment for
    // them, so the guard is never off while the agent types.
    settings = (await loadPublishedWithin((late) => (settings = late.settings))).settings;
    signal.addEventListener('abort', watchPublished((next) => (settings = next.settings)));

    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    const deps = { win: window, doc: document, clock, settings: () => settings, send, signal };
    // Features are independent: one failing must not take the other down, nor the page.
    isolate('reply-timer', () => {
      const timer = startReplyTimer({ ...deps, session });
      // The background asks to open a conversation after a click on its desktop notification.
      const onCommand = (message: unknown) => {
        if (isOpenConversationCommand(message)) timer.open(message.buyerId);
      };
      browser.runtime.onMessage.addListener(onCommand);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
    });
    // OpenCC's full traditional → simplified fold, made by the background (too big for this bundle).
    signal.addEventListener('abort', watchPhraseFold(addTraditionalPairs));
    let variants: PhraseVariants | null = null;
    signal.addEventListener('abort', watchPhraseVariants((next) => (variants = next)));
    isolate('phrase-guard', () => startPhraseGuard({ ...deps, account: () => session.account, variants: () => variants }));
    await started;
  },
});
