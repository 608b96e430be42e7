import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { droppedCounts, resetDropped } from '@/lib/content/dropped';
import { MAX_BATCH_ATTEMPTS } from '@/lib/content/chat-session/event-queue';
import { ChatSession } from '@/lib/content/chat-session/session';
import { startPhraseGuard } from '@/lib/features/phrase-guard/guard';
import { createPhraseEngine } from '@/lib/features/phrase-guard/engine';
import { extensionLifetime } from '@/lib/content/lifetime';
import type { Request } from '@/lib/messages';
import { isReplyAreaButton, replyInput } from '@/lib/pdd/chat-page';
import type { TapItem } from '@/lib/pdd/page-tap';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';
import { onTrusted } from '@/lib/ui/trusted';
import { GuardPanel } from '@/lib/features/phrase-guard/panel';
import { useLocale } from '../aftersales/helpers';

const REPLY_BOX = `<div class="reply-box"><div class="reply-toolbar"><span class="quick-reply-btn">快捷短语</span></div>
  <div class="reply-input"><textarea id="replyTextarea"></textarea></div>
  <div class="reply-footer"><span class="tip"></span><div class="send-btn">发送</div></div></div>`;
const BROKEN_BOX = REPLY_BOX.replace('id="replyTextarea"', 'id="chatInput"').replace('send-btn', 'send-button');

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  vi.restoreAllMocks();
  resetDropped();
  document.body.innerHTML = '';
  document.querySelectorAll('[data-kefu-guard]').forEach((n) => n.remove());
});

const ENGINE = createPhraseEngine();

/** The guard on a reply box; `pageSent` records what the page's own Enter/click handlers would send. */
function guard(markup: string, settings: () => Settings) {
  document.body.innerHTML = markup;
  const controller = new AbortController();
  const send = vi.fn(async () => ({}) as never);
  startPhraseGuard({ win: window, doc: document, clock: { now: () => Date.now() }, settings, account: () => ({ key: 'a' }), send, signal: controller.signal, engine: { status: () => 'ready', engine: () => ENGINE } });
  const input = replyInput(document)!;
  const pageSent: string[] = [];
  input.addEventListener('keydown', (e) => e.key === 'Enter' && pageSent.push(input.value));
  document.querySelector('.reply-footer > div')!.addEventListener('click', () => pageSent.push(input.value));
  const enter = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  const panel = () => document.querySelector('kefu-guard-phrase')?.shadowRoot?.querySelector('[data-testid="guard-panel"]') ?? null;
  return { input, pageSent, enter, panel, stop: () => controller.abort() };
}

describe('the guard fails closed', () => {
  it('an exception in the check holds the message with a plain Chinese notice', () => {
    const throwing = { ...DEFAULT_SETTINGS, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard } };
    Object.defineProperty(throwing.phraseGuard, 'customWords', { get: () => { throw new Error('broken policy'); } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const g = guard(REPLY_BOX, () => throwing);
    g.input.value = '亲，今天发货';
    g.enter();
    (document.querySelector('.send-btn') as HTMLElement).click();
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-error')).toBe('true');
    expect(g.panel()?.textContent).toContain('发送前检查出错');
    expect(g.panel()?.querySelector('[data-testid="guard-send-anyway"]')).toBeNull(); // the default shop allows no override for every category
    expect(droppedCounts()['guard-error']).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    g.stop();
  });

  it('odd custom words do not break the check: the message is judged as usual', () => {
    const odd = { ...DEFAULT_SETTINGS, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, customWords: [42, null, '暗号'] as unknown as string[] } };
    const g = guard(REPLY_BOX, () => odd);
    g.input.value = '亲，今天发货';
    g.enter();
    expect(g.pageSent).toEqual(['亲，今天发货']);
    g.input.value = '加我微信 13800138000';
    g.enter();
    expect(g.pageSent).toEqual(['亲，今天发货']);
    expect(g.panel()?.getAttribute('data-mode')).toBe('held');
    g.stop();
  });
});

describe('a reply box whose send button is not recognised', () => {
  it('says so at once and holds a click on any button-like element of the reply area, as it holds Enter', () => {
    const g = guard(BROKEN_BOX, () => DEFAULT_SETTINGS);
    const notice = document.querySelector('kefu-guard-send-notice')?.shadowRoot?.textContent ?? '';
    expect(notice).toContain('发送按钮');
    expect(notice).not.toMatch(/sendButton/);
    g.input.value = '加我微信 13800138000';
    (document.querySelector('.send-button') as HTMLElement).click();
    g.enter();
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-mode')).toBe('held');
    g.stop();
    expect(document.querySelector('kefu-guard-send-notice')).toBeNull();
  });

  it('isReplyAreaButton: button-like or "发送" inside the reply area only', () => {
    document.body.innerHTML = `${BROKEN_BOX}<button class="outside">发送</button>`;
    const input = replyInput(document)!;
    const at = (css: string) => isReplyAreaButton(document, input, document.querySelector(css)!);
    expect(at('.send-button')).toBe(true);
    expect(at('.outside')).toBe(false);
    expect(at('#chatInput')).toBe(false);
    expect(at('.quick-reply-btn')).toBe(false);
  });
});

