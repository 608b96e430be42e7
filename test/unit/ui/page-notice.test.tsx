/**
 * The "page not recognised" notice (lib/content/PageNotice.tsx): plain words
 * for the agent, the adapter's names only in an attribute, and a close
 * button that acts on the agent's own click only (a page script's click does
 * nothing).
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageNotice } from '@/lib/content/PageNotice';
import { useLocale } from '../popup/i18n';
import { trustedClick } from '../trusted-click';

describe('PageNotice', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    await useLocale('zh_CN');
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  const notice = () => root.querySelector('[data-testid="page-notice"]');

  it('says 页面未识别 in words and keeps the missing parts in an attribute', () => {
    render(<PageNotice missing={['conversationList', 'rowBadgeAnchor']} />, root);
    expect(notice()?.textContent).toContain('页面未识别');
    expect(notice()?.textContent).not.toMatch(/conversationList|rowBadgeAnchor/);
    expect(notice()?.getAttribute('data-missing')).toBe('conversationList rowBadgeAnchor');
  });

  it('a message of its own replaces the default words', () => {
    render(<PageNotice message="没有找到发送按钮" />, root);
    expect(notice()?.textContent).toContain('没有找到发送按钮');
  });

  it('closes on a trusted click only', async () => {
    render(<PageNotice />, root);
    root.querySelector('button')!.click(); // a page script's click: untrusted
    await Promise.resolve();
    expect(notice()).not.toBeNull();
    trustedClick(root.querySelector('button')!);
    await new Promise((r) => setTimeout(r, 0));
    expect(notice()).toBeNull();
  });
});
