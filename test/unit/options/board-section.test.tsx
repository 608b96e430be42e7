/**
 * The options page's live board section (issue 24): switching the board on
 * asks for that one server origin inside the click; refused, it stays off.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoardSection } from '@/components/options/BoardSection';
import { setPath } from '@/lib/settings/paths';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

let current: Settings;
function Harness({ requestOrigin, url }: { requestOrigin: (p: string) => Promise<boolean>; url: string }) {
  const [draft, setDraft] = useState<Settings>({ ...DEFAULT_SETTINGS, board: { ...DEFAULT_SETTINGS.board, url } });
  current = draft;
  return <BoardSection ctx={{ draft, set: (path, value) => setDraft((d) => setPath(d, path, value)), locked: [], issues: [] }} permissions={{ requestOrigin }} />;
}

describe('BoardSection', () => {
  it('asks for the one origin on the click and switches on once granted', async () => {
    const requestOrigin = vi.fn(async () => true);
    render(<Harness requestOrigin={requestOrigin} url="https://couch.example.com:6984" />);
    fireEvent.click(screen.getByTestId('board-enabled'));
    expect(requestOrigin).toHaveBeenCalledWith('https://couch.example.com/*');
    await waitFor(() => expect(current.board.enabled).toBe(true));
    expect(screen.getByTestId('board-note').textContent).toContain('已授权访问 https://couch.example.com/*');
  });

  it('refused: stays off and says so', async () => {
    render(<Harness requestOrigin={async () => false} url="https://couch.example.com" />);
    fireEvent.click(screen.getByTestId('board-enabled'));
    await waitFor(() => expect(screen.getByTestId('board-note').textContent).toContain('未授权'));
    expect(current.board.enabled).toBe(false);
    expect((screen.getByTestId('board-enabled') as HTMLInputElement).checked).toBe(false);
  });

  it('a plain-http remote server is not asked for at all', () => {
    const requestOrigin = vi.fn(async () => true);
    render(<Harness requestOrigin={requestOrigin} url="http://couch.example.com" />);
    fireEvent.click(screen.getByTestId('board-enabled'));
    expect(requestOrigin).not.toHaveBeenCalled();
    expect(current.board.enabled).toBe(false);
  });
});
