// @vitest-environment node
// Where the open after-sales panel goes (issue 23 item 7): never over a row's amounts, logistics,
// the page's countdown or its actions.
import { describe, expect, it } from 'vitest';
import { freeColumns, MIN_PANEL_WIDTH_PX, PANEL_GAP_PX, panelTop, PANEL_TOP_PX, placePanel } from '@/lib/features/refund-deadline/panel-place';

/** The simulator's list at 1280 px: title 248–540, status 553–740, amounts 753–890, logistics 900–1100, actions 1117–1248. */
const AT_1280 = [
  { left: 753, right: 890 },
  { left: 900, right: 1100 },
  { left: 1117, right: 1248 },
  { left: 560, right: 700 }, // the page's countdown, in the status column
];

describe('placePanel', () => {
  it('a wide screen: the free margin right of the list', () => {
    expect(placePanel(1920, 1500, AT_1280)).toEqual({ roomOnRight: true, panelRight: null, panelWidth: null, placed: true });
  });

  it('1280 px: the rightmost free column of the list, clear of the countdown, amounts, logistics and actions', () => {
    const layout = placePanel(1280, 1248, AT_1280);
    expect(layout).toMatchObject({ roomOnRight: false, placed: true });
    const right = 1280 - layout.panelRight!;
    const left = right - (layout.panelWidth ?? 320);
    for (const s of AT_1280) expect(left >= s.right + PANEL_GAP_PX || right <= s.left - PANEL_GAP_PX, JSON.stringify({ left, right, s })).toBe(true);
    expect(right).toBe(560 - PANEL_GAP_PX);
  });

  it('a column narrower than the panel narrows it; none wide enough: nowhere', () => {
    const narrow = placePanel(1280, 1248, [{ left: 0, right: 300 }, { left: 580, right: 1280 }]);
    expect(narrow.panelWidth).toBe(580 - PANEL_GAP_PX - (300 + PANEL_GAP_PX));
    expect(placePanel(1280, 1248, [{ left: 0, right: 600 }, { left: 600 + MIN_PANEL_WIDTH_PX, right: 1280 }])).toMatchObject({ placed: false });
  });

  it('free columns between overlapping spans', () => {
    expect(freeColumns(1000, [{ left: 100, right: 300 }, { left: 250, right: 500 }])).toEqual([
      { left: 0, right: 100 - PANEL_GAP_PX },
      { left: 500 + PANEL_GAP_PX, right: 1000 },
    ]);
  });
});

describe('panelTop: over the list, the open panel starts where the rows start', () => {
  it.each([
    ['no row listed: under the top bar', null, 800, PANEL_TOP_PX],
    ['rows start below the search field and tabs: there', 297, 800, 297],
    ['rows scrolled up under the top bar: under the top bar', -400, 800, PANEL_TOP_PX],
    ['rows start low on a short screen: no lower than half of it', 420, 700, 350],
    ['a fraction of a pixel: rounded', 296.6, 800, 297],
    ['a viewport too short for half of it to clear the top bar: the top bar', 297, 100, PANEL_TOP_PX],
  ] as const)('%s', (_case, rowsTop, height, top) => {
    expect(panelTop(rowsTop, height)).toBe(top);
  });
});
