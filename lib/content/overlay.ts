/**
 * One fixed-position overlay per page (shadow root at the end of <html>),
 * rendering Preact components; it never sits inside the page's app tree.
 */
import { render, type ComponentChild } from 'preact';
import overlayCss from '@/lib/content/overlay.css?inline';
import levelsCss from '@/lib/features/reply-timer/wait-levels.css?inline';
import { createShadowHost } from '../dom/shadow-host';

const OVERLAY_CSS = overlayCss + levelsCss;

export interface Overlay {
  render(content: ComponentChild): void;
  remove(): void;
}

export function createOverlay(doc: Document, tagName: string): Overlay {
  const { host, shadow } = createShadowHost(doc, tagName, OVERLAY_CSS);
  const container = doc.createElement('div');
  shadow.append(container);
  doc.documentElement.append(host);
  return {
    render: (content) => render(content, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}
