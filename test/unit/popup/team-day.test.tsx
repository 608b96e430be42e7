import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupDeps } from '@/components/popup/PopupApp';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { summary } from './fixtures';
import { useLocale } from './i18n';

const NOW = Date.UTC(2026, 4, 12, 6, 0);
const FILE = { filename: 'kefu-guard-team-day-612-a1-2026-05-12-2026-05-12.json', mime: 'application/json', body: '{}' };

const deps = (over: Partial<PopupDeps> = {}): PopupDeps => ({
  load: vi.fn(async () => ({ summary: summary(), settings: DEFAULT_SETTINGS })),
  exportDaily: vi.fn(async () => ({ filename: 'a.json', mime: 'application/json', body: '{}' })),
  download: vi.fn(),
  exportTeamDay: vi.fn(async () => FILE),
  onOpenTab: vi.fn(),
  onOpenOptions: vi.fn(),
  now: () => NOW,
  ...over,
});

beforeEach(() => useLocale('zh_CN'));
afterEach(cleanup);

describe('popup: 导出今日团队日报 (issue 23 item 6)', () => {
  it('one click downloads today\'s team day file of the shown account and names it', async () => {
    const d = deps();
    render(<PopupApp {...d} />);
    const button = await screen.findByTestId('export-team-today');
    expect(button.textContent).toBe('导出今日团队日报');
    fireEvent.click(button);
    await waitFor(() => expect(d.download).toHaveBeenCalledWith(FILE));
    expect(d.exportTeamDay).toHaveBeenCalledWith(summary().account.key);
    expect(d.exportDaily).not.toHaveBeenCalled();
    expect((await screen.findByTestId('export-team-today-status')).textContent).toContain(FILE.filename);
  });

  it('a failed export says so in Chinese and downloads nothing', async () => {
    const d = deps({ exportTeamDay: vi.fn(async () => Promise.reject(new Error('数据库打不开 / store failed'))) });
    render(<PopupApp {...d} />);
    fireEvent.click(await screen.findByTestId('export-team-today'));
    const status = await screen.findByTestId('export-team-today-status');
    expect(status.textContent).toBe('团队日报导出失败：数据库打不开');
    expect(d.download).not.toHaveBeenCalled();
  });

  it('the popup\'s own JSON export is labelled as the figures, not a team day file', async () => {
    render(<PopupApp {...deps()} />);
    const json = await screen.findByTestId('export-json');
    expect(json.textContent).toBe('导出统计 JSON');
    expect(json.getAttribute('title')).toContain('不是团队日报文件');
  });
});
