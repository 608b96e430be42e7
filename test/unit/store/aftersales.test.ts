import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@/lib/clock';
import type { AfterSalesRowState } from '@/lib/events';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { mergeListPages, putAfterSalesSnapshot, RECENT_PAGES_MS, refundCounts } from '@/lib/store/aftersales';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import { ACCOUNT, bj, freshStore, stored, TODAY } from './helpers';

const STAGES = DEFAULT_SETTINGS.afterSales.stageHours;
const NOW = bj(TODAY, '12:00');

// refundStage's boundaries are tested where it lives: test/unit/aftersales/deadline.test.ts.

describe('after-sales snapshots', () => {
  let store: StoreConnection;
  let db: KefuDb;
  beforeEach(async () => {
    ({ store } = freshStore());
    db = await store.db();
  });
  afterEach(() => store.close());

  const row = (id: string, hoursLeft: number | null, pending = true): AfterSalesRowState => ({
    afterSalesId: id,
    pending,
    deadlineAt: hoursLeft === null ? null : NOW + hoursLeft * HOUR_MS,
    flags: [],
  });

  it('counts the current set by stage at the current time', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, [row('a', 30), row('b', 10), row('c', 3), row('d', 0.5), row('e', -1), row('f', null), row('g', 5, false)], NOW);
    expect(await refundCounts(db, ACCOUNT.key, NOW, STAGES)).toEqual({ pending: 6, calm: 1, warn: 1, urgent: 1, critical: 1, overdue: 1, seenAt: NOW });
    // Nine hours later the same rows are more urgent.
    expect(await refundCounts(db, ACCOUNT.key, NOW + 9 * HOUR_MS, STAGES)).toMatchObject({ calm: 1, warn: 0, urgent: 0, critical: 1, overdue: 3 });
  });

  it('latest state wins per id; a late, older snapshot changes nothing', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, [row('a', 30)], NOW);
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW + 60_000, [row('a', 30, false)], NOW)).stored).toBe(1);
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW - 60_000, [row('a', 30, true)], NOW)).stored).toBe(0);
    expect(await db.get('afterSales', [ACCOUNT.key, stored('a')])).toMatchObject({ pending: false, seenAt: NOW + 60_000 });
    expect((await refundCounts(db, ACCOUNT.key, NOW, STAGES)).pending).toBe(0);
  });

  it('the same snapshot twice stores nothing new', async () => {
    const rows = [row('a', 30), row('b', 2)];
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows, NOW)).stored).toBe(2);
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows, NOW)).stored).toBe(0);
  });

  it('rows that disappear keep their state but are no longer counted', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, [row('a', 30), row('b', 2)], NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + 60_000, [row('b', 2)], NOW);
    expect(await refundCounts(db, ACCOUNT.key, NOW, STAGES)).toMatchObject({ pending: 1, calm: 0, urgent: 1, seenAt: NOW + 60_000 });
    expect(await db.get('afterSales', [ACCOUNT.key, stored('a')])).toMatchObject({ pending: true, seenAt: NOW });
  });

  it('nothing seen yet: zero counts and seenAt null; accounts are separate', async () => {
    await putAfterSalesSnapshot(db, { key: 'other' }, NOW, [row('a', 30)], NOW);
    expect(await refundCounts(db, ACCOUNT.key, NOW, STAGES)).toEqual({ pending: 0, calm: 0, warn: 0, urgent: 0, critical: 0, overdue: 0, seenAt: null });
  });

  it('stores no refund number: ids are hashed with the shop\'s salt (and the team secret)', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, [row('R2026120100017', 30)], NOW, 'team-secret');
    const [record] = await db.getAll('afterSales');
    expect(record?.afterSalesId).toBe(stored('R2026120100017', ACCOUNT.key, 'team-secret'));
    expect(JSON.stringify([await db.getAll('afterSales'), await db.getAll('meta')])).not.toContain('R2026120100017');
    // The same id seen again is the same record.
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW, [row('R2026120100017', 30)], NOW, 'team-secret')).stored).toBe(0);
  });

  it('malformed rows and unknown flags are dropped', async () => {
    const rows = [{ afterSalesId: 'x' }, { ...row('a', 30), flags: ['instantRefund', 'bogus'] }];
    expect((await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows, NOW)).stored).toBe(1);
    expect((await db.get('afterSales', [ACCOUNT.key, stored('a')]))?.flags).toEqual(['instantRefund']);
  });
});

describe('refund counts over the list pages seen recently', () => {
  let store: StoreConnection;
  let db: KefuDb;
  beforeEach(async () => {
    ({ store } = freshStore());
    db = await store.db();
  });
  afterEach(() => store.close());

  const rows = (ids: string[], hoursLeft = 10): AfterSalesRowState[] =>
    ids.map((id) => ({ afterSalesId: id, pending: true, deadlineAt: NOW + hoursLeft * HOUR_MS, flags: [] }));
  const page1 = ['a1', 'a2', 'a3', 'a4'];
  const page2 = ['b1', 'b2', 'b3'];

  it('counts page 1 and page 2 together, not only the last page seen', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows(page1), NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + MINUTE_MS, rows(page2, 2), NOW);
    expect(await refundCounts(db, ACCOUNT.key, NOW + MINUTE_MS, STAGES)).toMatchObject({ pending: 7, warn: 4, urgent: 3 });
  });

  it('a row handled on page 1 leaves the count when page 1 is seen again; page 2 stays', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows(page1), NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + MINUTE_MS, rows(page2), NOW);
    // a1 handled: page 1 now shows a2–a4 and b1 moved up from page 2.
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + 2 * MINUTE_MS, rows(['a2', 'a3', 'a4', 'b1']), NOW);
    expect((await refundCounts(db, ACCOUNT.key, NOW + 2 * MINUTE_MS, STAGES)).pending).toBe(6);
  });

  it('a page not seen again for 30 minutes stops counting; an empty list clears all', async () => {
    await putAfterSalesSnapshot(db, ACCOUNT, NOW, rows(page1), NOW);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + RECENT_PAGES_MS + MINUTE_MS, rows(page2), NOW);
    expect((await refundCounts(db, ACCOUNT.key, NOW + RECENT_PAGES_MS + MINUTE_MS, STAGES)).pending).toBe(3);
    await putAfterSalesSnapshot(db, ACCOUNT, NOW + RECENT_PAGES_MS + 2 * MINUTE_MS, [], NOW);
    expect((await refundCounts(db, ACCOUNT.key, NOW + RECENT_PAGES_MS + 2 * MINUTE_MS, STAGES)).pending).toBe(0);
  });

  it('mergeListPages: a late snapshot of a page never replaces a newer one of it', () => {
    const newer = { seenAt: NOW + MINUTE_MS, ids: ['a2', 'a3'] };
    const late = { seenAt: NOW, ids: ['a1', 'a2', 'a3'] };
    expect(mergeListPages([newer], late)).toEqual([newer]);
    expect(mergeListPages([late], newer)).toEqual([newer]);
  });
});
