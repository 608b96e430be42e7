import { describe, expect, it } from 'vitest';
import { seenOnline, statusDoc, statusWriteDelay, STATUS_HEARTBEAT_MS, STATUS_MIN_INTERVAL_MS, STATUS_STALE_MS } from '@/lib/team/board/status';
import type { StoredReport } from '@/lib/events';
import { NOW } from './helpers';

const report = (waiting: number, over: number, at = NOW, recognised = true): StoredReport => ({ waiting, overFirstThreshold: over, longestWaitingSince: waiting ? at - 90_000 : null, pageRecognised: recognised, reportedAt: at });
const base = { agent: 'a1', shop: 'mall1', agentId: 'A', agentName: '小王', heldToday: 4 };

describe('live status document', () => {
  it('says online, waiting by stage, the longest wait and held messages', () => {
    expect(statusDoc({ ...base, reports: [report(3, 1)], now: NOW })).toMatchObject({
      _id: 'status:a1', online: true, waiting: { total: 3, byStage: [2, 1] }, longestWaitSince: NOW - 90_000, held: 4, updatedAt: NOW,
    });
  });

  it.each<[string, StoredReport[]]>([
    ['no chat tab', []],
    ['a report older than two minutes', [report(2, 0, NOW - 3 * 60_000)]],
    ['the page not recognised', [report(2, 0, NOW, false)]],
  ])('offline with %s: nobody counted waiting', (_n, reports) => {
    expect(statusDoc({ ...base, reports, now: NOW })).toMatchObject({ online: false, waiting: { total: 0, byStage: [0, 0] }, longestWaitSince: null });
  });

  it('written at most every 15 s while it changes, a heartbeat while online, nothing while offline and unchanged', () => {
    const first = statusDoc({ ...base, reports: [report(1, 0)], now: NOW });
    expect(statusWriteDelay(null, first)).toBe(0);
    const changed = statusDoc({ ...base, reports: [report(2, 0, NOW + 4000)], now: NOW + 4000 });
    expect(statusWriteDelay(first, changed)).toBe(STATUS_MIN_INTERVAL_MS - 4000);
    const later = { ...changed, updatedAt: NOW + 20_000 };
    expect(statusWriteDelay(first, later)).toBe(0);
    const same = { ...first, updatedAt: NOW + 10_000 };
    expect(statusWriteDelay(first, same)).toBe(STATUS_HEARTBEAT_MS - 10_000);
    const off = statusDoc({ ...base, reports: [], now: NOW });
    expect(statusWriteDelay(off, { ...off, updatedAt: NOW + 600_000 })).toBeNull();
  });

  it('the board sees an agent offline once the heartbeat is missed', () => {
    const s = statusDoc({ ...base, reports: [report(1, 0)], now: NOW });
    expect(seenOnline(s, NOW + STATUS_STALE_MS)).toBe(true);
    expect(seenOnline(s, NOW + STATUS_STALE_MS + 1)).toBe(false);
    expect(seenOnline(undefined, NOW)).toBe(false);
  });
});
