/**
 * 导出团队日报文件 on the options page shares the popup's file-action hook:
 * busy while it runs, the file's name when done, and a bilingual error shown
 * in the page's language only (it printed "中文 / English" whole before).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamExportButton } from '@/components/team/TeamExportButton';
import { useLocale } from '../popup/i18n';

const FILE = { filename: 'kefu-guard-team-day-612-a1-2026-05-06-2026-05-12.json', mime: 'application/json', body: '{}' };

afterEach(cleanup);

describe('options: 导出团队日报文件', () => {
  it('is busy while the file is made, then downloads it and names it', async () => {
    await useLocale('zh_CN');
    let finish!: (file: typeof FILE) => void;
    const download = vi.fn();
    render(<TeamExportButton exportFile={() => new Promise((resolve) => (finish = resolve))} download={download} />);
    const button = screen.getByTestId('export-team-day') as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(button.disabled).toBe(true));
    finish(FILE);
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(download).toHaveBeenCalledWith(FILE);
    expect(screen.getByTestId('team-export-status').textContent).toContain(FILE.filename);
  });

  it.each([
    ['zh_CN', '数据库打不开'],
    ['en', 'store failed'],
  ] as const)('a failed export says why in %s only and downloads nothing', async (locale, reason) => {
    await useLocale(locale);
    const download = vi.fn();
    render(<TeamExportButton exportFile={() => Promise.reject(new Error('数据库打不开 / store failed'))} download={download} />);
    fireEvent.click(screen.getByTestId('export-team-day'));
    const status = await screen.findByTestId('team-export-status');
    expect(status.textContent).toContain(reason);
    expect(status.textContent).not.toContain(' / ');
    expect(download).not.toHaveBeenCalled();
  });
});
