/**
 * One wording for a signup day's verdict on the popup and the Team page
 * (lib/ui/signup-day.ts); only a partly observed day is said in each page's
 * own terms.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { SignupDay } from '@/lib/metrics';
import { signupDayText } from '@/lib/ui/signup-day';
import { useLocale } from '../popup/i18n';

const day = (over: Partial<SignupDay>): SignupDay => ({ day: '2026-11-30', verdict: 'pass', rate1h: 0.9, buyers: 120, coverage: 1, ...over }) as SignupDay;

describe('signupDayText', () => {
  beforeEach(() => useLocale('zh_CN'));
  const partial = (pct: string) => `partial ${pct}`;

  it('pass, fail and not assessed read the same on every page', () => {
    expect(signupDayText(day({ verdict: 'pass' }), partial)).toBe('达标');
    expect(signupDayText(day({ verdict: 'fail' }), partial)).toBe('未达标');
    expect(signupDayText(day({ verdict: 'not-assessed' }), partial)).toBe('不考核（≤100位买家）');
  });

  it('a partly observed day takes the page\'s words with its coverage; null falls back to no data', () => {
    const half = day({ verdict: 'insufficient', reason: 'partial', coverage: 0.5 } as Partial<SignupDay>);
    expect(signupDayText(half, partial)).toBe('partial 50%');
    const noData = signupDayText(day({ verdict: 'insufficient', reason: 'no-data' } as Partial<SignupDay>), partial);
    expect(signupDayText(half, () => null)).toBe(noData);
    expect(noData).toBe('无记录');
  });

  it('a day the page\'s text contradicts is said to be unsure, on every page', () => {
    expect(signupDayText(day({ verdict: 'insufficient', reason: 'page-text' }), partial)).toBe('不确定（页面数字不符）');
  });
});