describe('overlay buttons act on trusted clicks only', () => {
  it('a script click on 仍然发送 does nothing', () => {
    const onSendAnyway = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <GuardPanel mode="held" text="x" findings={[{ category: 'url', ruleId: 'chat-third-party', severity: 'block', match: 'x', start: 0, end: 1, action: 'block' } as never]} canOverride pressAgain={false} position={{ left: 0, bottom: 0, width: 300 }} onSendAnyway={onSendAnyway} onEdit={() => undefined} />,
      host,
    );
    (host.querySelector('[data-testid="guard-send-anyway"]') as HTMLElement).click();
    host.querySelector('[data-testid="guard-send-anyway"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSendAnyway).not.toHaveBeenCalled();
    const handler = vi.fn();
    onTrusted(handler)({ isTrusted: true } as Event);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('the event queue never retries a batch forever', () => {
  const NOW = Date.UTC(2026, 11, 1, 4, 0, 0);
  const push = (msgId: string) => ({
    channel: 'ws' as const,
    url: 'wss://m-ws.pinduoduo.com/',
    body: JSON.stringify({ response: 'push', message: { msg_id: msgId, from: { role: 'user', uid: '8123456789' }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: NOW / 1000 } }),
  });
  const userinfo = { channel: 'http' as const, url: 'https://mms.pinduoduo.com/chats/userinfo/realtime', body: JSON.stringify({ result: { username: 'a', mall_id: '1' } }) };

  function session(send: (r: Request) => Promise<unknown>) {
    let now = NOW;
    const s = new ChatSession({ win: window, doc: document, clock: { now: () => now }, send: send as never, signal: new AbortController().signal });
    const ingest = (item: TapItem) => (s as unknown as { ingestTraffic(o: unknown): void }).ingestTraffic(readTraffic(item, now));
    ingest(userinfo);
    return { s, ingest, later: (ms: number) => (now += ms) };
  }

  it(`drops a batch after ${MAX_BATCH_ATTEMPTS} failed tries, counted; later events go on`, async () => {
    const calls: string[][] = [];
    let failing = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { s, ingest, later } = session(async (r) => {
      if (r.type !== 'chat/events') return {};
      calls.push(r.events.map((e) => e.messageId));
      if (failing) throw new Error('background refused');
      return { added: r.events.length };
    });
    ingest(push('m1'));
    ingest(push('m2'));
    for (let i = 0; i < 20; i++) {
      await s.flush();
      later(20_000);
    }
    expect(calls).toEqual(Array(MAX_BATCH_ATTEMPTS).fill(['m1', 'm2'])); // the same batch, then never again
    expect(droppedCounts()['batch-dropped']).toBe(2);
    failing = false;
    ingest(push('m3'));
    await s.flush();
    expect(calls.at(-1)).toEqual(['m3']);
    warn.mockRestore();
  });

  it('a batch that fails once is sent again, whole, after a wait (not at once)', async () => {
    const calls: string[][] = [];
    let fail = 1;
    const { s, ingest, later } = session(async (r) => {
      if (r.type !== 'chat/events') return {};
      calls.push(r.events.map((e) => e.messageId));
      if (fail-- > 0) throw new Error('worker restarting');
      return { added: r.events.length };
    });
    ingest(push('m1'));
    await s.flush();
    ingest(push('m2'));
    await s.flush(); // within the wait: nothing
    later(1_000);
    await s.flush();
    await s.flush();
    expect(calls).toEqual([['m1'], ['m1'], ['m2']]);
  });
});

describe('the content script lives as long as the extension, whatever the page does', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('aborts only when runtime.id is gone', () => {
    let id: string | undefined = 'ext';
    const signal = extensionLifetime({ win: window, isAlive: () => id !== undefined, checkEveryMs: 1_000 });
    // What a page can do: replay WXT's "started" event and message for any name.
    document.dispatchEvent(new CustomEvent('ext:chat:wxt:content-script-started', { detail: { contentScriptName: 'chat', messageId: 'x' } }));
    window.postMessage({ type: 'ext:chat:wxt:content-script-started', contentScriptName: 'chat', messageId: 'y' }, '*');
    vi.advanceTimersByTime(5_000);
    expect(signal.aborted).toBe(false);
    id = undefined;
    vi.advanceTimersByTime(1_000);
    expect(signal.aborted).toBe(true);
  });

  it('a runtime that throws on access counts as gone', () => {
    const signal = extensionLifetime({ win: window, isAlive: () => { throw new Error('Extension context invalidated.'); } });
    expect(signal.aborted).toBe(true);
  });
});
