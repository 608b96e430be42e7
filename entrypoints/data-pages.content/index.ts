import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/clock';
import { OfficialCapture } from '@/lib/features/official-capture';
import { sendRequest } from '@/lib/messages';
import { TAP_EVENT, TAP_READY_EVENT } from '@/lib/page-tap';

/** After this, say "ready" to the tap ourselves in case no other script did (it would keep buffering). */
const READY_FALLBACK_MS = 3_000;

// The platform's own figures on 客服数据 · 服务数据 / 客服绩效 and 店铺体验
// (issue #17). The MMS shell routes client-side, so this matches the whole
// backend except the chat workbench and works only while a data page is shown.
// It listens to the page-world tap passively from document_start: the
// after-sales script is the one that says "ready" (the tap replays its buffer
// once), so both see every item.
export default defineContentScript({
  matches: ['https://mms.pinduoduo.com/*'],
  excludeMatches: ['https://mms.pinduoduo.com/chat-merchant/*'],
  runAt: 'document_start',
  main(ctx) {
    const capture = new OfficialCapture({
      doc: document,
      clock: systemClock,
      href: () => location.href,
      send: (request) => sendRequest(browser.runtime, request),
    });
    let scheduled = false;
    const evaluate = () => {
      if (scheduled || ctx.isInvalid) return;
      scheduled = true;
      ctx.setTimeout(() => {
        scheduled = false;
        void capture.evaluate();
      }, 300);
    };
    const onItem = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string' || detail.length > 2_000_000) return;
      try {
        const item = JSON.parse(detail) as { channel?: unknown; url?: unknown; body?: unknown };
        if (item.channel === 'http' && typeof item.url === 'string' && typeof item.body === 'string' && capture.ingest({ url: item.url, body: item.body })) evaluate();
      } catch {
        /* not ours */
      }
    };
    window.addEventListener(TAP_EVENT, onItem);
    ctx.onInvalidated(() => {
      window.removeEventListener(TAP_EVENT, onItem);
      capture.dispose();
    });
    ctx.setTimeout(() => window.dispatchEvent(new CustomEvent(TAP_READY_EVENT)), READY_FALLBACK_MS);

    const start = () => {
      // The data pages draw their cards and date picker after their call returns.
      const observer = new MutationObserver(evaluate);
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'value'] });
      ctx.onInvalidated(() => observer.disconnect());
      ctx.addEventListener(window, 'wxt:locationchange', evaluate);
      // Backstop: the text fallback and the notice wait for time to pass, not for a change.
      ctx.setInterval(evaluate, 1_000);
      evaluate();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
