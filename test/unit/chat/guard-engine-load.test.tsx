/**
 * The phrase engine loaded after the page (issue 25 item 3), as the chat's
 * guard feature runs it (lib/features/phrase-guard/index.ts): the worker is
 * a fake `send`, the injected script is `handEngine` called as
 * entrypoints/phrase-engine.ts calls it. Fails closed: a send before the
 * engine is there is held with its own line and never sent for the agent; a
 * refusal, an injection that hands nothing over and a timeout all say the
 * check could not be loaded and keep holding; the fold's table, the variants
 * and the settings reach the engine whichever arrives first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatPageDeps } from '@/lib/content/chat-deps';
import { createPhraseEngine } from '@/lib/features/phrase-guard/engine';
import { ENGINE_TIMEOUT_MS, RETRY_AFTER_MS } from '@/lib/features/phrase-guard/engine-loader';
import { handEngine, type PhraseEngine } from '@/lib/features/phrase-guard/engine-slot';
import { phraseGuard } from '@/lib/features/phrase-guard/index';
import { replyInput } from '@/lib/pdd/chat-page';
import type { Request } from '@/lib/messages';
import { variantsSource } from '@/lib/phrases/variants';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';
import { useLocale } from '../aftersales/helpers';

const REPLY_BOX = `<div class="reply-box"><div class="reply-input"><textarea id="replyTextarea"></textarea></div>
  <div class="reply-footer"><div class="send-btn">发送</div></div></div>`;

let stop: () => void = () => undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('zh_CN');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('[data-kefu-guard]').forEach((n) => n.remove());
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** The guard feature on a reply box, with the worker's answer to 'guard/engine' in the test's hands. */
async function chatGuard(settings: () => Settings = () => DEFAULT_SETTINGS) {
  document.body.innerHTML = REPLY_BOX;
  const controller = new AbortController();
  stop = () => controller.abort();
  const worker: { answer?: (reply: unknown) => void; refuse?: (error: Error) => void } = {};
  const requests: Request[] = [];
  const send = vi.fn((request: Request) => {
    requests.push(request);
    if (request.type !== 'guard/engine') return Promise.resolve({});
    return new Promise((resolve, reject) => Object.assign(worker, { answer: resolve, refuse: reject }));
  });
  const deps = { win: window, doc: document, clock: { now: () => Date.now() }, send, settings, session: { account: { key: 'a' } }, ready: Promise.resolve(), onCommand: () => () => undefined };
  await phraseGuard.init(deps as unknown as ChatPageDeps, controller.signal);
  const input = replyInput(document)!;
  const pageSent: string[] = [];
  input.addEventListener('keydown', (e) => e.key === 'Enter' && pageSent.push(input.value));
  const send_ = (text: string) => {
    input.value = text;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  };
  const panel = () => document.querySelector('kefu-guard-phrase')?.shadowRoot?.querySelector('[data-testid="guard-panel"]') ?? null;
  /** The worker injects the engine file (which hands the engine over) and answers. */
  const inject = async (engine: PhraseEngine = createPhraseEngine()) => {
    handEngine(globalThis, engine);
    worker.answer?.({ injected: true });
    await flush();
  };
  return { requests, worker, send: send_, panel, pageSent, inject };
}

describe('before the engine arrives', () => {
  it('asks the worker once for it and holds a send with a plain Chinese line, never sending it for the agent', async () => {
    const g = await chatGuard();
    expect(g.requests.filter((r) => r.type === 'guard/engine')).toHaveLength(1);
    g.send('亲，今天下单明天发货');
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-mode')).toBe('held');
    expect(g.panel()?.getAttribute('data-engine')).toBe('loading');
    expect(g.panel()?.textContent).toContain('违规词检查正在加载，请稍候再发送');
    // The default shop allows no override for every category: no 仍然发送 while nothing can be checked.
    expect(g.panel()?.querySelector('[data-testid="guard-send-anyway"]')).toBeNull();

    await g.inject();
    // The held clean line is checked now and the notice goes; it was not sent for the agent.
    expect(g.panel()).toBeNull();
    expect(g.pageSent).toEqual([]);
    g.send('亲，今天下单明天发货');
    expect(g.pageSent).toEqual(['亲，今天下单明天发货']);
  });

  it('a banned line held while loading shows what it holds once the engine is there, and stays held', async () => {
    const g = await chatGuard();
    g.send('加我微信 13800138000');
    expect(g.panel()?.getAttribute('data-engine')).toBe('loading');
    await g.inject();
    expect(g.panel()?.getAttribute('data-mode')).toBe('held');
    expect(g.panel()?.getAttribute('data-engine')).toBeNull();
    expect(g.panel()?.textContent).toContain('站外导流');
    g.send('加我微信 13800138000');
    expect(g.pageSent).toEqual([]);
  });
});

