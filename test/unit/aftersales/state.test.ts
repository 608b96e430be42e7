// @vitest-environment node
// The refund overlay's state without a page (lib/features/refund-deadline/state.ts):
// rows read and gone, the self-check's notice delay, the frame's times and panel items,
// when the panel shows, hides or opens by itself, the flags' refresh and the snapshot rows.
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { AfterSalesRow, ListCheck } from '@/lib/pdd/aftersales-page';
import { FLAGS_REFRESH_MS, NOTICE_AFTER_MS, RefundState, type Frame, type RefundPage } from '@/lib/features/refund-deadline/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { panelProps } from '@/lib/features/refund-deadline/words';
import { SNAPSHOT_NOW, useLocale } from './helpers';

const NOW = SNAPSHOT_NOW;
const SETTINGS = DEFAULT_SETTINGS.afterSales;
const ROWS: ListCheck = { recognised: true, missing: [], state: 'rows' };
const LOADING: ListCheck = { recognised: true, missing: [], state: 'loading' };
const BROKEN: ListCheck = { recognised: false, missing: ['detailButton'], state: 'rows' };
const noTraffic = () => undefined;

/** A DOM row as the adapter reads it; the elements are stand-ins (the state never touches them). */
function domRow(afterSalesId: string, over: Partial<AfterSalesRow> = {}): AfterSalesRow {
  const element = {} as Element;
  return {
    afterSalesId,
    orderId: null,
    type: '仅退款',
    statusText: '待商家处理',
    statusKind: 'awaiting-merchant',
    pending: true,
    awaitingFirstResponse: true,
    reason: null,
    refundAmountFen: null,
    paidAmountFen: null,
    shipped: false,
    carrier: null,
    trackingNumber: null,
    latestLogisticsAt: null,
    appliedAt: null,
    countdown: { remainingMs: 10 * HOUR_MS, condition: '未处理' },
    countdownUnreadable: false,
    instantRefund: false,
    element,
    countdownElement: null,
    anchor: element,
    ...over,
  } as AfterSalesRow;
}

const left = (id: string, ms: number, over: Partial<AfterSalesRow> = {}) => domRow(id, { countdown: { remainingMs: ms, condition: '未处理' }, ...over });
const settled = (id: string, over: Partial<AfterSalesRow> = {}) =>
  domRow(id, { pending: false, awaitingFirstResponse: false, statusText: '退款成功', statusKind: 'done', countdown: null, ...over });

function state(page: RefundPage = 'list', rows: AfterSalesRow[] = [], check = ROWS): RefundState {
  const s = new RefundState(page, NOW);
  s.read(rows, check, noTraffic, NOW, SETTINGS);
  return s;
}

const ids = (frame: Frame) => frame.items.map((i) => i.row.afterSalesId);

beforeEach(() => useLocale('zh_CN'));

describe('reading the page', () => {
  it('keeps the rows by id and answers the ids that are gone', () => {
    const s = state('list', [left('a', HOUR_MS), left('b', 2 * HOUR_MS), settled('c')]);
    expect([...s.rows.keys()]).toEqual(['a', 'b', 'c']);
    expect(s.read([left('b', 2 * HOUR_MS), left('d', HOUR_MS)], ROWS, noTraffic, NOW + SECOND_MS, SETTINGS)).toEqual(['a', 'c']);
    expect([...s.rows.keys()]).toEqual(['b', 'd']);
  });

  it('keeps a deadline steady across re-reads (the page\'s countdown is whole seconds)', () => {
    const s = state('list', [left('a', HOUR_MS)]);
    const first = s.rows.get('a')!.row.deadline!.at;
    s.read([left('a', HOUR_MS - 1_000)], ROWS, noTraffic, NOW + 2_000, SETTINGS);
    expect(s.rows.get('a')!.row.deadline!.at).toBe(first);
  });

  it('a page not recognised: no rows, and the notice only once it has failed for a while', () => {
    const s = state('list', [left('a', HOUR_MS)]);
    expect(s.read([left('a', HOUR_MS)], BROKEN, noTraffic, NOW, SETTINGS)).toEqual(['a']);
    expect(s.failing).toBe(true);
    expect(s.rows.size).toBe(0);
    expect(s.noticeDue(NOW + NOTICE_AFTER_MS - 1)).toBe(false);
    // Still failing on the next read: the delay counts from the first failure.
    s.read([], BROKEN, noTraffic, NOW + SECOND_MS, SETTINGS);
    expect(s.noticeDue(NOW + NOTICE_AFTER_MS)).toBe(true);
    s.read([left('a', HOUR_MS)], ROWS, noTraffic, NOW + 3 * SECOND_MS, SETTINGS);
    expect([s.failing, s.noticeDue(NOW + 10 * SECOND_MS)]).toEqual([false, false]);
  });

  it('the flags are re-derived once a minute: a shipment without news for 2 days turns noLogistics', () => {
    const shipped = left('a', 40 * HOUR_MS, { shipped: true, trackingNumber: 'YT1', type: '退货退款', latestLogisticsAt: NOW - 2 * DAY_MS + 30 * SECOND_MS });
    const s = state('list', [shipped]);
    expect(s.rows.get('a')!.flags).toEqual([]);
    expect(s.refreshFlags(NOW + FLAGS_REFRESH_MS - 1, SETTINGS)).toBe(false);
    expect(s.refreshFlags(NOW + FLAGS_REFRESH_MS, SETTINGS)).toBe(true);
    expect(s.rows.get('a')!.flags).toEqual(['noLogistics']);
    expect(s.rows.get('a')!.info.flags.map((f) => f.flag)).toEqual(['noLogistics']);
  });
});

