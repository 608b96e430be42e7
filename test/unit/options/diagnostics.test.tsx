/**
 * The options page's diagnostics section (issue #15): lasting differences
 * between the reply timer's count and the page's unanswered groups, for
 * whoever maintains the extension.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsSection } from '@/components/options/DiagnosticsSection';
import type { DiagnosticEntry } from '@/lib/events';
import { useLocale } from '../popup/i18n';

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

const AT = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing

describe('DiagnosticsSection', () => {
  it('lists the latest mismatch first, in Beijing time, and clears on request', async () => {
    let entries: DiagnosticEntry[] = [
      { kind: 'waiting-count-mismatch', ours: 4, page: 3, lastedMs: 30_000, at: AT },
      { kind: 'waiting-count-mismatch', ours: 2, page: 5, lastedMs: 45_000, at: AT + 60_000 },
    ];
    const diagnostics = vi.fn(async (clear?: boolean) => {
      if (clear) entries = [];
      return entries;
    });
    render(<DiagnosticsSection diagnostics={diagnostics} />);
    const list = await screen.findByTestId('diagnostics-list');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('2026-11-23 10:01:00 · 插件统计的等待人数（2）与页面未回复分组（5）不一致，持续 45 秒');
    expect(items[1]).toContain('（4）与页面未回复分组（3）');
    fireEvent.click(screen.getByTestId('diagnostics-clear'));
    await waitFor(() => expect(screen.getByTestId('diagnostics-empty')).toBeTruthy());
    expect(diagnostics).toHaveBeenLastCalledWith(true);
  });

  it('says when the page showed new buyers but no push came: today is incomplete (issue 20 item 6)', async () => {
    const entries: DiagnosticEntry[] = [{ kind: 'traffic-missing', mws: 0, titan: 2, silentMs: 240_000, at: AT }];
    render(<DiagnosticsSection diagnostics={async () => entries} />);
    const list = await screen.findByTestId('diagnostics-list');
    expect(list.querySelector('li')!.textContent).toBe(
      '2026-11-23 10:00:00 · 未收到页面推送，今日数据不完整（页面显示新买家，但 4 分钟内两条推送连接都没有消息；已收到推送 m-ws 0 条、titan-ws 2 条）',
    );
  });
});
