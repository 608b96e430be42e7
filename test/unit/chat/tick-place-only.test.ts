/**
 * The chat tick's cost (issue 25 item 3): when the page re-renders its rows
 * and nothing else changed, the tick at the end of that task only puts the
 * badges into the new rows (before the page is laid out); the whole frame
 * (alert, toolbar report, sound, self-check) waits for the second's tick.
 * A change of the book with the re-render still gets a whole frame at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatSession } from '@/lib/content/chat-session/session';
import { ReplyTimerState } from '@/lib/features/reply-timer/state';
import { startReplyTimer } from '@/lib/features/reply-timer/timer';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

const NOW = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 Beijing, inside the counted window
const BUYER = '8123456789';
const OTHER = '8123456790';
const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages/chat-workbench.html'), 'utf8');
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function setup() {
  await useLocale('zh_CN');
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  const page = new DOMParser().parseFromString(html, 'text/html');
  page.querySelectorAll('script').forEach((s) => s.remove());
  document.body.innerHTML = page.body.innerHTML;
  const controller = new AbortController();
  const send = vi.fn(async () => ({}));
  const clock = { now: () => Date.now() };
  const session = new ChatSession({ win: window, doc: document, clock, send: send as never, signal: controller.signal });
  session.book.apply({ kind: 'buyer', conversationId: BUYER, buyerId: BUYER, messageId: 'm1', at: NOW - 60_000 }, 'traffic');
  const frames = vi.spyOn(ReplyTimerState.prototype, 'frame');
  startReplyTimer({ win: window, doc: document, clock, session, settings: () => DEFAULT_SETTINGS, send: send as never, signal: controller.signal });
  const rowOf = (buyerId: string) => document.querySelector(`.chat-list-box .chat-item-box[data-random^="${buyerId}-"]`)!;
  /** The page re-renders a row: the same markup, a new element. */
  const rerender = (buyerId: string) => {
    const row = rowOf(buyerId);
    row.querySelectorAll('kefu-wait-badge').forEach((b) => b.remove());
    row.outerHTML = row.outerHTML;
  };
  return { session, frames, rowOf, rerender, stop: () => controller.abort() };
}

describe('the tick after a re-render of the rows alone', () => {
  it('puts the badge into the new row at once without a whole frame; the second’s tick computes the frame', async () => {
    const { frames, rowOf, rerender, stop } = await setup();
    expect(rowOf(BUYER).querySelector('kefu-wait-badge')).not.toBeNull();
    const before = frames.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    rerender(BUYER);
    await microtasks();
    expect(rowOf(BUYER).querySelector('kefu-wait-badge')).not.toBeNull(); // in the new row, at the end of the page's task
    expect(frames.mock.calls.length).toBe(before); // no whole frame for it
    await vi.advanceTimersByTimeAsync(1_000);
    expect(frames.mock.calls.length).toBe(before + 1);
    stop();
  });

  it('one more message from the buyer already waiting (the book changed, nothing shown did) and the re-render it brings: still only placed', async () => {
    const { session, frames, rowOf, rerender, stop } = await setup();
    const before = frames.mock.calls.length;
    session.book.apply({ kind: 'buyer', conversationId: BUYER, buyerId: BUYER, messageId: 'm1b', at: NOW - 5_000 }, 'traffic');
    (session as unknown as { changed(): void }).changed();
    rerender(BUYER);
    await microtasks();
    expect(rowOf(BUYER).querySelector('kefu-wait-badge')).not.toBeNull();
    expect(frames.mock.calls.length).toBe(before);
    stop();
  });

  it('brings the alert’s times to now with the badges, so the second’s tick has nothing of its own to draw', async () => {
    const { frames, rerender, stop } = await setup();
    const times = () => [...(document.querySelector('kefu-guard-alert')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-time]') ?? [])].map((e) => e.textContent);
    const shown = times();
    expect(shown).toEqual(['≈0:20', '≈0:20', '≥1 小时 0 分', '≥4:00', '≈2:30', '≈2:00']); // the fixture's waits (the soonest twice: button and list)
    const before = frames.mock.calls.length;
    vi.setSystemTime(NOW + 1_000); // no timer runs: only the page's re-render ticks
    rerender(BUYER);
    await microtasks();
    expect(frames.mock.calls.length).toBe(before);
    expect(times()).toEqual(['≈0:21', '≈0:21', '≥1 小时 0 分', '≥4:01', '≈2:31', '≈2:01']);
    // Each time's text node is rewritten, not replaced by a new one every second.
    const nodes = () => [...document.querySelector('kefu-guard-alert')!.shadowRoot!.querySelectorAll('[data-time]')].map((e) => e.firstChild);
    const first = nodes();
    vi.setSystemTime(NOW + 2_000);
    rerender(BUYER);
    await microtasks();
    expect(times()[0]).toBe('≈0:22');
    expect(nodes().every((node, i) => node === first[i])).toBe(true);
    stop();
  });

  it('a change of the book with the re-render gets its whole frame at once', async () => {
    const { session, frames, rowOf, rerender, stop } = await setup();
    const before = frames.mock.calls.length;
    session.book.apply({ kind: 'buyer', conversationId: OTHER, buyerId: OTHER, messageId: 'm2', at: NOW - 10_000 }, 'traffic');
    (session as unknown as { changed(): void }).changed();
    rerender(BUYER);
    await microtasks();
    expect(frames.mock.calls.length).toBe(before + 1);
    expect(rowOf(OTHER).querySelector('kefu-wait-badge')).not.toBeNull();
    expect(rowOf(BUYER).querySelector('kefu-wait-badge')).not.toBeNull();
    stop();
  });
});

describe('the badge tooltip', () => {
  it('says the wait the badge shows, even when the computer’s clock stepped back under a second (the shown time never goes back)', async () => {
    const { rowOf, rerender, stop } = await setup();
    await vi.advanceTimersByTimeAsync(1_100);
    rerender(BUYER); // a badge put into a new row is drawn at once (happy-dom reports no row on screen for the second's tick)
    await microtasks();
    const badge = rowOf(BUYER).querySelector('kefu-wait-badge')!.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
    const shown = badge.firstChild!.textContent!;
    expect(shown).toBe('1:01'); // the wait began at 09:59:00
    vi.setSystemTime(Date.now() - 900); // a clock correction of 0.9 s: the badge keeps its number
    badge.dispatchEvent(new Event('mouseenter'));
    expect(badge.title.split('\n')[0]).toContain(shown);
    stop();
  });
});
