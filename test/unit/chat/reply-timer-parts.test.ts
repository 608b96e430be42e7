/**
 * The pieces of the reply timer that need no page: the badge tooltip, the
 * longest-wait alert's jump, the on-screen tracker and the element watch.
 * The whole feature on the simulator is covered by test/e2e/reply-timer.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/lib/features/reply-timer/badge-layer';
import { LongestWaitAlert, JUMP_CHECK_MS, type AlertWait } from '@/lib/features/reply-timer/longest-wait-alert';
import type { StagedWait } from '@/lib/features/reply-timer/state';
import { describeWait } from '@/lib/features/reply-timer/wait-tooltip';
import type { ConversationRow } from '@/lib/pdd/chat-rows';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { ElementWatch, pageElementsChanged } from '@/lib/ui/element-watch';
import { OnScreen } from '@/lib/ui/on-screen';
import { createShadowHost } from '@/lib/dom/shadow-host';
import { useLocale } from '../popup/i18n';
import { trustedClick } from '../trusted-click';

const SEC = 1000;
const timer = DEFAULT_SETTINGS.replyTimer;

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.documentElement.querySelectorAll('kefu-guard-alert').forEach((e) => e.remove());
});


describe('describeWait (badge tooltip)', () => {
  const T = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00:00 Beijing
  const facts = (waitMs: number, more: Partial<Parameters<typeof describeWait>[0]> = {}) => ({
    waitMs,
    waitingSince: T,
    counted: true,
    source: 'traffic' as const,
    ...more,
  });

  it('a fresh wait says since when and how long until the next threshold', () => {
    expect(describeWait(facts(5 * SEC), timer)).toBe('买家已等待 0:05（插件估算）\n开始于 2026-11-23 10:00:00（北京时间）\n再过 25 秒超过 30 秒');
  });

  it('past a threshold it names the threshold and the rule it breaks, then the time to the next one', () => {
    expect(describeWait(facts(110 * SEC), timer)).toContain('再过 1 分 10 秒超过 3 分钟');
    const past = describeWait(facts(200 * SEC), timer).split('\n');
    expect(past[2]).toBe('已超过 3:00 · 3分钟回复率 · 规则 §1');
    expect(past[3]).toBe('再过 1 分 40 秒超过 5 分钟');
  });

  it('past the last threshold there is no next one', () => {
    const lines = describeWait(facts(2 * 3600 * SEC), timer).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('1小时有效回复率');
  });

  it('says why a wait is not counted (the configured window) and where an estimated start comes from', () => {
    const settings = { ...timer, countedWindow: { startHour: 9, endHour: 22 } };
    expect(describeWait(facts(40 * SEC, { counted: false, source: 'countdown' }), settings)).toContain('9:00–22:00（北京时间）之外');
    expect(describeWait(facts(40 * SEC, { source: 'countdown' }), timer)).toContain('开始时间按页面倒计时推算');
    expect(describeWait(facts(3700 * SEC, { source: 'elapsed-note' }), timer)).toContain('至少已等待这么久');
    expect(describeWait(facts(40 * SEC, { source: 'msg-id' }), timer)).toContain('按消息编号推算');
    expect(describeWait(facts(40 * SEC, { source: 'first-seen' }), timer)).toContain('首次看到');
    expect(describeWait(facts(40 * SEC, { source: 'stamp' }), timer).split('\n')).toHaveLength(4); // exact: no note
  });
});

describe('LongestWaitAlert', () => {
  const longest: AlertWait[] = [{ buyerId: 'u1', nickname: '买家甲', text: '4:05', level: 2 }];

  function setup(activeAfterClick: boolean) {
    const element = document.createElement('div');
    element.scrollIntoView = vi.fn();
    document.body.append(element);
    let active = false;
    element.addEventListener('click', () => (active = activeAfterClick));
    const row = (): ConversationRow => ({ buyerId: 'u1', element, group: 'all', pageSaysUnanswered: true, pageState: 'waiting', pageCountdownSec: null, pageElapsedMinSec: null, active });
    const deps = { win: window, doc: document, findRow: vi.fn((id: string) => (id === 'u1' ? row() : undefined)), flash: vi.fn(), onChange: vi.fn() };
    const alert = new LongestWaitAlert(deps);
    const shadowText = () => document.querySelector('kefu-guard-alert')?.shadowRoot?.textContent ?? '';
    return { alert, deps, element, shadowText };
  }

  it('shows the count and the longest wait, and nothing (no overlay at all) before anyone waits', () => {
    const { alert, shadowText } = setup(true);
    alert.show(0, []);
    expect(document.querySelector('kefu-guard-alert')).toBeNull();
    alert.show(3, longest);
    expect(shadowText()).toContain('3');
    expect(shadowText()).toContain('买家甲');
    expect(shadowText()).toContain('4:05');
    alert.show(0, []);
    expect(shadowText()).toBe('');
  });

  it('says 即将超时, not 最久, when the first wait is the one about to cross its next threshold', () => {
    const { alert, shadowText } = setup(true);
    alert.show(2, [{ ...longest[0]!, soon: true }, { buyerId: 'u2', nickname: '买家乙', text: '1:10:00', level: 4 }]);
    expect(shadowText()).toContain('即将超时 买家甲');
    alert.show(2, [{ buyerId: 'u2', nickname: '买家乙', text: '1:10:00', level: 4 }, longest[0]!]);
    expect(shadowText()).toContain('最久 买家乙');
    alert.remove();
  });

  it('lists the five longest waits when several buyers wait, each a button that opens its conversation', () => {
    const { alert, deps } = setup(true);
    const waits = Array.from({ length: 7 }, (_, i) => ({ buyerId: i === 0 ? 'u1' : `u${i + 1}`, nickname: `买家${i}`, text: `${9 - i}:00`, level: 3 }));
    alert.show(7, waits);
    const root = document.querySelector('kefu-guard-alert')!.shadowRoot!;
    const items = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="wait-item"]')];
    expect(items.map((b) => b.dataset['buyer'])).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(root.querySelector('[data-testid="wait-count"]')!.textContent).toBe('7');
    trustedClick(items[0]!);
    expect(deps.findRow).toHaveBeenCalledWith('u1');
    trustedClick(items[3]!);
    expect(deps.findRow).toHaveBeenCalledWith('u4');
    // One buyer: no list, the main button is enough.
    alert.show(1, waits.slice(0, 1));
    expect(root.querySelector('[data-testid="wait-list"]')).toBeNull();
  });

  it('its list closes after a jump, and opens again once the pointer has left the alert', async () => {
    const { alert, deps } = setup(true);
    const waits = Array.from({ length: 3 }, (_, i) => ({ buyerId: i === 0 ? 'u1' : `u${i + 1}`, nickname: `买家${i}`, text: `${9 - i}:00`, level: 3 }));
    alert.show(3, waits);
    const root = document.querySelector('kefu-guard-alert')!.shadowRoot!;
    const box = () => root.querySelector<HTMLElement>('[data-testid="wait-alert"]')!;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    expect(box().classList.contains('closed')).toBe(false);
    const item = root.querySelectorAll<HTMLButtonElement>('[data-testid="wait-item"]')[1]!;
    item.focus();
    trustedClick(item);
    await settle();
    expect(deps.findRow).toHaveBeenCalledWith('u2');
    expect(box().classList.contains('closed')).toBe(true);
    expect(root.activeElement).not.toBe(item);
    box().dispatchEvent(new MouseEvent('mouseleave'));
    await settle();
    expect(box().classList.contains('closed')).toBe(false);
    trustedClick(root.querySelector('[data-testid="wait-jump"]')!);
    await settle();
    expect(box().classList.contains('closed')).toBe(true);
    alert.remove();
  });

  it('a jump clicks the page’s own row; no hint when the page opened it', () => {
    vi.useFakeTimers();
    const { alert, deps, element, shadowText } = setup(true);
    alert.show(1, longest);
    alert.jumpTo('u1');
    expect(element.scrollIntoView).toHaveBeenCalled();
    expect(deps.flash).toHaveBeenCalledWith('u1');
    vi.advanceTimersByTime(JUMP_CHECK_MS);
    expect(deps.onChange).toHaveBeenCalledOnce();
    alert.show(1, longest);
    expect(shadowText()).not.toContain('请点击高亮的会话');
  });

  it('asks the agent to click when the page ignored the synthetic click, until nobody waits', () => {
    vi.useFakeTimers();
    const { alert, shadowText } = setup(false);
    alert.show(1, longest);
    alert.jumpTo('u1');
    vi.advanceTimersByTime(JUMP_CHECK_MS);
    alert.show(1, longest);
    expect(shadowText()).toContain('请点击高亮的会话');
    alert.show(0, []);
    alert.show(1, longest);
    expect(shadowText()).not.toContain('请点击高亮的会话');
  });

  it('a jump to a conversation no longer listed does nothing', () => {
    const { alert, deps } = setup(true);
    alert.jumpTo('gone');
    expect(deps.flash).not.toHaveBeenCalled();
  });
});

/** A window whose IntersectionObserver reports what the test says (happy-dom has none). */
function fakeIntersectionObserver() {
  let callback!: (entries: Array<Partial<IntersectionObserverEntry>>) => void;
  class FakeIO {
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  return { win: { IntersectionObserver: FakeIO } as unknown as Window, report: (entries: Array<Partial<IntersectionObserverEntry>>) => callback(entries) };
}

describe('BadgeLayer', () => {
  const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
  let clock = NOW;
  const staged = (buyerId: string, waitedSec: number, level = 0): StagedWait => ({
    waiting: { conversationId: buyerId, buyerId, waitingSince: NOW - waitedSec * SEC, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [], restoredOnly: false },
    stage: { level, warning: false, breached: null, next: null },
    counted: true,
  });
  const rowOf = (buyerId: string): ConversationRow | undefined => {
    const element = document.querySelector(`[data-random="${buyerId}"]`);
    return element ? { buyerId, element, group: '', pageSaysUnanswered: true, pageState: 'waiting', pageCountdownSec: null, pageElapsedMinSec: null, active: false } : undefined;
  };
  const text = (buyerId: string) => document.querySelector(`kefu-wait-badge[data-buyer="${buyerId}"]`)?.shadowRoot?.textContent ?? null;

  function setup() {
    document.body.innerHTML = ['a', 'b'].map((id) => `<div class="chat-item-box" data-random="${id}"><span class="chat-time"></span></div>`).join('');
    const { win, report } = fakeIntersectionObserver();
    clock = NOW;
    const layer = new BadgeLayer({ win, doc: document, now: () => clock, describe: () => '', notCountedTag: '不计' });
    return { layer, report: (buyerId: string, isIntersecting: boolean) => report([{ target: document.querySelector(`kefu-wait-badge[data-buyer="${buyerId}"]`)!, isIntersecting }]) };
  }

  it('puts one badge into each listed row’s anchor, back into the row the page re-rendered, and takes off the others', () => {
    const { layer } = setup();
    layer.paint([staged('a', 65), staged('b', 5), staged('gone', 9)], rowOf, NOW);
    expect(document.querySelector('[data-random="a"] .chat-time kefu-wait-badge')).not.toBeNull();
    expect(text('a')).toBe('1:05');
    expect(document.querySelectorAll('kefu-wait-badge')).toHaveLength(2);
    document.querySelector('[data-random="a"]')!.outerHTML = '<div class="chat-item-box" data-random="a"><span class="chat-time"></span></div>';
    layer.paint([staged('a', 65)], rowOf, NOW + SEC);
    expect(document.querySelector('[data-random="a"] kefu-wait-badge')).not.toBeNull();
    expect(document.querySelectorAll('kefu-wait-badge')).toHaveLength(1);
    layer.clear();
    expect(document.querySelectorAll('kefu-wait-badge')).toHaveLength(0);
  });

  it('repaints only badges on screen; one coming back into view stale is brought up to date at once, alone', () => {
    const { layer, report } = setup();
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, NOW);
    report('a', true);
    clock = NOW + 5 * SEC;
    const label = (buyerId: string) => document.querySelector(`kefu-wait-badge[data-buyer="${buyerId}"]`)!.shadowRoot!.querySelector('.badge')!.firstChild as Text;
    const writes = vi.spyOn(label('b'), 'data', 'set');
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, clock);
    expect(text('a')).toBe('1:10');
    expect(text('b')).toBe('0:05'); // out of sight: not written
    expect(writes).not.toHaveBeenCalled();
    clock = NOW + 5.5 * SEC;
    report('b', true); // scrolled into view: right at once, without a tick
    expect(text('b')).toBe('0:10');
    expect(text('a')).toBe('1:10'); // the others wait for the tick
  });

  it('a badge the page re-rendered out from under it is drawn in its new row even out of view, and unchanged text is not written again', () => {
    const { layer } = setup();
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, NOW); // neither reported on screen
    const label = () => document.querySelector('kefu-wait-badge[data-buyer="b"]')!.shadowRoot!.querySelector('.badge')!.firstChild as Text;
    const writes = vi.spyOn(label(), 'data', 'set');
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, NOW + 3 * SEC);
    expect(writes).not.toHaveBeenCalled(); // out of sight, still in its row
    document.querySelector('[data-random="b"]')!.outerHTML = '<div class="chat-item-box" data-random="b"><span class="chat-time"></span></div>';
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, NOW + 3 * SEC);
    expect(text('b')).toBe('0:08'); // moved into the new row: drawn
    expect(writes).toHaveBeenCalledOnce();
    layer.paint([staged('a', 65), staged('b', 5)], rowOf, NOW + 3.5 * SEC);
    expect(writes).toHaveBeenCalledOnce(); // same text, not written
  });
});

