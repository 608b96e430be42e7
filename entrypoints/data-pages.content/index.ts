import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/clock';
import { OfficialCapture } from '@/lib/features/official-capture';
import { extensionLifetime, runtimeAlive } from '@/lib/lifetime';
import { sendRequest } from '@/lib/messages';
import { listenToTap } from '@/lib/page-tap';

// The platform's own figures on 客服数据 · 服务数据 / 客服绩效 and 店铺体验
// (issue #17). The MMS shell routes client-side, so this matches the whole
// backend except the chat workbench and works only while a data page is shown.
// It reads the page's own responses through the page-world tap's private
// channel (lib/page-tap.ts), from document_start so none is missed.
export default defineContentScript({
  matches: ['https://mms.pinduoduo.com/*'],
  excludeMatches: ['https://mms.pinduoduo.com/chat-merchant/*'],
  runAt: 'document_start',
  // No WXT "started" window message and no WXT context: a page script could
  // replay either to stop this script. It stops only when the extension is gone (lib/lifetime.ts).
  noScriptStartedPostMessage: true,
  main() {
    const lifetime = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    const onGone = (stop: () => void) => lifetime.addEventListener('abort', stop, { once: true });
    const capture = new OfficialCapture({
      doc: document,
      clock: systemClock,
      href: () => location.href,
      send: (request) => sendRequest(browser.runtime, request),
    });
    onGone(() => capture.dispose());
    let scheduled = false;
    const evaluate = () => {
      if (scheduled || lifetime.aborted) return;
      scheduled = true;
      window.setTimeout(() => {
        scheduled = false;
        void capture.evaluate();
      }, 300);
    };
    onGone(
      listenToTap(window, (item) => {
        if (item.channel === 'http' && capture.ingest({ url: item.url, body: item.body })) evaluate();
      }),
    );

    const start = () => {
      // The data pages draw their cards and date picker after their call returns.
      const observer = new MutationObserver(evaluate);
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'value'] });
      onGone(() => observer.disconnect());
      // Backstop, and how client-side route changes are noticed: the text
      // fallback and the notice wait for time to pass, not for a change.
      const timer = window.setInterval(evaluate, 1_000);
      onGone(() => window.clearInterval(timer));
      evaluate();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
