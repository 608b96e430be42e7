/**
 * What keeps the chat tick cheap on the page (issue 25, `npm run bench
 * chat-tick`): when the reply timer ticks (TickClock), the self-checks that
 * remember what they found (Presence), the element watch that neither sifts
 * our own badges nor misses the page's changes, and the alert whose times
 * are written without drawing it again. Each behaves as the plain version did.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LongestWaitAlert, type AlertWait } from '@/lib/features/reply-timer/longest-wait-alert';
import { FOLLOW_MS, LEAD_MS, TickClock } from '@/lib/features/reply-timer/tick-clock';
import { checkChatPage, sendButtonMissing } from '@/lib/pdd/chat-page';
import { CHAT_SELECTORS } from '@/lib/pdd/chat-selectors';
import { Presence, queryAll, queryFirst, textOf } from '@/lib/pdd/selectors';
import { createShadowHost } from '@/lib/dom/shadow-host';
import { ElementWatch } from '@/lib/ui/element-watch';
import { useLocale } from '../popup/i18n';

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('TickClock', () => {
  function setup() {
    vi.useFakeTimers();
    const run = vi.fn();
    const ticks = new TickClock(window, run);
    return { run, ticks, microtasks: () => Promise.resolve() };
  }

  it('ticks at once and then every second', () => {
    const { run, ticks } = setup();
    ticks.start();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(3_000);
    expect(run).toHaveBeenCalledTimes(5);
    ticks.stop();
    vi.advanceTimersByTime(3_000);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it('a change ticks once at the end of the task, however often it is asked, and keeps the seconds where they were', async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    vi.advanceTimersByTime(400);
    ticks.soon();
    ticks.soon();
    expect(run).toHaveBeenCalledTimes(1); // not inside the caller's code
    await microtasks();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(600); // the second is still due at 1 000 ms
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("follows the page's own update when the second is due soon, so both share a frame; not earlier", async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    vi.advanceTimersByTime(1_000 - FOLLOW_MS);
    ticks.pageUpdated(); // due within FOLLOW_MS: ticks now
    await microtasks();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000); // the own timer waits for the page's next update...
    expect(run).toHaveBeenCalledTimes(2);
    ticks.pageUpdated(); // ...which it follows
    await microtasks();
    expect(run).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1_000 + LEAD_MS); // the page stopped: the own timer ticks, then every second
    expect(run).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it("takes the page's phase when the page updates early in our second: no tick then, the next one with the page's next update", async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    vi.advanceTimersByTime(400);
    ticks.pageUpdated(); // 400 ms after our tick: too early to tick
    await microtasks();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(999); // our own second (due at 1 000) waits for the page
    expect(run).toHaveBeenCalledTimes(1);
    ticks.pageUpdated(); // the page's next update, at 1 399 ms
    await microtasks();
    expect(run).toHaveBeenCalledTimes(2);
    for (let second = 0; second < 5; second++) {
      vi.advanceTimersByTime(1_000);
      ticks.pageUpdated();
      await microtasks();
    }
    expect(run).toHaveBeenCalledTimes(7); // locked: one tick a second, each with the page's update
  });

  it("a re-render of the page's rows draws the second with it when the second is due within FOLLOW_MS, else only the change", async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    vi.advanceTimersByTime(400);
    ticks.pageChanged(); // early in the second: the change alone, the second still due at 1 000 ms
    await microtasks();
    expect(run.mock.calls.map(([kind]) => kind)).toEqual(['second', 'change']);
    vi.advanceTimersByTime(1_000 - FOLLOW_MS - 400);
    ticks.pageChanged(); // due within FOLLOW_MS: the second's tick now, in the re-render's frame
    await microtasks();
    expect(run.mock.calls.map(([kind]) => kind)).toEqual(['second', 'change', 'second']);
    vi.advanceTimersByTime(FOLLOW_MS); // not again at 1 000 ms
    expect(run).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1_000 + LEAD_MS - FOLLOW_MS);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it('a page rewriting its texts many times a second makes no more than about one tick a second', async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    for (let i = 0; i < 100; i++) {
      vi.advanceTimersByTime(100);
      ticks.pageUpdated();
      await microtasks();
    }
    // 10 s: at most one tick per (1 000 - FOLLOW_MS) ms, never a gap over two seconds.
    expect(run.mock.calls.length).toBeLessThanOrEqual(1 + Math.ceil(10_000 / (1_000 - FOLLOW_MS)));
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(1 + 10_000 / 2_000);
  });

  it('stops for good', async () => {
    const { run, ticks, microtasks } = setup();
    ticks.start();
    ticks.soon();
    ticks.stop();
    await microtasks();
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('Presence', () => {
  const page = '<div class="chat-list-box"><ul><li></li></ul></div><div class="reply-box"><textarea id="replyTextarea"></textarea><button class="send-btn">发送</button></div>';

  it('answers as a search does, and searches again only when what it found left the page or no longer matches', () => {
    document.body.innerHTML = page;
    const presence = new Presence();
    const spy = vi.spyOn(document, 'querySelector');
    expect(checkChatPage(document, false, presence)).toEqual({ recognised: true, missing: [] });
    const searches = spy.mock.calls.length;
    expect(checkChatPage(document, false, presence)).toEqual({ recognised: true, missing: [] });
    expect(spy.mock.calls.length).toBe(searches); // found again without a search
    document.querySelector('.send-btn')!.className = 'renamed';
    expect(checkChatPage(document, false, presence)).toEqual({ recognised: false, missing: ['sendButton'] });
    document.querySelector('.reply-box')!.append(Object.assign(document.createElement('span'), { className: 'send-btn' }));
    expect(checkChatPage(document, false, presence).recognised).toBe(true);
    document.querySelector('.chat-list-box')!.remove();
    expect(checkChatPage(document, false, presence)).toEqual(checkChatPage(document, false));
    expect(presence.has(document, CHAT_SELECTORS.conversationList)).toBe(queryFirst(document, CHAT_SELECTORS.conversationList) !== null);
    spy.mockRestore();
  });

  it('says when the reply box is there and its send button is not', () => {
    const presence = new Presence();
    document.body.innerHTML = page;
    expect(sendButtonMissing(document, presence)).toBe(false);
    document.querySelector('.send-btn')!.remove();
    expect(sendButtonMissing(document, presence)).toBe(true);
    document.querySelector('textarea')!.remove();
    expect(sendButtonMissing(document, presence)).toBe(false);
  });
});

describe('ElementWatch', () => {
  const spec = { description: 'list', alternatives: [{ css: '.list', source: 'test' }] };

  it('our own badges going in unobserved leave nothing for the callback; a change of the page before them is still reported', async () => {
    document.body.innerHTML = '<div class="list"><p>a</p></div>';
    const onChange = vi.fn();
    const watch = new ElementWatch(spec, onChange);
    watch.follow(document);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    watch.unobserved(() => document.querySelector('p')!.append(createShadowHost(document, 'kefu-wait-badge', '').host));
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('.list')!.append(document.createElement('p')); // the page, then our badges in the same task
    watch.unobserved(() => document.querySelector('p')!.append(createShadowHost(document, 'kefu-wait-badge', '').host));
    expect(onChange).toHaveBeenCalledOnce();
    await flush();
    expect(onChange).toHaveBeenCalledOnce();
    expect(observe).toHaveBeenCalledTimes(2); // observing again after each
    document.querySelector('.list')!.append(document.createElement('p'));
    await flush();
    expect(onChange).toHaveBeenCalledTimes(2);
    observe.mockRestore();
    watch.disconnect();
  });

  it("reports the page rewriting its own text to whoever asks, apart from its elements' changes", async () => {
    document.body.innerHTML = '<div class="list"><p>剩余170秒</p></div>';
    const onChange = vi.fn();
    const onText = vi.fn();
    const watch = new ElementWatch(spec, onChange, onText);
    watch.follow(document);
    document.querySelector('p')!.textContent = '剩余169秒';
    await flush();
    (document.querySelector('p')!.firstChild as Text).data = '剩余168秒';
    await flush();
    expect(onText).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('.list')!.append(document.createElement('p'));
    await flush();
    expect(onChange).toHaveBeenCalledOnce();
    expect(onText).toHaveBeenCalledTimes(2);
    watch.disconnect();
  });
});

describe('LongestWaitAlert times', () => {
  const waits = (texts: string[]): AlertWait[] => texts.map((text, i) => ({ buyerId: `u${i}`, nickname: `买家${i}`, text, level: 1 }));

  it('writes the times each second without drawing the alert again, and draws it when more than a time changed', () => {
    const alert = new LongestWaitAlert({ win: window, doc: document, findRow: () => undefined, flash: vi.fn(), onChange: vi.fn() });
    alert.show(2, waits(['1:05', '0:40']));
    const root = document.querySelector('kefu-guard-alert')!.shadowRoot!;
    const longest = root.querySelector('[data-testid="wait-longest"]')!;
    const times = () => [...root.querySelectorAll('.waits .time')].map((el) => el.textContent);
    expect(longest.textContent).toBe('1:05');
    expect(times()).toEqual(['1:05', '0:40']);
    alert.show(2, waits(['1:06', '0:41']));
    expect(root.querySelector('[data-testid="wait-longest"]')).toBe(longest); // the same element, written
    expect(longest.textContent).toBe('1:06');
    expect(times()).toEqual(['1:06', '0:41']);
    alert.show(3, [...waits(['1:07', '0:42']), { buyerId: 'u9', nickname: '买家9', text: '0:01', level: 0 }]);
    expect(root.querySelector('[data-testid="wait-count"]')!.textContent).toBe('3');
    expect(times()).toEqual(['1:07', '0:42', '0:01']);
    alert.show(1, [{ buyerId: 'u9', nickname: '买家9', text: '0:02', level: 0 }]);
    expect(root.querySelector('[data-testid="wait-longest"]')!.textContent).toBe('0:02');
    alert.remove();
  });
});

describe('reading the list by index (queryAll) and texts without a space as they are (textOf)', () => {
  it('queryAll gives the elements of the first alternative that matches, in document order, as a new array', () => {
    document.body.innerHTML = '<ul><li class="b" id="1"></li><li class="a" id="2"></li><li class="b" id="3"></li></ul>';
    const spec = { description: 'x', alternatives: [{ css: '.none', source: 't' }, { css: '.b', source: 't' }, { css: 'li', source: 't' }] };
    const got = queryAll(document, spec);
    expect(Array.isArray(got)).toBe(true);
    expect(got.map((e) => e.id)).toEqual(['1', '3']);
    expect(got).toEqual(Array.from(document.querySelectorAll('.b')));
    expect(queryAll(document, { description: 'x', alternatives: [{ css: '.none', source: 't' }] })).toEqual([]);
  });

  it('textOf collapses and trims whitespace exactly as before, for texts with and without any', () => {
    const old = (t: string) => t.replace(/\s+/g, ' ').trim();
    const el = document.createElement('span');
    for (const text of ['剩余120秒', '已等待1小时', ' 新消息(3) ', '新消息\n  (3)', '\u3000已回复\u00a0(2)\t', '', '\u2028x', 'a  b']) {
      el.textContent = text;
      expect(textOf(el), JSON.stringify(text)).toBe(old(text));
    }
    expect(textOf(null)).toBe('');
  });
});
