/**
 * The pieces of the reply timer that need no page: the badge tooltip, the
 * longest-wait alert's jump, the on-screen tracker and the element watch.
 * The whole feature on the simulator is covered by test/e2e/reply-timer.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LongestWaitAlert, JUMP_CHECK_MS, type LongestWait } from '@/lib/features/longest-wait-alert';
import { describeWait } from '@/lib/features/wait-tooltip';
import type { ConversationRow } from '@/lib/pdd/chat-page';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { ElementWatch, pageElementsChanged } from '@/lib/ui/element-watch';
import { OnScreen } from '@/lib/ui/on-screen';
import { createShadowHost } from '@/lib/dom/shadow-host';
import { useLocale } from '../popup/i18n';

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
  it('a fresh wait names the next threshold and nothing else', () => {
    expect(describeWait({ waitMs: 5 * SEC, counted: true, estimated: false }, timer)).toBe('买家已等待 0:05（插件估算）\n尚未超过 0:30');
  });

  it('close to a threshold it warns; past one it names the threshold and the rule it breaks', () => {
    expect(describeWait({ waitMs: 20 * SEC, counted: true, estimated: false }, timer)).toContain('即将超过 0:30');
    const past = describeWait({ waitMs: 200 * SEC, counted: true, estimated: false }, timer).split('\n');
    expect(past[1]).toBe('已超过 3:00 · 3分钟回复率 · 规则 §1');
    expect(past[2]).toMatch(/超过 5:00$/);
  });

  it('past the last threshold there is no next one', () => {
    const lines = describeWait({ waitMs: 2 * 3600 * SEC, counted: true, estimated: false }, timer).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('1小时有效回复率');
  });

  it('says why a wait is not counted (the configured window) and when its start is estimated', () => {
    const settings = { ...timer, countedWindow: { startHour: 9, endHour: 22 } };
    const text = describeWait({ waitMs: 40 * SEC, counted: false, estimated: true }, settings);
    expect(text).toContain('9:00–22:00（北京时间）之外');
    expect(text).toContain('开始时间按页面倒计时估算');
  });
});

describe('LongestWaitAlert', () => {
  const longest: LongestWait = { buyerId: 'u1', nickname: '买家甲', elapsed: '4:05', level: 2, estimated: false };

  function setup(activeAfterClick: boolean) {
    const element = document.createElement('div');
    element.scrollIntoView = vi.fn();
    document.body.append(element);
    let active = false;
    element.addEventListener('click', () => (active = activeAfterClick));
    const row = (): ConversationRow => ({ buyerId: 'u1', element, group: 'all', pageSaysUnanswered: true, pageCountdownSec: null, active });
    const deps = { win: window, doc: document, findRow: vi.fn((id: string) => (id === 'u1' ? row() : undefined)), flash: vi.fn(), onChange: vi.fn() };
    const alert = new LongestWaitAlert(deps);
    const shadowText = () => document.querySelector('kefu-guard-alert')?.shadowRoot?.textContent ?? '';
    return { alert, deps, element, shadowText };
  }

  it('shows the count and the longest wait, and nothing (no overlay at all) before anyone waits', () => {
    const { alert, shadowText } = setup(true);
    alert.show(0, null);
    expect(document.querySelector('kefu-guard-alert')).toBeNull();
    alert.show(3, longest);
    expect(shadowText()).toContain('3');
    expect(shadowText()).toContain('买家甲');
    expect(shadowText()).toContain('4:05');
    alert.show(0, null);
    expect(shadowText()).toBe('');
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
    alert.show(0, null);
    alert.show(1, longest);
    expect(shadowText()).not.toContain('请点击高亮的会话');
  });

  it('a jump to a conversation no longer listed does nothing', () => {
    const { alert, deps } = setup(true);
    alert.jumpTo('gone');
    expect(deps.flash).not.toHaveBeenCalled();
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
    let callback!: (entries: Array<Partial<IntersectionObserverEntry>>) => void;
    class FakeIO {
      constructor(cb: typeof callback) {
        callback = cb;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const shown = vi.fn();
    const tracker = new OnScreen({ IntersectionObserver: FakeIO } as unknown as Window, shown);
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
});
