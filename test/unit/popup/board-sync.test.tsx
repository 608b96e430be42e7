/** The popup says 同步暂停 with the reason when the live board's sync is paused (issue 24). */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupDeps } from '@/components/popup/PopupApp';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { pausedReason } from '@/lib/team/board/sync-state';
import { summary } from './fixtures';
import { useLocale } from './i18n';

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

const deps = (boardPaused?: PopupDeps['boardPaused']): PopupDeps => ({
  load: vi.fn(async () => ({ summary: summary(), settings: DEFAULT_SETTINGS })),
  exportDaily: vi.fn(),
  download: vi.fn(),
  onOpenTab: vi.fn(),
  onOpenOptions: vi.fn(),
  now: () => Date.UTC(2026, 4, 12, 6, 0),
  ...(boardPaused ? { boardPaused } : {}),
});

describe('the popup and the live board', () => {
  it('paused: 同步暂停 and the Chinese reason', async () => {
    render(<PopupApp {...deps(async () => pausedReason({ ok: false, reason: 'unauthorized', lastOkAt: null, refused: {}, written: 0 }))} />);
    const note = await screen.findByTestId('board-sync-paused');
    expect(note.textContent).toBe('同步暂停用户名或密码错误');
  });

  it('offline says it cannot reach the server', async () => {
    render(<PopupApp {...deps(async () => pausedReason({ ok: false, reason: 'offline' }))} />);
    expect((await screen.findByTestId('board-sync-paused')).textContent).toContain('连不上店铺服务器');
  });

  it('running, off, or no board at all: nothing shown', async () => {
    for (const d of [deps(async () => pausedReason({ ok: true })), deps(async () => pausedReason(undefined)), deps()]) {
      render(<PopupApp {...d} />);
      await waitFor(() => expect(screen.getByTestId('popup').dataset.state).toBe('ready'));
      expect(screen.queryByTestId('board-sync-paused')).toBeNull();
      cleanup();
    }
  });

  it('a malformed stored state reads as offline, an unknown one as not paused', () => {
    expect(pausedReason({ ok: false, reason: '<img>' })).toBe('offline');
    expect(pausedReason('paused')).toBeNull();
  });
});
