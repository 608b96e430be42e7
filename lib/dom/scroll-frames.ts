/**
 * Runs `work` once an animation frame while anything on the page scrolls (the
 * window or one of the page's own scrollers: listened to in the capture phase,
 * as scroll events do not bubble), until `signal` aborts. Passive: it never
 * holds up the page's scrolling.
 */
export function onScrollFrames(win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>, doc: Document, signal: AbortSignal, work: () => void): void {
  let frame = 0;
  const onScroll = () => {
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) work();
    });
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
}
