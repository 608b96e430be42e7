/**
 * Reading the after-sales pages by text (their class names are hashed, see
 * aftersales-selectors.ts): a subtree's text as the agent reads it, the
 * elements whose text is an anchor, and the smallest element holding a text.
 * Pure over a root; our own hosts are never read.
 */
import { isOwnNode } from '../dom/shadow-host';
import type { TextAnchor } from './aftersales-selectors';

type Root = Document | Element;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Text of a subtree, one space between text nodes, whitespace collapsed; the
 * extension's own hosts are skipped. textContent would glue adjacent spans
 * ("2311087972申请时间"); layout-based innerText would force a reflow.
 */
export function collectText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName) && !isOwnNode(child)) walk(child);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements whose own text is exactly the anchor's (deepest match only). */
export function findTextElements(root: Root, anchor: TextAnchor): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    if (!text || text.length > 12) continue;
    const parent = node.parentElement;
    if (!parent || found.includes(parent) || isInsideOwn(parent)) continue;
    // The button's own full text (its children may split it) must be the anchor.
    const own = collectText(parent).replace(/\s+/g, '');
    if (anchor.alternatives.some((a) => a.pattern.test(text) || a.pattern.test(own))) found.push(parent);
  }
  return found;
}

function isInsideOwn(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isOwnNode(e)) return true;
  return false;
}

/**
 * The smallest element inside `root` whose text `matches`, climbing from the
 * text node holding `seed`; `root` itself counts unless `rootCounts` is false.
 */
export function smallestMatching(root: Element, seed: string, matches: (text: string) => boolean, rootCounts = true): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.includes(seed)) continue;
    for (let el = node.parentElement; el && root.contains(el); el = el.parentElement) {
      if (el === root && !rootCounts) break;
      if (matches(collectText(el))) return el;
      if (el === root) break;
    }
  }
  return null;
}
