import { browser } from 'wxt/browser';
import { PlatformClock } from '@/lib/clock';
import { reportDropped } from '@/lib/content/dropped';
import { domReady } from '@/lib/dom/ready';
import type { ChatPageDeps } from '@/lib/content/chat-deps';
import { ChatSession } from '@/lib/content/chat-session/session';
import { runFeatures } from '@/lib/content/feature';
import { CHAT_FEATURES } from '@/lib/features/registry';
import { extensionLifetime, runtimeAlive } from '@/lib/content/lifetime';
import { requestSender } from '@/lib/messages';
import { CHAT_MATCH } from '@/lib/mms-urls';
import { followPublished } from '@/lib/settings/published';
import { Outbox, parkingSender, startOutbox } from '@/lib/content/outbox';

// The chat workbench is its own app (a full load per page). document_start, to
// hear the page-world tap from the first WebSocket frame; the overlays wait for
// the DOM. No WXT "started" message and no WXT context: a page script could
// replay either to stop this script (lib/content/lifetime.ts).
export default defineContentScript({
  matches: [CHAT_MATCH],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  async main() {
    const signal = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    signal.addEventListener('abort', reportDropped(window));
    const clock = new PlatformClock(); // one time base for the page: the platform's, from its own traffic
    // What the store could not write (a full disk) waits in extension storage and goes again once it can (lib/content/outbox.ts).
    const outbox = new Outbox(browser.storage.local, requestSender(browser.runtime));
    startOutbox(outbox, window, signal);
    const send = parkingSender(requestSender(browser.runtime), outbox);
    // Features read settings live and never wait more than a moment for them: the guard is never off while the agent types.
    const settings = followPublished(signal);
    const onCommand = (listener: (message: unknown) => void) => {
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    };
    const session = new ChatSession({ win: window, doc: document, clock, send, signal, park: (request) => outbox.park(request) });
    // The session is what the features share, not a feature: counting starts first, and a failure there stops no overlay.
    const counting = session.start().catch((error: unknown) => console.warn('[kefu-guard] chat session did not start', error));
    const deps: ChatPageDeps = { win: window, doc: document, clock, send, settings: settings.current, session, ready: settings.loaded.then(() => domReady(document)), onCommand };
    await Promise.all([counting, runFeatures(CHAT_FEATURES, location.href, deps, signal)]);
  },
});
