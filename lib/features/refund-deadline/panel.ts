/**
 * The after-sales panel's overlay: one fixed shadow-root host at the end of
 * <html> (never inside the page's app tree), rendering RefundPanel.tsx,
 * and the outline it draws around a row the agent jumped to. The outline is
 * ours (a fixed box over the row), not a style on the page's element.
 */
import { h, render } from 'preact';
import panelCss from './panel.css?inline';
import { STAGES_CSS } from './stages';
import { RefundPanel, type RefundPanelProps } from './RefundPanel';
import { createShadowHost } from '../../dom/shadow-host';

export const REFUND_PANEL_TAG = 'kefu-refund-panel';
const OUTLINE_MS = 2_000;
const PANEL_CSS = panelCss + STAGES_CSS;

export interface RefundPanelOverlay {
  render(props: RefundPanelProps | null): void;
  /** Moves the open panel's top to `px` from the viewport's top (panel-place.ts panelTop). */
  setTop(px: number): void;
  /** Draws a fading outline around `el` (already scrolled into view). */
  outline(el: Element): void;
  remove(): void;
}

export function createRefundPanel(doc: Document): RefundPanelOverlay {
  const { host, shadow } = createShadowHost(doc, REFUND_PANEL_TAG, PANEL_CSS);
  const container = doc.createElement('div');
  const outline = doc.createElement('div');
  outline.className = 'outline';
  outline.dataset.testid = 'refund-outline';
  shadow.append(container);
  doc.documentElement.append(host);
  let outlineTimer: ReturnType<typeof setTimeout> | undefined;
  let top: number | null = null;
  return {
    render: (props) => render(props ? h(RefundPanel, props) : null, container),
    setTop(px) {
      if (px === top) return;
      top = px;
      // A custom property on our own host: `all: initial` in the shadow root's :host leaves custom properties alone.
      host.style.setProperty('--kg-panel-top', `${px}px`);
    },
    outline(el) {
      const r = el.getBoundingClientRect();
      const pad = 4;
      Object.assign(outline.style, {
        left: `${r.left - pad}px`,
        top: `${r.top - pad}px`,
        width: `${r.width + 2 * pad}px`,
        height: `${r.height + 2 * pad}px`,
      });
      outline.remove();
      void outline.offsetWidth; // restart the fade
      shadow.append(outline);
      clearTimeout(outlineTimer);
      outlineTimer = setTimeout(() => outline.remove(), OUTLINE_MS);
    },
    remove() {
      clearTimeout(outlineTimer);
      render(null, container);
      host.remove();
    },
  };
}
