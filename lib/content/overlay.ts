/**
 * One fixed-position overlay per page (shadow root at the end of <html>),
 * rendering Preact components; it never sits inside the page's app tree.
 */
import { render, type ComponentChild } from 'preact';
import overlayCss from './overlay.css?inline';
import { createShadowHost } from '../dom/shadow-host';

export interface Overlay {
  render(content: ComponentChild): void;
  remove(): void;
  /** What was rendered, for a view that writes a ticking text itself. */
  readonly root: ParentNode;
}

/** `css`: the feature's own styles, after the kit's (the root, the notice, the rule link). */
export function createOverlay(doc: Document, tagName: string, css = ''): Overlay {
  const { host, shadow } = createShadowHost(doc, tagName, overlayCss + css);
  const container = doc.createElement('div');
  shadow.append(container);
  doc.documentElement.append(host);
  return {
    root: container,
    render: (content) => render(content, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}
