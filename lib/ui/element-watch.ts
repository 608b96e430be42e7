/**
 * A MutationObserver on whatever element the page currently shows for a
 * selector, following it when the page replaces the element (an SPA route
 * change, a re-mount). Only elements added or removed by the page count:
 * the page rewriting a countdown's text every second, or our own badges
 * going in, must not trigger a re-scan. Text the page rewrites is reported
 * apart, to whoever asks (`onText`): it tells when the page updates itself.
 */
import { queryFirst, type SelectorSpec } from '../pdd/selectors';
import { isOwnNode } from '../dom/shadow-host';

/** Text of the page's written (a text node replaced, or its data changed). */
const isTextChange = (r: MutationRecord) => r.type === 'characterData' || r.addedNodes[0]?.nodeType === 3;

/** Whether the nodes hold an element of the page's own (not one of ours). */
function holdsPageElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 1 && !isOwnNode(node)) return true;
  }
  return false;
}

/**
 * Whether the records add or remove an element of the page's own. The page
 * rewrites its countdown texts every second (dozens of records): a record of
 * changed text (characterData) has no nodes, so its node lists are not asked
 * for (each ask makes a new list object).
 */
export function pageElementsChanged(records: readonly MutationRecord[]): boolean {
  for (const r of records) if (r.type === 'childList' && (holdsPageElement(r.addedNodes) || holdsPageElement(r.removedNodes))) return true;
  return false;
}

export class ElementWatch {
  private watched: Element | null = null;
  private readonly observer: MutationObserver;
  private readonly options: MutationObserverInit;

  constructor(
    private readonly spec: SelectorSpec,
    private readonly onChange: () => void,
    private readonly onText?: () => void,
  ) {
    this.options = { childList: true, subtree: true, characterData: onText !== undefined };
    this.observer = new MutationObserver((records) => this.report(records));
  }

  /** The page's elements changed: `onChange`; else only its text: `onText`. */
  private report(records: readonly MutationRecord[]): void {
    if (pageElementsChanged(records)) this.onChange();
    else if (this.onText && records.some(isTextChange)) this.onText();
  }

  get element(): Element | null {
    return this.watched;
  }

  /** Observes the element the page shows now; true when it is not the one observed before. */
  follow(root: Document | Element): boolean {
    const current = queryFirst(root, this.spec);
    if (current === this.watched) return false;
    this.observer.disconnect();
    this.watched = current;
    if (current) this.observer.observe(current, this.options);
    return true;
  }

  /**
   * Runs `work` (our own badges going into the page's rows, 50 after every
   * re-render of the list) unobserved, so it leaves no records for the
   * callback to sift; changes of the page's made before it are reported first, as the callback would.
   */
  unobserved(work: () => void): void {
    const watched = this.watched;
    this.report(this.observer.takeRecords());
    if (!watched) return work();
    this.observer.disconnect();
    try {
      work();
    } finally {
      this.observer.observe(watched, this.options);
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.watched = null;
  }
}
