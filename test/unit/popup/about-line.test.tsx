import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/popup/PopupView';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { summary } from './fixtures';
import { useLocale } from './i18n';

const actions = { onAccount: vi.fn(), onExport: vi.fn(), onOpenTab: vi.fn(), onOpenOptions: vi.fn() };

afterEach(() => cleanup());

// The store name does not lead with the platform's product name, and nobody may take the
// extension for Pinduoduo's own tool: the popup says so on its about line (issue 26).
describe('the popup about line', () => {
  it.each([
    ['zh_CN', '客服守护', '非拼多多官方工具'],
    ['en', 'Kefu Guard', 'Not affiliated with Pinduoduo'],
  ] as const)('in %s names the extension by its short name and says it is not official', async (locale, name, notice) => {
    await useLocale(locale);
    for (const empty of [true, false]) {
      render(<PopupView summary={summary({ empty })} settings={DEFAULT_SETTINGS} now={() => 0} {...actions} />);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(name);
      expect(screen.getByTestId('about').textContent).toContain(notice);
      cleanup();
    }
  });
});
