// The simulator's 客服数据 figures: generated days are deterministic, set days win,
// ranges sum counts and weight the rate and the time by buyers needing a reply.
import { describe, expect, it } from 'vitest';
import { SimClock } from '../../sim/clock';
import { OfficialStore, simAddDays, simDay } from '../../sim/official-store';

describe('sim official store', () => {
  it('days, ranges and yesterday in Beijing time', () => {
    const clock = new SimClock();
    clock.set(Date.UTC(2026, 10, 30, 16, 30)); // 2026-12-01 00:30 Beijing
    const store = new OfficialStore(clock);
    expect(store.yesterday()).toBe('2026-11-30');
    expect(simDay(clock.now())).toBe('2026-12-01');
    expect(simAddDays('2026-12-01', -7)).toBe('2026-11-24');
    expect(store.day('2026-11-20')).toEqual(new OfficialStore(clock).day('2026-11-20'));
    store.setDay('2026-11-29', { consultUserCnt: 100, needManuReplyConsultUserCnt: 100, receiveUserCnt: 90, manuReplyRate3Min: 0.9, artificialResponseTime: 30 });
    store.setDay('2026-11-30', { consultUserCnt: 300, needManuReplyConsultUserCnt: 300, receiveUserCnt: 280, manuReplyRate3Min: 0.7, artificialResponseTime: 50 });
    expect(store.range('2026-11-29', '2026-11-30')).toEqual({
      consultUserCnt: 400,
      needManuReplyConsultUserCnt: 400,
      receiveUserCnt: 370,
      manuReplyRate3Min: 0.75,
      artificialResponseTime: 45,
    });
    const generated = store.day('2026-11-01');
    expect(generated.needManuReplyConsultUserCnt).toBeLessThanOrEqual(generated.consultUserCnt);
    expect(generated.manuReplyRate3Min).toBeGreaterThan(0);
    expect(generated.manuReplyRate3Min).toBeLessThan(1);
  });
});
