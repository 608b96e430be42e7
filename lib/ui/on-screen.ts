/**
 * Which of our elements are on screen. A list of 200 conversations shows a
 * dozen at a time; badges out of sight skip their per-second redraw.
 */
export class OnScreen {
  /** Observed elements in view now (unobserved ones leave it). */
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver | null;

  /**
   * `onShown` runs when elements come into view (at most once per batch of
   * observer entries), so they can be redrawn at once.
   */
  constructor(win: Window, onShown: (elements: Element[]) => void) {
    const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.observer =
      typeof IO === 'function'
        ? new IO((entries: IntersectionObserverEntry[]) => {
            const shown: Element[] = [];
            for (const entry of entries) {
              if (entry.isIntersecting) {
                this.visible.add(entry.target);
                shown.push(entry.target);
              } else this.visible.delete(entry.target);
            }
            if (shown.length) onShown(shown);
          })
        : null;
  }

  observe(element: Element): void {
    this.observer?.observe(element);
  }

  unobserve(element: Element): void {
    this.observer?.unobserve(element);
    this.visible.delete(element);
  }

  /** Without IntersectionObserver every element counts as visible: better redrawn than frozen. */
  isVisible(element: Element): boolean {
    return this.observer === null || this.visible.has(element);
  }

  /** The observed elements in view now; null without IntersectionObserver (then every one counts as visible). */
  shown(): ReadonlySet<Element> | null {
    return this.observer === null ? null : this.visible;
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.visible.clear();
  }
}