describe('BadgeLayer between re-renders (issue 25 item 3)', () => {
  const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
  const staged = (buyerId: string, waitedSec: number): StagedWait => ({
    waiting: { conversationId: buyerId, buyerId, waitingSince: NOW - waitedSec * SEC, source: 'traffic', estimated: false, lowerBound: false, messageTimes: [], restoredOnly: false },
    stage: { level: 0, warning: false, breached: null, next: null },
    counted: true,
  });
  const badgeText = (buyerId: string) => document.querySelector(`kefu-wait-badge[data-buyer="${buyerId}"]`)?.shadowRoot?.textContent ?? null;
  /** Rows of buyers a and b, a badge layer at NOW over them, and how it finds each buyer's row. */
  function twoRows() {
    document.body.innerHTML = ['a', 'b'].map((id) => `<div class="chat-item-box" data-random="${id}"><span class="chat-time"></span></div>`).join('');
    const { win, report } = fakeIntersectionObserver();
    const layer = new BadgeLayer({ win, doc: document, now: () => NOW, describe: () => '', notCountedTag: '不计' });
    const rowOf = (buyerId: string): ConversationRow | undefined => {
      const element = document.querySelector(`[data-random="${buyerId}"]`);
      return element ? { buyerId, element, group: '', pageSaysUnanswered: true, pageState: 'waiting', pageCountdownSec: null, pageElapsedMinSec: null, active: false } : undefined;
    };
    return { layer, report, rowOf };
  }

  it('with the same rows and staged waits a tick looks for no row and writes only badges on screen; one off screen is right the moment it shows', () => {
    document.body.innerHTML = ['a', 'b'].map((id) => `<div class="chat-item-box" data-random="${id}"><span class="chat-time"></span></div>`).join('');
    const { win, report } = fakeIntersectionObserver();
    let clock = NOW;
    const layer = new BadgeLayer({ win, doc: document, now: () => clock, describe: () => '', notCountedTag: '不计' });
    const rowOf = vi.fn((buyerId: string): ConversationRow | undefined => {
      const element = document.querySelector(`[data-random="${buyerId}"]`);
      return element ? { buyerId, element, group: '', pageSaysUnanswered: true, pageState: 'waiting', pageCountdownSec: null, pageElapsedMinSec: null, active: false } : undefined;
    });
    const host = (buyerId: string) => document.querySelector(`kefu-wait-badge[data-buyer="${buyerId}"]`)!;
    const waits = [staged('a', 65), staged('b', 5)];
    layer.paint(waits, rowOf, NOW, 1);
    report([{ target: host('a'), isIntersecting: true }]);
    rowOf.mockClear();
    const writes = vi.spyOn(host('b').shadowRoot!.querySelector('.badge')!.firstChild as Text, 'data', 'set');
    clock = NOW + 5 * SEC;
    layer.paint(waits, rowOf, clock, 1);
    expect(rowOf).not.toHaveBeenCalled();
    expect(badgeText('a')).toBe('1:10');
    expect(writes).not.toHaveBeenCalled(); // off screen: not written
    clock = NOW + 7.5 * SEC;
    report([{ target: host('b'), isIntersecting: true }]); // scrolled into view: right at once
    expect(badgeText('b')).toBe('0:12');
    // The page wrote over a badge's anchor (no change of its rows): the badge goes back at the next tick.
    document.querySelector('[data-random="a"] .chat-time')!.textContent = '10:00';
    layer.paint(waits, rowOf, NOW + 8 * SEC, 1);
    expect(badgeText('a')).toBe('1:13');
    rowOf.mockClear();
    layer.paint(waits, rowOf, NOW + 9 * SEC, 2); // a new reading of the rows: placed again
    expect(rowOf).toHaveBeenCalledTimes(2);
  });

  it("redraws the badges on screen by the buyer we gave each, whatever the page writes into a host's data-buyer", () => {
    const { layer, report, rowOf } = twoRows();
    const waits = [staged('a', 65), staged('b', 5)];
    layer.paint(waits, rowOf, NOW, 1);
    const hostA = document.querySelector<HTMLElement>('kefu-wait-badge[data-buyer="a"]')!;
    const hostB = document.querySelector<HTMLElement>('kefu-wait-badge[data-buyer="b"]')!;
    report([{ target: hostA, isIntersecting: true }]);
    hostA.dataset.buyer = 'b'; // the page rewrites our host's attribute
    const writesB = vi.spyOn(hostB.shadowRoot!.querySelector('.badge')!.firstChild as Text, 'data', 'set');
    layer.paint(waits, rowOf, NOW + 2 * SEC, 1);
    expect(hostA.shadowRoot!.textContent).toBe('1:07'); // a's own time, a second later
    expect(writesB).not.toHaveBeenCalled(); // b is off screen: not written
  });

  it("sets the page's watch aside (placing) only for ticks that put badges into rows, not for those that only write texts", () => {
    const { layer, report, rowOf } = twoRows();
    const placing = vi.fn((work: () => void) => work());
    const waits = [staged('a', 65), staged('b', 5)];
    layer.paint(waits, rowOf, NOW, 1, placing);
    expect(placing).toHaveBeenCalledOnce();
    expect(document.querySelectorAll('kefu-wait-badge')).toHaveLength(2); // placed inside it
    report([{ target: document.querySelector('kefu-wait-badge[data-buyer="a"]')!, isIntersecting: true }]);
    layer.paint(waits, rowOf, NOW + SEC, 1, placing);
    layer.paint(waits, rowOf, NOW + 2 * SEC, 1, placing);
    expect(placing).toHaveBeenCalledOnce(); // seconds that only write texts
    expect(badgeText('a')).toBe('1:07');
    layer.paint(waits, rowOf, NOW + 3 * SEC, 2, placing); // a new reading: placed again, set aside again
    expect(placing).toHaveBeenCalledTimes(2);
    const withoutRows = vi.fn((work: () => void) => work());
    document.querySelector('[data-random="a"] .chat-time')!.textContent = '10:00'; // the page wrote over a badge
    layer.paint(waits, rowOf, NOW + 4 * SEC, 2, withoutRows);
    expect(withoutRows).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-random="a"] kefu-wait-badge')).not.toBeNull();
  });
});