describe('a frame', () => {
  it('every row\'s time left; the panel lists the pending rows with a deadline', () => {
    const s = state('list', [left('a', 10 * MINUTE_MS + 30 * SECOND_MS), settled('b', { instantRefund: true }), domRow('c', { countdown: null })]);
    const frame = s.frame(NOW, SETTINGS);
    expect(Object.fromEntries(frame.times)).toEqual({
      a: { text: '剩 10 分', stage: 'critical' },
      b: { text: null, stage: null },
      c: { text: '时限未知', stage: 'unknown' },
    });
    expect(ids(frame)).toEqual(['a', 'c']);
    expect(s.frame(NOW + 61 * SECOND_MS, SETTINGS).key).not.toBe(frame.key);
    expect(s.frame(NOW + 1 * SECOND_MS, SETTINGS).key).toBe(frame.key);
  });
});

describe('the panel', () => {
  it('hidden while the list loads with nothing pending; shown once, then unchanged until its items change', () => {
    const s = state('list', [], LOADING);
    expect(s.panel(s.frame(NOW, SETTINGS), null)).toEqual({ kind: 'same' });
    s.read([left('a', 20 * HOUR_MS)], ROWS, noTraffic, NOW, SETTINGS);
    const shown = s.panel(s.frame(NOW + 10 * SECOND_MS, SETTINGS), null);
    expect(shown).toMatchObject({ kind: 'show', collapsed: false, right: null, reopen: false });
    expect(s.panel(s.frame(NOW + 20 * SECOND_MS, SETTINGS), null)).toEqual({ kind: 'same' });
    expect(s.panel(s.frame(NOW + HOUR_MS, SETTINGS), null).kind).toBe('show');
    s.read([], LOADING, noTraffic, NOW, SETTINGS);
    expect(s.panel(s.frame(NOW, SETTINGS), null)).toEqual({ kind: 'hide' });
  });

  it('never on the detail page', () => {
    const s = state('detail', [left('a', 10 * MINUTE_MS)]);
    expect(s.panel(s.frame(NOW, SETTINGS), null)).toEqual({ kind: 'same' });
  });

  it('collapsed or open: the agent\'s choice, else open only with room on the right', () => {
    const s = state('list', [left('a', 20 * HOUR_MS)]);
    expect([s.collapsed(null), s.collapsed(true), s.collapsed(false)]).toEqual([false, true, false]);
    s.layout = { roomOnRight: false, panelRight: 179, panelWidth: 300, placed: true };
    expect([s.collapsed(null), s.collapsed(false)]).toEqual([true, false]);
    expect(s.panel(s.frame(NOW, SETTINGS), false)).toMatchObject({ kind: 'show', collapsed: false, right: 179, width: 300 });
  });

  it('opens by itself for urgent refunds when the agent has not collapsed it, once per refund', () => {
    const s = state('list', [left('a', 2 * HOUR_MS)]);
    s.layout = { roomOnRight: false, panelRight: 400, panelWidth: 320, placed: true };
    expect(s.panel(s.frame(NOW, SETTINGS), null)).toMatchObject({ kind: 'show', collapsed: false, reopen: true });
    expect(s.panel(s.frame(NOW + MINUTE_MS, SETTINGS), true)).toMatchObject({ kind: 'show', collapsed: true, reopen: false });
  });

  it('a panel the agent collapsed stays collapsed after a reload for refunds already urgent (issue 23 item 7)', () => {
    const s = state('list', [left('a', 2 * HOUR_MS), left('b', 30 * MINUTE_MS)]);
    expect(s.panel(s.frame(NOW, SETTINGS), true)).toMatchObject({ kind: 'show', collapsed: true, reopen: false });
    expect(s.panel(s.frame(NOW + 5 * MINUTE_MS, SETTINGS), true)).toMatchObject({ collapsed: true, reopen: false });
  });

  it('nowhere to open without covering the rows\' amounts, logistics, countdown or actions: stays a tab', () => {
    const s = state('list', [left('a', 2 * HOUR_MS)]);
    s.layout = { roomOnRight: false, panelRight: null, panelWidth: null, placed: false };
    expect(s.panel(s.frame(NOW, SETTINGS), null)).toMatchObject({ kind: 'show', collapsed: true, reopen: false });
  });

  it('opens even a collapsed panel when a refund enters the urgent stage while watched, once per refund', () => {
    const s = state('list', [left('a', 2 * HOUR_MS), left('b', 6 * HOUR_MS)]);
    expect(s.panel(s.frame(NOW, SETTINGS), true)).toMatchObject({ kind: 'show', collapsed: true, reopen: false });
    // The agent keeps it collapsed: it stays so while no other refund turns urgent.
    expect(s.panel(s.frame(NOW + 90 * MINUTE_MS, SETTINGS), true)).toMatchObject({ collapsed: true, reopen: false });
    // b is within 4 h two hours later.
    expect(s.panel(s.frame(NOW + 2 * HOUR_MS + MINUTE_MS, SETTINGS), true)).toMatchObject({ collapsed: false, reopen: true });
  });

  it('no reopening when the panel is already open', () => {
    const s = state('list', [left('a', 2 * HOUR_MS)]);
    expect(s.panel(s.frame(NOW, SETTINGS), false)).toMatchObject({ collapsed: false, reopen: false });
  });

  it('drawn anew after it was taken off the page', () => {
    const s = state('list', [left('a', 20 * HOUR_MS)]);
    s.panel(s.frame(NOW, SETTINGS), null);
    s.panelGone();
    expect(s.panel(s.frame(NOW, SETTINGS), null).kind).toBe('show');
  });
});

