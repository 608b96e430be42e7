/**
 * Issue #15's pure parts: how a wait is written (昨天起 / N 天前, time to the
 * next threshold), when a desktop notification goes out, the self-check
 * against the page's count, and the diagnostics it leaves.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CountCheck, MISMATCH_LASTING_MS } from '@/lib/features/reply-timer/count-check';
import { notificationId, planNotification, tabOfNotification } from '@/lib/background/notification-plan';
import { addDiagnostic, listDiagnostics, MAX_DIAGNOSTICS, trafficMissingOn } from '@/lib/background/diagnostics';
import { beijingDay } from '@/lib/clock';
import { formatSpan, thresholdName, timeToNext, waitText } from '@/lib/wait-display';
import { useLocale } from '../popup/i18n';

const HOUR = 3600_000;
// 2026-11-23 10:00 Beijing; midnight Beijing is 16:00 UTC the day before.
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
const MIDNIGHT = Date.UTC(2026, 10, 22, 16, 0, 0);

beforeEach(() => useLocale('zh_CN'));

describe('waitText (the badge)', () => {
  const w = (waitingSince: number, more = {}) => ({ waitingSince, estimated: false, lowerBound: false, ...more });

  it('counts up today, with ≥ for a lower bound and ≈ for an estimate', () => {
    expect(waitText(w(NOW - 65_000), NOW)).toBe('1:05');
    expect(waitText(w(NOW - HOUR, { lowerBound: true, estimated: true }), NOW)).toBe('≥1 小时 0 分');
    expect(waitText(w(NOW - 30_000, { estimated: true }), NOW)).toBe('≈0:30');
    expect(waitText(w(MIDNIGHT), NOW)).toBe('10 小时 0 分');
  });

  it('a start before Beijing midnight reads 昨天起 or N 天前, never hundreds of hours (in any zone)', () => {
    expect(waitText(w(MIDNIGHT - 1), NOW)).toBe('昨天起');
    expect(waitText(w(MIDNIGHT - 23 * HOUR), NOW)).toBe('昨天起');
    expect(waitText(w(MIDNIGHT - 25 * HOUR), NOW)).toBe('2 天前');
    expect(waitText(w(NOW - 216 * HOUR), NOW)).toBe('9 天前');
  });

  it('counts seconds under 5 minutes, then whole minutes: the next threshold is an hour away and a second hand on every row costs the page a repaint each', () => {
    expect(waitText(w(NOW - 299_999), NOW)).toBe('4:59');
    expect(waitText(w(NOW - 300_000), NOW)).toBe('5 分');
    expect(waitText(w(NOW - 359_999, { estimated: true }), NOW)).toBe('≈5 分');
    expect(waitText(w(NOW - HOUR + 1), NOW)).toBe('59 分');
    expect(waitText(w(NOW - HOUR - 5 * 60_000 - 59_000), NOW)).toBe('1 小时 5 分');
    expect(waitText(w(NOW - HOUR), NOW)).toBe('1 小时 0 分');
  });

  it('writes the minutes in the locale, and each minute once', async () => {
    await useLocale('en'); // minutes no other test of this file writes: a page's texts are kept by minute (its language never changes)
    const lookups = vi.mocked(fakeBrowser.i18n.getMessage);
    lookups.mockClear();
    expect(waitText(w(NOW - 13 * 60_000), NOW)).toBe('13 min');
    expect(waitText(w(NOW - 127 * 60_000, { lowerBound: true }), NOW)).toBe('≥2 h 7 min');
    const asked = lookups.mock.calls.length;
    for (let s = 0; s < 59; s++) expect(waitText(w(NOW - 13 * 60_000 - s * 1000), NOW)).toBe('13 min');
    expect(lookups.mock.calls.length).toBe(asked);
  });

  it('a live wait across midnight keeps counting (the night shift): 23:50 reads 20 分 at 00:10; 昨天起 once it is 6 hours old', () => {
    const since = MIDNIGHT - 10 * 60_000;
    expect(waitText(w(since), MIDNIGHT - 1_000)).toBe('9 分');
    expect(waitText(w(since), MIDNIGHT + 10 * 60_000)).toBe('20 分');
    expect(waitText(w(since, { lowerBound: true }), MIDNIGHT + 55 * 60_000)).toBe('≥1 小时 5 分');
    expect(waitText(w(since), since + 6 * HOUR - 1_000)).toBe('5 小时 59 分');
    expect(waitText(w(since), since + 6 * HOUR)).toBe('昨天起');
  });
});

describe('time to the next threshold', () => {
  it('writes spans and threshold names as the tooltip says them', () => {
    expect(timeToNext(110_000, 180_000)).toBe('再过 1 分 10 秒超过 3 分钟');
    expect(timeToNext(5_000, 30_000)).toBe('再过 25 秒超过 30 秒');
    expect(formatSpan(HOUR + 5 * 60_000 + 7_000)).toBe('1 小时 5 分');
    expect(formatSpan(120_000)).toBe('2 分');
    expect(thresholdName(HOUR)).toBe('1 小时');
    expect(thresholdName(45_000)).toBe('45 秒');
  });
});

describe('planNotification', () => {
  const report = (hidden: boolean, attention: Array<{ buyerId: string; waitingSince: number; stage: number }>, waiting = attention.length) => ({
    waiting,
    overFirstThreshold: 0,
    longestWaitingSince: attention[0]?.waitingSince ?? null,
    pageRecognised: true,
    hidden,
    attention,
  });
  const a = { buyerId: '111', waitingSince: NOW - 20_000, stage: 1 };

  it('notifies when a counted buyer reaches the warning stage while the tab is hidden, once per buyer and stage', () => {
    const first = planNotification(null, 7, report(true, [a], 3), true);
    expect(first.plan).toEqual({ id: 'kefu-wait:7', tabId: 7, buyerId: '111', count: 3, longestWaitingSince: a.waitingSince });
    const again = planNotification(first.memory, 7, report(true, [a], 3), true);
    expect(again.plan).toBeNull();
    const next = planNotification(again.memory, 7, report(true, [{ ...a, stage: 2 }]), true);
    expect(next.plan?.buyerId).toBe('111');
    // Another buyer passing a stage notifies, naming the longest wait.
    const b = { buyerId: '222', waitingSince: NOW - 10_000, stage: 1 };
    const other = planNotification(next.memory, 7, report(true, [{ ...a, stage: 2 }, b]), true);
    expect(other.plan?.buyerId).toBe('111');
    expect(other.memory.target).toBe('111');
  });

  it('at most one notification per 30 s window; crossings inside it are summed up in the next one after it', () => {
    const b = { buyerId: '222', waitingSince: NOW - 10_000, stage: 1 };
    const first = planNotification(null, 7, report(true, [a]), true, NOW);
    expect(first.plan?.buyerId).toBe('111');
    // 10 s later another buyer crosses the warning stage: held.
    const held = planNotification(first.memory, 7, report(true, [a, b]), true, NOW + 10_000);
    expect(held.plan).toBeNull();
    // 29 s: the first buyer crosses the next stage too: still held.
    const stillHeld = planNotification(held.memory, 7, report(true, [{ ...a, stage: 2 }, b]), true, NOW + 29_000);
    expect(stillHeld.plan).toBeNull();
    // 31 s: one notification for both, naming the longest wait.
    const summed = planNotification(stillHeld.memory, 7, report(true, [{ ...a, stage: 2 }, b]), true, NOW + 31_000);
    expect(summed.plan).toMatchObject({ buyerId: '111', count: 2 });
    expect(planNotification(summed.memory, 7, report(true, [{ ...a, stage: 2 }, b]), true, NOW + 70_000).plan).toBeNull();
  });

  it('stays silent while the agent looks at the tab, and for stages already seen there', () => {
    const seen = planNotification(null, 7, report(false, [a]), true);
    expect(seen.plan).toBeNull();
    expect(planNotification(seen.memory, 7, report(true, [a]), true).plan).toBeNull();
  });

  it('stays silent when turned off; forgets a buyer who stopped waiting', () => {
    expect(planNotification(null, 7, report(true, [a]), false).plan).toBeNull();
    const first = planNotification(null, 7, report(true, [a]), true);
    const answered = planNotification(first.memory, 7, report(true, []), true);
    expect(answered.memory.stages).toEqual({});
    expect(planNotification(answered.memory, 7, report(true, [a]), true).plan).not.toBeNull();
  });

  it('drops attention entries that do not fit (a page we do not own sends them)', () => {
    const bad = [
      { buyerId: '<img>', waitingSince: NOW, stage: 1 },
      { buyerId: '1', waitingSince: Number.NaN, stage: 1 },
      { buyerId: '2', waitingSince: NOW, stage: 0 },
      { buyerId: '3', waitingSince: NOW, stage: 1.5 },
    ];
    expect(planNotification(null, 7, report(true, bad), true).plan).toBeNull();
    expect(tabOfNotification(notificationId(12))).toBe(12);
    expect(tabOfNotification('other:12')).toBeNull();
    expect(tabOfNotification('kefu-wait:x')).toBeNull();
  });
});

describe('CountCheck (self-check against the page)', () => {
  it('reports a difference once it has lasted, once per episode; none for a moment or without groups', () => {
    const check = new CountCheck();
    expect(check.observe(4, 3, NOW)).toBeNull();
    expect(check.observe(4, 3, NOW + MISMATCH_LASTING_MS - 1)).toBeNull();
    expect(check.observe(4, 3, NOW + MISMATCH_LASTING_MS)).toEqual({ ours: 4, page: 3, since: NOW, lastedMs: MISMATCH_LASTING_MS });
    expect(check.observe(4, 3, NOW + 2 * MISMATCH_LASTING_MS)).toBeNull();
    expect(check.observe(3, 3, NOW + 3 * MISMATCH_LASTING_MS)).toBeNull();
    expect(check.observe(5, null, NOW + 10 * MISMATCH_LASTING_MS)).toBeNull();
  });
});

describe('diagnostics store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the latest entries, stamps them, and refuses what does not fit', async () => {
    const local = fakeBrowser.storage.local;
    expect(await addDiagnostic(local, { kind: 'waiting-count-mismatch', ours: 4, page: 3, lastedMs: 30_000 }, NOW)).toBe(true);
    expect(await addDiagnostic(local, { kind: 'other', ours: 1, page: 1, lastedMs: 1 }, NOW)).toBe(false);
    expect(await addDiagnostic(local, { kind: 'waiting-count-mismatch', ours: -1, page: 3, lastedMs: 1 }, NOW)).toBe(false);
    expect(await listDiagnostics(local)).toEqual([{ kind: 'waiting-count-mismatch', ours: 4, page: 3, lastedMs: 30_000, at: NOW }]);
    for (let i = 0; i < MAX_DIAGNOSTICS + 5; i++) await addDiagnostic(local, { kind: 'waiting-count-mismatch', ours: i, page: 0, lastedMs: 1 }, NOW + i);
    const kept = await listDiagnostics(local);
    expect(kept).toHaveLength(MAX_DIAGNOSTICS);
    expect(kept.at(-1)).toMatchObject({ ours: MAX_DIAGNOSTICS + 4 });
  });

  it('keeps a "traffic missing" episode (issue 20 item 6), bounded, and says which Beijing day it makes incomplete', async () => {
    const local = fakeBrowser.storage.local;
    await local.clear();
    expect(await addDiagnostic(local, { kind: 'traffic-missing', mws: 0, titan: 3, silentMs: 200_000 }, NOW)).toBe(true);
    expect(await addDiagnostic(local, { kind: 'traffic-missing', mws: -1, titan: 3, silentMs: 1 }, NOW)).toBe(false);
    expect(await addDiagnostic(local, { kind: 'traffic-missing', mws: 1, titan: 3, silentMs: 'long' }, NOW)).toBe(false);
    const entries = await listDiagnostics(local);
    expect(entries).toEqual([{ kind: 'traffic-missing', mws: 0, titan: 3, silentMs: 200_000, at: NOW }]);
    expect(trafficMissingOn(entries, beijingDay(NOW))).toBe(true);
    expect(trafficMissingOn(entries, beijingDay(NOW + 86_400_000))).toBe(false);
  });
});
