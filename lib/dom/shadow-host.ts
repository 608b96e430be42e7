/**
 * Shadow-root hosts for everything the extension draws on a merchant page,
 * so no style leaks in or out (privacy and "the host page is not ours").
 * One constructed stylesheet per CSS text is shared by every host.
 */

const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(doc: Document, cssText: string): CSSStyleSheet | null {
  if (sheets.has(cssText)) return sheets.get(cssText)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Ctor = (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet) as typeof CSSStyleSheet;
    sheet = new Ctor();
    sheet.replaceSync(cssText);
  } catch {
    sheet = null; // no constructable stylesheets: fall back to <style> per host
  }
  sheets.set(cssText, sheet);
  return sheet;
}

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * Creates (not inserts) a host element with an open shadow root styled with
 * `cssText`. The host resets inherited styles so the page's CSS can't reach in.
 */
export function createShadowHost(doc: Document, tagName: string, cssText: string): ShadowHost {
  const host = doc.createElement(tagName);
  host.setAttribute('data-kefu-guard', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc, `:host{all:initial}\n${cssText}`);
  if (sheet && 'adoptedStyleSheets' in shadow) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return { host, shadow };
    } catch {
      /* fall through */
    }
  }
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial}\n${cssText}`;
  shadow.append(style);
  return { host, shadow };
}

/** True for nodes the extension inserted (so observers can ignore their own changes). */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute('data-kefu-guard');
}
