import { describe, expect, it } from 'vitest';
import { validateSettings } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { publishSettings } from '@/lib/background/settings-publisher';

const withBoard = (board: Partial<typeof DEFAULT_SETTINGS.board>) => ({ ...DEFAULT_SETTINGS, board: { ...DEFAULT_SETTINGS.board, ...board } });

describe('live board settings', () => {
  it('are off by default: no server, no network', () => {
    expect(DEFAULT_SETTINGS.board).toEqual({ enabled: false, url: '', database: '', user: '', password: '' });
    const { board: _board, ...older } = DEFAULT_SETTINGS;
    expect(validateSettings(older)).toMatchObject({ ok: true, settings: { board: { enabled: false } } });
  });

  it.each<[string, Partial<typeof DEFAULT_SETTINGS.board>, string | null]>([
    ['an https server', { enabled: true, url: 'https://couch.example.com:6984', database: 'kg_shop1', user: 'agent1', password: 'pw' }, null],
    ['a local test server over http', { url: 'http://127.0.0.1:5984' }, null],
    ['http to another computer (a password in clear)', { url: 'http://couch.example.com' }, 'board.url'],
    ['a server URL with a path', { url: 'https://couch.example.com/x?y' }, 'board.url'],
    ['an upper-case database', { database: 'Shop1' }, 'board.database'],
    ['a user name with a colon', { user: 'a:b' }, 'board.user'],
  ])('%s', (_n, board, badPath) => {
    const result = validateSettings(withBoard(board));
    if (badPath === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, issues: [{ path: badPath }] });
  });

  it('the password is never published to the content scripts', async () => {
    let published: unknown;
    const item = { getValue: async () => null, setValue: async (v: unknown) => void (published = v) };
    await publishSettings({ settings: withBoard({ enabled: true, user: 'a1', password: 'secret-pw' }), locked: [] } as never, item as never);
    expect(JSON.stringify(published)).not.toContain('secret-pw');
    expect(published).toMatchObject({ settings: { board: { enabled: true, user: 'a1', password: '' } } });
  });
});
