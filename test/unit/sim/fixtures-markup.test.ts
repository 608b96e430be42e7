// The saved simulator pages (test/fixtures/pages, written by test/sim/snapshot.ts) carry
// the markup PDD-PAGES.md describes. If this fails after a simulator change, re-run the
// snapshot script and check the adapters' selector-count tests too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function load(name: string): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const count = (doc: Document, sel: string): number => doc.querySelectorAll(sel).length;

describe('chat-workbench.html', () => {
  const doc = load('chat-workbench.html');

  it.each([
    ['#app > div > div.app-container > div.left-panel', 1],
    ['div.header.panel-tab-header .status.online', 1],
    ['div.content > div.conv-tab-wrapper > div > div.conv-today.sel', 1],
    ['.five-minute li.chat-item', 4],
    ['.timeout-unreply li.chat-item', 2],
    ['ul.already-unreply', 3],
    ['.all-chat-list li.chat-item', 15],
    ['div.chat-item-box.active', 2],
    ['p.chat-unreply-time', 8],
    ['div.chat-unreply-over-time', 4],
    ['#msgListContainer ul.msg-list > li.clearfix.onemsg', 12],
    ['.cs-item.isread.callback', 1],
    ['.robot-text', 0],
    ['div.system-msg-31', 1],
    ['.good-card', 2],
    ['.commonCard', 1],
    ['.BuyerFromCard', 1],
    ['.quote-new-msg', 1],
    ['textarea#replyTextarea.custom-scroll', 1],
    ['.reply-box div.send-btn', 1],
  ])('%s × %i', (sel, n) => {
    expect(count(doc, sel)).toBe(n);
  });

  it('rows carry uid-0-group keys and Vue leftovers', () => {
    const keys = [...doc.querySelectorAll('.five-minute [data-random]')].map((e) => e.getAttribute('data-random'));
    expect(keys.every((k) => /^\d+-0-unTimeout$/.test(k ?? ''))).toBe(true);
    expect(doc.querySelector('.merchantMessage')?.getAttribute('messagelist')).toBe('[object Object]');
    expect([...doc.querySelector('.chat-list-box')!.attributes].some((a) => a.name.startsWith('data-v-'))).toBe(true);
    expect(doc.querySelector('p.chat-unreply-time')?.textContent).toMatch(/^剩余\d+秒$/);
    expect(doc.querySelector('p.message-time')?.textContent).toMatch(/^\d{4}年\d\d月\d\d日 \d\d:\d\d:\d\d$/);
  });
});

describe('variants', () => {
  it('robot-text page has .cs-item .robot-text and no .callback', () => {
    const doc = load('chat-workbench-robot-text.html');
    expect(count(doc, '.cs-item .robot-text')).toBe(1);
    expect(count(doc, '.callback')).toBe(0);
  });

  it('broken page has no chat-item rows', () => {
    const doc = load('chat-workbench-broken.html');
    expect(count(doc, 'li.chat-item, [data-random]')).toBe(0);
    expect(count(doc, '[data-session]')).toBeGreaterThan(0);
  });
});

describe('aftersale-list.html', () => {
  const doc = load('aftersale-list.html');

  it('has 10 cards anchored by 查看详情 and a versioned active pager item', () => {
    const buttons = [...doc.querySelectorAll('button')].filter((b) => b.textContent === '查看详情');
    expect(buttons).toHaveLength(10);
    const cur = doc.querySelector('[aria-current="page"]');
    expect(cur?.textContent).toBe('1');
    expect(cur?.className).toMatch(/PGT_pagerItemActive_\d+-\d+-\d+/);
  });

  it('shows the countdown with digits in separate spans', () => {
    const text = doc.body.textContent ?? '';
    expect(text).toMatch(/（\d+ 天 \d+ 时 \d+ 分 \d+ 秒未处理，系统将自动退款）/);
    expect(text).toMatch(/订单号 \d{6}-\d{12,}/);
    expect(text).toMatch(/申请时间: 2026-11-\d\d \d\d:\d\d:\d\d/);
  });
});
