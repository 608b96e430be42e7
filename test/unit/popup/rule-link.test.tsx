import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleLink } from '@/lib/ui/RuleLink';
import { RateCards } from '@/components/popup/RateCards';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { metrics } from './fixtures';
import { useLocale } from './i18n';

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

// Five "§1" links read alike to a screen reader and filled the popup's first Tab stops (issue 26).
describe('§ chips', () => {
  it('are named by their text and then their rule, so chips of different rules differ', () => {
    render(
      <>
        <RuleLink id="reply-30s" />
        <RuleLink id="reply-1h" />
        <RuleLink id="chat-contact" />
      </>,
    );
    const names = screen.getAllByRole('link').map((a) => a.getAttribute('aria-label')!);
    expect(names[0]).toMatch(/^§1 \S/);
    expect(names[2]).toMatch(/^§2 \S/);
    expect(new Set(names).size).toBe(3);
  });

  it('keep a given text as their name', () => {
    render(<RuleLink id="refund-48h" text="§3 48小时" />);
    expect(screen.getByRole('link').getAttribute('aria-label')).toBeNull();
    expect(screen.getByRole('link').textContent).toBe('§3 48小时');
  });

  it('in the rate cards stay clickable but out of the Tab order', () => {
    render(<RateCards metrics={metrics({})} targets={DEFAULT_SETTINGS.targets} />);
    const chips = screen.getAllByRole('link');
    expect(chips).toHaveLength(4);
    for (const chip of chips) expect(chip.tabIndex).toBe(-1);
  });
});
