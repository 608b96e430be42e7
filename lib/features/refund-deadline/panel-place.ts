/**
 * Where the open panel goes (issue 23 item 7). Pure: the viewport's width,
 * the right edge of the rows and the spans no panel may cover (each row's
 * amounts, logistics, the page's countdown and its actions). A wide screen's
 * free margin right of the list first; else the rightmost free column of the
 * list at least MIN_PANEL_WIDTH wide, the panel narrowed to it; else nowhere
 * (the panel stays a tab unless the agent opens it).
 */
import type { Span } from '../../pdd/aftersales-layout';
import type { PanelLayout } from './state';

/** The open panel's width. */
export const PANEL_WIDTH_PX = 320;
/** The narrowest the panel may be made to fit a free column. */
export const MIN_PANEL_WIDTH_PX = 240;
/** Space kept between the panel and anything it must not cover. */
export const PANEL_GAP_PX = 12;
/** The open panel's width plus margins: it opens by itself at the edge where the page leaves this much free on the right. */
export const PANEL_ROOM_PX = PANEL_WIDTH_PX + 2 * PANEL_GAP_PX;

/** The open panel's top where nothing asks it lower: under the backend's top bar. */
export const PANEL_TOP_PX = 72;
/** The lowest the open panel's top goes (share of the viewport's height): on a short screen it stays tall enough to use. */
export const PANEL_TOP_MAX_SHARE = 0.5;

/**
 * The open panel's top when it sits over the list (no free margin on the
 * right): where the rows start, so the list's search field and filter tabs
 * above them stay clear (at 1280–1366 px the panel covered both); once the
 * agent scrolls the rows up, under the top bar. `rowsTop`: the first row's
 * top in the viewport, null when no row is listed.
 */
export function panelTop(rowsTop: number | null, viewportHeight: number): number {
  if (rowsTop === null || !Number.isFinite(rowsTop)) return PANEL_TOP_PX;
  const lowest = Math.max(PANEL_TOP_PX, Math.floor(viewportHeight * PANEL_TOP_MAX_SHARE));
  return Math.min(lowest, Math.max(PANEL_TOP_PX, Math.round(rowsTop)));
}

/** Free columns of [0, width) between the kept-clear spans (each widened by the gap), left to right. */
export function freeColumns(width: number, keepClear: readonly Span[]): Span[] {
  const taken = keepClear
    .map((s) => ({ left: Math.max(0, s.left - PANEL_GAP_PX), right: Math.min(width, s.right + PANEL_GAP_PX) }))
    .filter((s) => s.right > s.left)
    .sort((a, b) => a.left - b.left);
  const free: Span[] = [];
  let x = 0;
  for (const s of taken) {
    if (s.left > x) free.push({ left: x, right: s.left });
    x = Math.max(x, s.right);
  }
  if (x < width) free.push({ left: x, right: width });
  return free;
}

export function placePanel(width: number, rowsRight: number, keepClear: readonly Span[]): PanelLayout {
  if (width - rowsRight >= PANEL_ROOM_PX) return { roomOnRight: true, panelRight: null, panelWidth: null, placed: true };
  const column = freeColumns(width, keepClear)
    .filter((c) => c.right - c.left >= MIN_PANEL_WIDTH_PX)
    .at(-1);
  if (!column) return { roomOnRight: false, panelRight: null, panelWidth: null, placed: false };
  return {
    roomOnRight: false,
    panelRight: Math.max(0, Math.round(width - column.right)),
    panelWidth: Math.floor(Math.min(PANEL_WIDTH_PX, column.right - column.left)),
    placed: true,
  };
}
