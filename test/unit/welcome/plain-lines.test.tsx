import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { useLocale } from '../popup/i18n';

afterEach(() => cleanup());

const deps = { openChat: vi.fn(), openOptions: vi.fn(), importFile: vi.fn() };

// The welcome page is the first thing an agent reads (issue 26): it says in plain words that the
// extension is not Pinduoduo's, and that it works only in the browser, not in the desktop app.
describe('the welcome page’s plain lines', () => {
  it.each([
    ['zh_CN', '非拼多多官方工具', /桌面客户端“商家工作台”不能运行插件/, '客服守护'],
    ['en', 'Not affiliated with Pinduoduo', /desktop app 商家工作台 cannot run extensions/, 'Kefu Guard'],
  ] as const)('in %s: not official, browser only, named by the short name', async (locale, notice, browserOnly, name) => {
    await useLocale(locale);
    render(<WelcomeApp {...deps} />);
    expect(screen.getByTestId('not-affiliated').textContent).toContain(notice);
    const start = screen.getAllByRole('heading', { level: 2 })[1]!.parentElement!.textContent ?? '';
    expect(start).toMatch(browserOnly);
    expect(start).toContain('mms.pinduoduo.com');
    expect(start).toMatch(/Chrome (或|or) Edge/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(name);
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toContain('多多客服守护');
  });
});