describe('OnScreen', () => {
  it('without IntersectionObserver every element counts as visible (redrawn, never frozen)', () => {
    const el = document.createElement('span');
    const tracker = new OnScreen({} as Window, vi.fn());
    tracker.observe(el);
    expect(tracker.isVisible(el)).toBe(true);
  });

  it('follows the observer’s entries and reports elements coming into view', () => {
    const { win, report: callback } = fakeIntersectionObserver();
    const shown = vi.fn();
    const tracker = new OnScreen(win, shown);
    const a = document.createElement('span');
    const b = document.createElement('span');
    tracker.observe(a);
    tracker.observe(b);
    expect(tracker.isVisible(a)).toBe(false);
    callback([
      { target: a, isIntersecting: true },
      { target: b, isIntersecting: false },
    ]);
    expect(tracker.isVisible(a)).toBe(true);
    expect(tracker.isVisible(b)).toBe(false);
    expect(shown).toHaveBeenCalledWith([a]);
    callback([{ target: a, isIntersecting: false }]);
    expect(tracker.isVisible(a)).toBe(false);
    expect(shown).toHaveBeenCalledOnce();
  });
});

describe('ElementWatch', () => {
  const spec = { description: 'list', alternatives: [{ css: '.list', source: 'test' }] };
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('reports the page adding or removing elements, not text changes nor our own nodes', async () => {
    document.body.innerHTML = '<div class="list"><p>a</p></div>';
    const onChange = vi.fn();
    const watch = new ElementWatch(spec, onChange);
    expect(watch.follow(document)).toBe(true);
    document.querySelector('p')!.textContent = 'countdown 0:59';
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('p')!.append(createShadowHost(document, 'kefu-guard-badge', '').host);
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('.list')!.append(document.createElement('p'));
    await flush();
    expect(onChange).toHaveBeenCalledOnce();
    watch.disconnect();
  });

  it('follows the element when the page replaces it', async () => {
    document.body.innerHTML = '<div class="list"></div>';
    const onChange = vi.fn();
    const watch = new ElementWatch(spec, onChange);
    watch.follow(document);
    expect(watch.follow(document)).toBe(false);
    document.body.innerHTML = '<div class="list"></div>';
    expect(watch.follow(document)).toBe(true);
    expect(watch.element).toBe(document.querySelector('.list'));
    document.querySelector('.list')!.append(document.createElement('p'));
    await flush();
    expect(onChange).toHaveBeenCalledOnce();
    expect(pageElementsChanged([])).toBe(false);
  });

  it("sifts the page's text rewrites without asking a changed text's record for its node lists", () => {
    const asked: string[] = [];
    const record = (type: MutationRecordType, added: Node[] = [], removed: Node[] = []) =>
      ({
        type,
        get addedNodes() {
          asked.push(`${type}:added`);
          return added as unknown as NodeList;
        },
        get removedNodes() {
          asked.push(`${type}:removed`);
          return removed as unknown as NodeList;
        },
      }) as MutationRecord;
    const text = document.createTextNode('剩余3秒');
    const own = document.createElement('span');
    own.setAttribute('data-kefu-guard', '');
    const texts = Array.from({ length: 50 }, () => record('characterData'));
    expect(pageElementsChanged([...texts, record('childList', [text], [text]), record('childList', [own])])).toBe(false);
    expect(asked.filter((a) => a.startsWith('characterData'))).toEqual([]);
    expect(pageElementsChanged([...texts, record('childList', [], [document.createElement('li')])])).toBe(true);
    expect(pageElementsChanged([record('childList', [text, document.createElement('li')])])).toBe(true);
  });
});