describe('when the engine cannot be loaded the guard says so and keeps holding', () => {
  it('the worker refuses: a panel held while loading turns to "could not be loaded"; every later send is held', async () => {
    const g = await chatGuard();
    g.send('亲，今天下单明天发货');
    g.worker.refuse!(new Error('违规词检查只由聊天页加载 / guard/engine: only on the chat workbench'));
    await flush();
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
    expect(g.panel()?.textContent).toContain('违规词检查没能加载');
    expect(g.panel()?.textContent).toContain('请刷新页面');
    g.send('好的');
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
  });

  it('the injection ran but handed nothing over', async () => {
    const g = await chatGuard();
    g.worker.answer!({ injected: true });
    await flush();
    g.send('好的');
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
  });

  it('nothing arrives in time: unavailable after the timeout; an engine that comes late is still taken', async () => {
    vi.useFakeTimers();
    const g = await chatGuard();
    await vi.advanceTimersByTimeAsync(ENGINE_TIMEOUT_MS - 1);
    g.send('好的');
    expect(g.panel()?.getAttribute('data-engine')).toBe('loading');
    await vi.advanceTimersByTimeAsync(1);
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
    expect(g.pageSent).toEqual([]);
    await g.inject();
    g.send('好的');
    expect(g.pageSent).toEqual(['好的']);
  });
});

describe('a failed request is asked again, a bounded number of times', () => {
  const engineRequests = (g: { requests: Request[] }) => g.requests.filter((r) => r.type === 'guard/engine').length;

  it('the worker failed once (restarting): asked again after a pause, the engine arrives and the held line is checked', async () => {
    vi.useFakeTimers();
    const g = await chatGuard();
    g.worker.refuse!(new Error('Could not establish connection. Receiving end does not exist.'));
    await flush();
    g.send('亲，今天下单明天发货');
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[0] - 1);
    expect(engineRequests(g)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(engineRequests(g)).toBe(2);
    await g.inject();
    // The held clean line was checked on arrival: the notice goes, nothing was sent for the agent.
    expect(g.panel()).toBeNull();
    expect(g.pageSent).toEqual([]);
    g.send('亲，今天下单明天发货');
    expect(g.pageSent).toEqual(['亲，今天下单明天发货']);
  });

  it('a refusal that stays a refusal is asked again only as often as RETRY_AFTER_MS says, then the guard keeps holding', async () => {
    vi.useFakeTimers();
    const g = await chatGuard();
    for (let attempt = 0; attempt <= RETRY_AFTER_MS.length; attempt++) {
      g.worker.refuse!(new Error('违规词检查只由聊天页加载 / guard/engine: only on the chat workbench'));
      await flush();
      await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[attempt] ?? 10 * 60_000);
    }
    expect(engineRequests(g)).toBe(RETRY_AFTER_MS.length + 1);
    g.send('好的');
    expect(g.pageSent).toEqual([]);
    expect(g.panel()?.getAttribute('data-engine')).toBe('unavailable');
  });

  it('an injection that handed nothing over is not asked again (the worker serves a document once)', async () => {
    vi.useFakeTimers();
    const g = await chatGuard();
    g.worker.answer!({ injected: true });
    await flush();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(engineRequests(g)).toBe(1);
  });

  it('no retry after the page is left', async () => {
    vi.useFakeTimers();
    const g = await chatGuard();
    g.worker.refuse!(new Error('Could not establish connection.'));
    await flush();
    stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(engineRequests(g)).toBe(1);
  });
});

describe('the fold, the variants and the settings reach the engine whichever comes first', () => {
  it('the fold stored before the engine is given to it on arrival; a later one at once', async () => {
    await fakeBrowser.storage.local.set({ phraseFold: '窮穷' });
    const g = await chatGuard();
    await flush();
    const real = createPhraseEngine();
    const addTraditionalPairs = vi.fn(real.addTraditionalPairs);
    await g.inject({ ...real, addTraditionalPairs });
    expect(addTraditionalPairs).toHaveBeenCalledWith('窮穷');
    await fakeBrowser.storage.local.set({ phraseFold: '貓猫' });
    await flush();
    expect(addTraditionalPairs).toHaveBeenLastCalledWith('貓猫');
  });

  it('variants stored before the engine arrived, and a custom word set after it, are matched', async () => {
    const words = { customWords: ['暗号'], allowList: [] as string[] };
    // A variant only the background's list holds (a made-up spelling): matched only if the variants reach the engine.
    await fakeBrowser.storage.local.set({ phraseVariants: { source: variantsSource(words.customWords, words.allowList), customWords: ['qqanhaoqq'], allowList: [] } });
    let settings: Settings = DEFAULT_SETTINGS;
    const g = await chatGuard(() => settings);
    await flush();
    await g.inject();
    g.send('今天有暗号哦');
    expect(g.pageSent).toEqual(['今天有暗号哦']);
    settings = { ...DEFAULT_SETTINGS, phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, ...words } };
    g.send('今天有暗号哦!');
    expect(g.panel()?.textContent).toContain('店铺自定义违禁词');
    g.send('今天有 qqanhaoqq 哦');
    expect(g.pageSent).toEqual(['今天有暗号哦']);
    expect(g.panel()?.textContent).toContain('qqanhaoqq');
  });
});
