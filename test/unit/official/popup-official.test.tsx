import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';
import { formatDiff } from '@/components/popup/OfficialFigures';
import { SERVICE_DATA_URL } from '@/components/pages/urls';
import type { Summary } from '@/lib/messages';
import type { OfficialSummary } from '@/lib/official-compare';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { metrics, signup, summary, TODAY } from '../popup/fixtures';
import { useLocale } from '../popup/i18n';

const NOW = Date.UTC(2026, 4, 12, 6, 0);
const Y = '2026-05-11';
const Y2 = '2026-05-10';

const official = (over: Partial<OfficialSummary> = {}): OfficialSummary => ({
  shop: '612',
  pastDays: [
    { day: Y2, estimate: metrics({ day: Y2, rate3min: 0.8 }), official: null },
    { day: Y, estimate: metrics({ day: Y, rate3min: 0.9, buyers: 118, avgResponseMs: 41_000 }), official: { figures: { rate3min: 0.8372, consultUsers: 120, avgResponseSec: 47 }, readAt: NOW, via: 'response' } },
  ],
  missingDays: ['2026-05-09', Y2],
  pilot: { rate3min: 0.5217, from: '2026-04-11', to: Y, readAt: NOW },
  ...over,
});

function view(over: Partial<Summary>) {
  const onOpenTab = vi.fn();
  render(<PopupView summary={summary(over)} settings={DEFAULT_SETTINGS} now={() => NOW} onAccount={vi.fn()} onExport={vi.fn()} onOpenTab={onOpenTab} onOpenOptions={vi.fn()} />);
  return onOpenTab;
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: platform figures beside estimates', () => {
  it('shows each past day\'s 平台数据 and 插件估算 with the difference, labelled', () => {
    view({ official: official() });
    const card = screen.getByTestId('official-card');
    expect(within(card).getByText('平台数据')).toBeTruthy();
    expect(within(card).getByText('插件估算')).toBeTruthy();
    const rate = screen.getByTestId(`official-${Y}-rate3min`);
    expect(within(rate).getByTestId('official-platform').textContent).toBe('83.7%');
    expect(within(rate).getByTestId('official-estimate').textContent).toBe('90%');
    expect(within(rate).getByTestId('official-diff').textContent).toBe('+6.3pt');
    const buyers = screen.getByTestId(`official-${Y}-consultUsers`);
    expect(within(buyers).getByTestId('official-diff').textContent).toBe('−2');
    expect(within(screen.getByTestId(`official-${Y}-avgResponseSec`)).getByTestId('official-diff').textContent).toBe('−6s');
    expect(screen.queryByTestId(`official-${Y2}-rate3min`)).toBeNull();
    expect(screen.getByTestId('official-pilot').textContent).toContain('52.2%');
  });

  it('links to 服务数据 when a recent day lacks the platform\'s figures, and not otherwise', () => {
    const onOpenTab = view({ official: official() });
    const link = screen.getByTestId('official-link');
    expect(link.textContent).toBe('打开客服数据页，获取平台数据');
    expect(fireEvent.click(link)).toBe(false); // the anchor's own navigation is prevented
    expect(onOpenTab).toHaveBeenCalledWith(SERVICE_DATA_URL);
    cleanup();
    view({ official: official({ missingDays: [] }) });
    expect(screen.queryByTestId('official-link')).toBeNull();
  });

  it('the signup check names its rule, which figure each day rests on, and the plan', () => {
    const onOpenTab = view({
      today: TODAY,
      signup: signup(
        {
          rule: { preset: 'rate3min-3d', threshold: 0.8 },
          platform: { [Y]: { figures: { rate3min: 0.7, consultUsers: 120 }, via: 'response' } },
          agent: {
            '2026-05-09': { metrics: metrics({ day: '2026-05-09', rate3min: 0.9 }), coverage: 1 },
            [Y2]: { metrics: metrics({ day: Y2, rate3min: 0.85 }), coverage: 1 },
          },
          todayPasses: true,
        },
        { restOfToday: { required: 0.9, impossible: false } },
      ),
    });
    expect(screen.getByTestId('signup').dataset.verdict).toBe('fail');
    expect(screen.getByTestId('signup-rule').textContent).toContain('3分钟人工回复率（报名前3天） ≥80%');
    const row = screen.getByTestId(`signup-day-${Y}`);
    expect(within(row).getByTestId('signup-rate').textContent).toBe('70%');
    expect(within(row).getByTestId('signup-source').textContent).toBe('平台');
    expect(within(screen.getByTestId(`signup-day-${Y2}`)).getByTestId('signup-source').textContent).toBe('本客服估算');
    expect(screen.getByTestId('signup-basis').textContent).toBe('依据：平台、本客服估算');
    expect(screen.getByTestId('signup-missing-official').textContent).toContain('05-09、05-10 没有平台数据：打开客服数据页的某天即可补上');
    // Its link opens 客服数据 in a tab through the popup's action, not by the anchor's own navigation.
    expect(fireEvent.click(screen.getByTestId('signup-open-data'))).toBe(false);
    expect(onOpenTab).toHaveBeenCalledWith(SERVICE_DATA_URL);
    expect(screen.getByTestId('signup-earliest').textContent).toBe('最早可报名日：05-15');
    expect(screen.getByTestId('signup-rest').textContent).toBe('今天余下时段回复率须达到 90%，今天才能达标');
  });


  it.each([
    ['rate3min', 0.0634, '+6.3pt'],
    ['rate3min', -0.1, '−10.0pt'],
    ['consultUsers', 0, '±0'],
    ['avgResponseSec', 12.4, '+12s'],
  ] as const)('difference %s %d → %s', (metric, diff, text) => {
    expect(formatDiff(metric, diff)).toBe(text);
  });
});
