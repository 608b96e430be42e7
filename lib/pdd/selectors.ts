/**
 * How selectors are written down: each page element is an ordered list of
 * alternatives (first match wins), each with where it comes from, so when the
 * merchant backend changes a class name the fix is one line of data here.
 * Helpers take the root to search so tests can pass a happy-dom document.
 */

export interface SelectorAlternative {
  css: string;
  /** Where the variant was seen (source id in shared/PDD-PAGES.md) and when. */
  source: string;
}

export interface SelectorSpec {
  /** What the element is, for the self-check report. */
  description: string;
  alternatives: readonly SelectorAlternative[];
}

type Root = Document | Element | DocumentFragment;

/** The first element matching any alternative, trying them in order. */
export function queryFirst(root: Root, spec: SelectorSpec): Element | null {
  for (const alt of spec.alternatives) {
    const found = root.querySelector(alt.css);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first alternative that matches anything. */
export function queryAll(root: Root, spec: SelectorSpec): Element[] {
  for (const alt of spec.alternatives) {
    const found = root.querySelectorAll(alt.css);
    if (found.length > 0) return listed(found);
  }
  return [];
}

/**
 * The list's elements as an array, read by index: Array.from walks a NodeList
 * through its iterator (a call into the page's DOM and a result object per
 * element), the costliest line of reading 200 rows after each re-render.
 */
function listed(nodes: NodeListOf<Element>): Element[] {
  const out = new Array<Element>(nodes.length);
  for (let i = 0; i < out.length; i++) out[i] = nodes[i]!;
  return out;
}

/** True when `el` matches any alternative. */
export function matchesAny(el: Element, spec: SelectorSpec): boolean {
  return spec.alternatives.some((alt) => el.matches(alt.css));
}

const joined = new WeakMap<SelectorSpec, string>();

/** The nearest ancestor-or-self matching any alternative (one selector list: one walk up). */
export function closestAny(el: Element, spec: SelectorSpec): Element | null {
  let css = joined.get(spec);
  if (css === undefined) joined.set(spec, (css = spec.alternatives.map((alt) => alt.css).join(', ')));
  return el.closest(css);
}

/** Number of matches per alternative; the selector tests assert these on saved pages. */
export function countMatches(root: Root, spec: SelectorSpec): number[] {
  return spec.alternatives.map((alt) => root.querySelectorAll(alt.css).length);
}

/** Result of a page adapter's self-check: which required elements were not found. */
export interface SelfCheck {
  recognised: boolean;
  missing: string[];
}

/** Checks that every required selector matches at least once. */
export function selfCheck(root: Root, required: Record<string, SelectorSpec>): SelfCheck {
  return new Presence().check(root, required);
}

/**
 * Whether elements are present, remembering what each search found: while
 * that element stays under the root and still matches, the answer is known
 * without searching again (a search walks the page's thousands of nodes,
 * and the overlays ask every second). Same answers as `queryFirst(...) !== null`.
 */
export class Presence {
  private readonly found = new WeakMap<SelectorSpec, Element>();

  has(root: Root, spec: SelectorSpec): boolean {
    const known = this.found.get(spec);
    if (known && root.contains(known) && matchesAny(known, spec)) return true;
    const el = queryFirst(root, spec);
    if (el) this.found.set(spec, el);
    else this.found.delete(spec);
    return el !== null;
  }

  /** `selfCheck`, remembering. */
  check(root: Root, required: Record<string, SelectorSpec>): SelfCheck {
    const missing = Object.keys(required).filter((name) => !this.has(root, required[name]!));
    return { recognised: missing.length === 0, missing };
  }
}

const SPACE = /\s/;

/** Whitespace-collapsed text of an element (textContent: no layout is forced). Most texts read (a row's countdown) hold no space: returned as they are. */
export function textOf(el: Element | null | undefined): string {
  const text = el?.textContent ?? '';
  return SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
