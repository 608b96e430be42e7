/**
 * Issue 21 item 7: a held message is offered a compliant rewrite that fits
 * its findings; the button acts on a trusted click only and hands the text
 * over (the guard puts it in the input, never sends it).
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GuardPanel } from '@/lib/features/phrase-guard/panel';
import { rewriteKind } from '@/lib/features/phrase-guard/rewrite';
import type { PhraseCategory } from '@/lib/phrases';
import { useLocale } from '../popup/i18n';

describe('rewriteKind', () => {
  it.each([
    [['contact', 'phone'], 'contact'],
    [['platform'], 'platform'],
    [['deal'], 'deal'],
    [['bank'], 'deal'],
    [['abuse', 'contact'], 'abuse'],
    [['custom'], null],
    [[], null],
  ])('%j → %s', (categories, want) => expect(rewriteKind(categories as PhraseCategory[])).toBe(want));
});

describe('the rewrite button', () => {
  beforeEach(() => useLocale('zh_CN'));
  const finding = { category: 'contact', ruleId: 'chat-contact', severity: 'block', match: '加微信', start: 0, end: 3, action: 'block' } as never;

  function panel(onRewrite: (text: string) => void, mode: 'held' | 'warned' = 'held') {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <GuardPanel mode={mode} text="加微信" findings={[finding]} canOverride={false} pressAgain={false} position={{ left: 0, bottom: 0, width: 300 }} onSendAnyway={() => undefined} onEdit={() => undefined} onRewrite={onRewrite} />,
      host,
    );
    return host;
  }

  it('is offered on a held message with the wording that keeps the talk here; a script click does nothing', () => {
    const onRewrite = vi.fn();
    const host = panel(onRewrite);
    const button = host.querySelector('[data-testid="guard-rewrite"]') as HTMLElement;
    expect(button.dataset.kind).toBe('contact');
    expect(button.title).toContain('拼多多');
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onRewrite).not.toHaveBeenCalled();
  });

  it('is not offered when the message only warned', () => {
    expect(panel(vi.fn(), 'warned').querySelector('[data-testid="guard-rewrite"]')).toBeNull();
  });
});
