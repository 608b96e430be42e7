import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axisFloor, segments, TrendChart } from '@/components/popup/TrendChart';
import type { TrendPoint } from '@/lib/messages';
import { useLocale } from './i18n';

const DAYS = ['2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10', '2026-05-11', '2026-05-12'];

function points(rate1h: Array<number | null>, rate5min: Array<number | null> = rate1h): TrendPoint[] {
  return DAYS.map((day, i) => ({ day, rate1h: rate1h[i]!, rate5min: rate5min[i]!, buyers: rate1h[i] === null ? 0 : 120 }));
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('segments', () => {
  it.each<[Array<number | null>, number[][]]>([
    [[0.9, 0.8, 0.7], [[0, 1, 2]]],
    [[0.9, null, 0.7], [[0], [2]]],
    [[null, null, null], []],
    [[null, 0.8, 0.85, null, null, 0.9, 0.91], [[1, 2], [5, 6]]],
    [[0, null, 0], [[0], [2]]],
  ])('%j → runs %j', (values, runs) => {
    expect(segments(values)).toEqual(runs);
  });
});

describe('axisFloor', () => {
  it.each<[Array<number | null>, number]>([
    [[0.9, 0.95, 0.7, 0.8], 0.5],
    [[0.56, 0.7], 0.5],
    [[0.43, 0.7], 0.3],
    [[0.05, 0.7], 0],
    [[null, null, 0.7, 0.8], 0.5],
  ])('%j → %s', (values, floor) => {
    expect(axisFloor(values)).toBeCloseTo(floor, 10);
  });
});

describe('TrendChart', () => {
  it('draws a day with no data as a gap: no point, the line broken', () => {
    const { container } = render(<TrendChart points={points([0.9, null, 0.8, 0.85, null, null, 0.9])} floor5min={0.7} required1h={0.8} />);
    const series = screen.getByTestId('series-rate1h');
    expect(series.querySelectorAll('circle')).toHaveLength(4);
    expect(series.querySelectorAll('polyline')).toHaveLength(1); // only 05-08–05-09 are consecutive
    expect(series.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(2);
    expect([...container.querySelectorAll('text.day')].map((t) => t.textContent)).toEqual(['05-06', '05-07', '05-08', '05-09', '05-10', '05-11', '05-12']);
  });

  it('draws the 70 % floor below the 80 % 1-hour target, and labels the % axis', () => {
    const { container } = render(<TrendChart points={points([0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9])} floor5min={0.7} required1h={0.8} />);
    const y = (id: string) => Number(screen.getByTestId(id).getAttribute('y1'));
    expect(y('threshold-t5m')).toBeGreaterThan(y('threshold-t1h'));
    expect([...container.querySelectorAll('.grid text')].map((t) => t.textContent)).toEqual(['50%', '75%', '100%']);
    expect(screen.getByTestId('trend').textContent).toContain('70% 下限');
    expect(screen.getByTestId('trend').textContent).toContain('80% 目标');
  });

  it('says so when the week has no data', () => {
    render(<TrendChart points={points([null, null, null, null, null, null, null])} floor5min={0.7} required1h={0.8} />);
    expect(screen.getByTestId('trend-empty').textContent).toBe('近7天暂无数据');
    expect(screen.getByTestId('series-rate5min').querySelectorAll('circle, polyline')).toHaveLength(0);
  });
});
