/**
 * The platform's own figures (issue 17): read on 客服数据 · 服务数据 / 客服绩效
 * and 店铺体验 from the page's own responses (through the page-world tap,
 * heard from document_start so none is missed), rendered text as a
 * fallback, and sent to the background. The capture itself knows which data
 * page is shown (client-side routes): the feature runs on the whole shell.
 */
import { domReady } from '../../dom/ready';
import { listenToTap } from '../../pdd/page-tap';
import type { Feature } from '../../content/feature';
import { isMmsShellPage, type MmsPageDeps } from '../../content/mms-deps';
import { OfficialCapture } from './capture';

/** A page's bursts of changes are read once, this long after the first. */
const EVALUATE_DELAY_MS = 300;
/** Backstop, and how client-side route changes are noticed: the text fallback and the notice wait for time to pass, not for a change. */
const EVALUATE_EVERY_MS = 1_000;

/** The URL the document was loaded at: the navigation entry (a page script's pushState does not change it), else the location now (document_start). */
function loadedUrl(win: Window): string {
  try {
    const entry = win.performance?.getEntriesByType?.('navigation')[0];
    if (entry && typeof entry.name === 'string' && entry.name !== '') return entry.name;
  } catch {
    /* fall back below */
  }
  return win.location.href;
}

export const officialFigures: Feature<MmsPageDeps> = {
  id: 'official-figures',
  runsOn: isMmsShellPage,
  async init({ win, doc, clock, send }, signal) {
    const loaded = loadedUrl(win);
    const capture = new OfficialCapture({ doc, clock, href: () => win.location.href, loadedHref: () => loaded, send });
    signal.addEventListener('abort', () => capture.dispose(), { once: true });
    let scheduled = false;
    const evaluate = () => {
      if (scheduled || signal.aborted) return;
      scheduled = true;
      win.setTimeout(() => {
        scheduled = false;
        void capture.evaluate();
      }, EVALUATE_DELAY_MS);
    };
    const unlisten = listenToTap(win, (item) => {
      if (item.channel === 'http' && capture.ingest({ url: item.url, body: item.body })) evaluate();
    });
    signal.addEventListener('abort', unlisten, { once: true });

    await domReady(doc);
    if (signal.aborted) return;
    // The data pages draw their cards and date picker after their call returns.
    const observer = new MutationObserver(evaluate);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'value'] });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    const timer = win.setInterval(evaluate, EVALUATE_EVERY_MS);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
    evaluate();
  },
};
