import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalibrationSection } from '@/components/options/Calibration';
import { emptyDayMetrics } from '@/lib/metrics';
import type { DayMetrics } from '@/lib/metrics';
import { calibrate, compareDay } from '@/lib/official-compare';
import { useLocale } from '../popup/i18n';

const m = (day: string, over: Partial<DayMetrics>): DayMetrics => ({ ...emptyDayMetrics(day), ...over });

beforeEach(() => useLocale('zh_CN'));
afterEach(cleanup);

describe('estimate vs official', () => {
  it('compares every metric both sides have', () => {
    expect(compareDay(m('d', { rate3min: 0.9, buyers: 118, avgResponseMs: 41_000 }), { rate3min: 0.85, consultUsers: 120, avgResponseSec: 47, receivedUsers: 3 })).toEqual([
      { metric: 'rate3min', official: 0.85, estimate: 0.9, diff: expect.closeTo(0.05, 9) },
      { metric: 'consultUsers', official: 120, estimate: 118, diff: -2 },
      { metric: 'avgResponseSec', official: 47, estimate: 41, diff: -6 },
    ]);
    expect(compareDay(null, { rate3min: 0.85 })).toEqual([{ metric: 'rate3min', official: 0.85, estimate: null, diff: null }]);
  });

  it('averages the absolute error over the days that have both, newest first', () => {
    const c = calibrate([
      { day: '2026-11-28', estimate: m('2026-11-28', { rate3min: 0.9, buyers: 100 }), official: { rate3min: 0.8, consultUsers: 110 } },
      { day: '2026-11-30', estimate: m('2026-11-30', { rate3min: 0.7, buyers: 100 }), official: { rate3min: 0.8 } },
      { day: '2026-11-29', estimate: null, official: { rate3min: 0.5 } },
    ]);
    expect(c.days.map((d) => d.day)).toEqual(['2026-11-30', '2026-11-28']);
    expect(c.averageError.rate3min?.days).toBe(2);
    expect(c.averageError.rate3min?.mean).toBeCloseTo(0.1, 9);
    expect(c.averageError.consultUsers).toEqual({ mean: 10, days: 1 });
    expect(c.averageError.avgResponseSec).toBeNull();
  });

  it('the options section shows the table and the average error', async () => {
    const calibration = calibrate([
      { day: '2026-11-28', estimate: m('2026-11-28', { rate3min: 0.9, buyers: 100 }), official: { rate3min: 0.8, consultUsers: 110 } },
      { day: '2026-11-30', estimate: m('2026-11-30', { rate3min: 0.7, buyers: 100 }), official: { rate3min: 0.8 } },
    ]);
    render(<CalibrationSection load={async () => ({ shop: '612', calibration })} />);
    await waitFor(() => screen.getByTestId('calibration'));
    expect(within(screen.getByTestId('calibration-2026-11-28')).getByTestId('calibration-diff-rate3min').textContent).toBe('+10.0pt');
    expect(screen.getByTestId('calibration-avg-rate3min').textContent).toBe('10.0 个百分点（2 天）');
    expect(screen.getByTestId('calibration-avg-consultUsers').textContent).toBe('10.0 人（1 天）');
    cleanup();
    render(<CalibrationSection load={async () => ({ shop: '612', calibration: calibrate([]) })} />);
    await waitFor(() => screen.getByTestId('calibration-empty'));
  });
});