describe('the snapshot rows', () => {
  it('the rows\' states on a recognised list', () => {
    const s = state('list', [left('a', 10 * MINUTE_MS), settled('b')]);
    expect(s.snapshotRows(NOW, SETTINGS, { lastEmpty: false, lastAt: 0 })).toEqual([
      { afterSalesId: 'a', pending: true, deadlineAt: NOW + 10 * MINUTE_MS, flags: [] },
      { afterSalesId: 'b', pending: false, deadlineAt: null, flags: [] },
    ]);
  });

  it.each([
    ['the detail page', () => state('detail', [left('a', HOUR_MS)])],
    ['a page not recognised', () => state('list', [left('a', HOUR_MS)], BROKEN)],
    ['a list still loading', () => state('list', [], LOADING)],
  ])('none on %s', (_, make) => {
    expect(make().snapshotRows(NOW, SETTINGS, { lastEmpty: false, lastAt: 0 })).toBeNull();
  });

  it('an empty list while loading only when the page\'s own response said so since the start', () => {
    const s = state('list', [], LOADING);
    expect(s.snapshotRows(NOW, SETTINGS, { lastEmpty: true, lastAt: NOW - SECOND_MS })).toBeNull();
    expect(s.snapshotRows(NOW, SETTINGS, { lastEmpty: true, lastAt: NOW + SECOND_MS })).toEqual([]);
  });
});

describe('stage counts over every list page seen (issue 23 item 7)', () => {
  const handlers = { collapsed: false, right: null, width: null, onToggle: () => {}, onJump: () => {} };
  const countsOf = (s: RefundState, now: number) => {
    const frame = s.frame(now, SETTINGS);
    const props = panelProps(frame.items, SETTINGS, handlers, { rows: frame.others, now });
    return Object.fromEntries(props.counts.map((c) => [c.stage, c.count]));
  };

  it('page 2 counts page 1\'s overdue refund; page 1 seen again without it drops it', () => {
    const page1 = [left('p1-a', -5 * MINUTE_MS), left('p1-b', 20 * HOUR_MS), settled('p1-c')];
    const page2 = [left('p2-a', 30 * HOUR_MS), left('p2-b', 2 * HOUR_MS)];
    const s = state('list', page1);
    s.read(page2, ROWS, noTraffic, NOW + MINUTE_MS, SETTINGS);
    expect(countsOf(s, NOW + MINUTE_MS)).toMatchObject({ overdue: 1, urgent: 1, calm: 2 });
    expect(ids(s.frame(NOW + MINUTE_MS, SETTINGS))).toEqual(['p2-a', 'p2-b']); // listed: this page's rows only
    // Page 1 again, its overdue refund handled meanwhile: page 1's earlier sighting is replaced.
    s.read([left('p1-b', 20 * HOUR_MS), settled('p1-c')], ROWS, noTraffic, NOW + 2 * MINUTE_MS, SETTINGS);
    expect(countsOf(s, NOW + 2 * MINUTE_MS)).toMatchObject({ overdue: 0, urgent: 1, calm: 2 });
  });

  it('a page not seen for 30 minutes stops counting', () => {
    const s = state('list', [left('p1-a', -5 * MINUTE_MS), left('p1-b', 20 * HOUR_MS)]);
    s.read([left('p2-a', 30 * HOUR_MS)], ROWS, noTraffic, NOW + 31 * MINUTE_MS, SETTINGS);
    expect(countsOf(s, NOW + 31 * MINUTE_MS)).toMatchObject({ overdue: 0, calm: 1 });
  });
});

describe('a clock that learns the platform\'s time (the computer 4 h slow)', () => {
  const SLOW = 4 * HOUR_MS;
  const WALL = NOW - SLOW;
  /** Fell due 2 h ago: the page's countdown sits at 0, the request was made 50 h ago (48-hour rule). */
  const due = left('due', 0, { appliedAt: NOW - 50 * HOUR_MS });
  /** At 0 and not awaiting a first response: only when it was first seen at 0 says when it fell due. */
  const quiet = left('quiet', 0, { awaitingFirstResponse: false });
  const soon = left('soon', 3 * HOUR_MS);
  const texts = (s: RefundState, now: number) => Object.fromEntries([...s.frame(now, SETTINGS).times].map(([id, t]) => [id, t.text]));

  it('how long ago a refund fell due is counted on the platform\'s clock once it is known; times left stay right', () => {
    const s = new RefundState('list', WALL);
    s.read([due, quiet, soon], ROWS, noTraffic, WALL, SETTINGS);
    // On the computer's clock the refund 2 h overdue reads as just due (the bug the Firefox e2e found).
    expect(texts(s, WALL)).toEqual({ due: '已超时 0 分', quiet: '已超时 0 分', soon: '剩 3 小时 0 分' });
    s.shift(SLOW);
    s.read([due, quiet, left('soon', 3 * HOUR_MS - SECOND_MS)], ROWS, noTraffic, NOW + SECOND_MS, SETTINGS);
    expect(texts(s, NOW + 10 * MINUTE_MS)).toEqual({ due: '已超时 2 小时', quiet: '已超时 10 分', soon: '剩 2 小时 50 分' });
    expect(s.snapshotRows(NOW, SETTINGS, { lastEmpty: false, lastAt: 0 })!.map((r) => r.deadlineAt)).toEqual([NOW - 2 * HOUR_MS, NOW, NOW + 3 * HOUR_MS]);
  });

  it('the other list pages\' deadlines move with it, estimates excepted', () => {
    const handlers = { collapsed: false, right: null, width: null, onToggle: () => {}, onJump: () => {} };
    const s = new RefundState('list', WALL);
    // Page 1: 30 min left by its countdown, and one without a countdown, 30 min left by the 48-hour estimate.
    s.read([left('p1-a', 30 * MINUTE_MS), domRow('p1-b', { countdown: null, appliedAt: NOW - 47 * HOUR_MS - 30 * MINUTE_MS })], ROWS, noTraffic, WALL, SETTINGS);
    s.read([left('p2-a', 30 * HOUR_MS)], ROWS, noTraffic, WALL + MINUTE_MS, SETTINGS);
    s.shift(SLOW);
    const frame = s.frame(NOW + MINUTE_MS, SETTINGS);
    expect(frame.others).toEqual([
      { afterSalesId: 'p1-a', deadlineAt: NOW + 30 * MINUTE_MS },
      { afterSalesId: 'p1-b', deadlineAt: NOW + 30 * MINUTE_MS },
    ]);
    const props = panelProps(frame.items, SETTINGS, handlers, { rows: frame.others, now: NOW + MINUTE_MS });
    expect(Object.fromEntries(props.counts.map((c) => [c.stage, c.count]))).toMatchObject({ overdue: 0, critical: 2, calm: 1 });
  });
});
