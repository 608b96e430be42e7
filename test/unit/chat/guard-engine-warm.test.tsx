/**
 * The engine is warmed while the agent is idle (lib/features/phrase-guard/engine-warm.ts):
 * its cold first check (dictionary, start table, model, regex compilation;
 * ≈ 60 ms in test/bench/engine-ready.ts) must not fall on the agent's first
 * typing pause or send. The warm-up goes through the guard's own decision
 * function, one text per idle callback, and leaves no trace: nothing drawn,
 * counted or sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatPageDeps } from '@/lib/content/chat-deps';
import { createPhraseEngine } from '@/lib/features/phrase-guard/engine';
import { handEngine, type PhraseEngine } from '@/lib/features/phrase-guard/engine-slot';
import { warmInIdle, type IdleWindow } from '@/lib/features/phrase-guard/engine-warm';
import { phraseGuard } from '@/lib/features/phrase-guard/index';
import type { Request } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

/** The texts the engine brings for its warm-up. */
const WARM_TEXTS = createPhraseEngine().warmTexts;

const REPLY_BOX = `<div class="reply-box"><div class="reply-input"><textarea id="replyTextarea"></textarea></div>
  <div class="reply-footer"><div class="send-btn">发送</div></div></div>`;

let stop: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('[data-kefu-guard]').forEach((n) => n.remove());
});

/** A real engine whose deciders and decisions are recorded. */
function recordedEngine() {
  const real = createPhraseEngine();
  const deciders: number[] = [];
  const decided: string[] = [];
  const engine: PhraseEngine = {
    addTraditionalPairs: real.addTraditionalPairs,
    warmTexts: real.warmTexts,
    decider(settings, variants) {
      deciders.push(deciders.length);
      const decide = real.decider(settings, variants);
      return (text) => {
        decided.push(text);
        return decide(text);
      };
    },
  };
  return { engine, deciders, decided };
}

/** Runs macrotasks until `done` holds (the warm-up's steps are timers where happy-dom has no idle callbacks). */
async function until(done: () => boolean) {
  for (let i = 0; i < 50 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function guardWith(engine: PhraseEngine, { engineFirst = false, settings = DEFAULT_SETTINGS } = {}) {
  document.body.innerHTML = REPLY_BOX;
  const controller = new AbortController();
  stop = () => controller.abort();
  const requests: Request[] = [];
  let answer: (reply: unknown) => void = () => undefined;
  const send = vi.fn((request: Request) => {
    requests.push(request);
    return request.type === 'guard/engine' ? new Promise((resolve) => (answer = resolve)) : Promise.resolve({});
  });
  if (engineFirst) handEngine(globalThis, engine);
  const deps = { win: window, doc: document, clock: { now: () => Date.now() }, send, settings: () => settings, session: { account: { key: 'a' } }, ready: Promise.resolve(), onCommand: () => () => undefined };
  await phraseGuard.init(deps as unknown as ChatPageDeps, controller.signal);
  const inject = () => {
    handEngine(globalThis, engine);
    answer({ injected: true });
  };
  const panel = () => document.querySelector('kefu-guard-phrase')?.shadowRoot?.querySelector('[data-testid="guard-panel"]') ?? null;
  return { requests, inject, panel, abort: () => controller.abort() };
}

describe('the guard warms the engine once it arrives', () => {
  it('decides every warm-up text through the one decider the checks use, and leaves nothing drawn, counted or sent', async () => {
    const r = recordedEngine();
    const g = await guardWith(r.engine);
    expect(r.decided).toEqual([]);
    g.inject();
    await until(() => r.decided.length === WARM_TEXTS.length);
    expect(r.decided).toEqual(WARM_TEXTS);
    expect(r.deciders).toHaveLength(1);
    expect(g.panel()).toBeNull();
    expect(g.requests.map((q) => q.type)).toEqual(['guard/engine']);
  });

  it('an engine that was there before the guard started is warmed too', async () => {
    const r = recordedEngine();
    await guardWith(r.engine, { engineFirst: true });
    await until(() => r.decided.length === WARM_TEXTS.length);
    expect(r.decided).toEqual(WARM_TEXTS);
  });

  it('a shop that turned the guard off gets no warm-up', async () => {
    const r = recordedEngine();
    const off: Settings = { ...DEFAULT_SETTINGS, features: { ...DEFAULT_SETTINGS.features, phraseGuard: false } };
    const g = await guardWith(r.engine, { settings: off });
    g.inject();
    await until(() => false);
    expect(r.decided).toEqual([]);
  });

  it('stops when the page is left', async () => {
    const r = recordedEngine();
    const g = await guardWith(r.engine);
    g.inject();
    g.abort();
    await until(() => false);
    expect(r.decided.length).toBeLessThan(WARM_TEXTS.length);
  });
});

describe('warmInIdle: one text per idle callback', () => {
  /** A window whose idle callbacks wait in a queue the test runs one by one. */
  function idleWindow() {
    const queue: Array<() => void> = [];
    const options: Array<IdleRequestOptions | undefined> = [];
    const win: IdleWindow = {
      setTimeout: (() => {
        throw new Error('the timer is only for browsers without idle callbacks');
      }) as unknown as Window['setTimeout'],
      requestIdleCallback: (callback, opts) => {
        queue.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
        options.push(opts);
        return queue.length;
      },
    };
    return { win, queue, options };
  }

  it('each idle callback decides one text; a busy browser still gets to it (a timeout is given)', () => {
    const { win, queue, options } = idleWindow();
    const decided: string[] = [];
    warmInIdle((text) => decided.push(text), WARM_TEXTS, win, new AbortController().signal);
    for (let i = 0; i < WARM_TEXTS.length; i++) {
      expect(decided).toHaveLength(i);
      queue.shift()!();
      expect(decided).toHaveLength(i + 1);
    }
    expect(queue).toHaveLength(0);
    expect(decided).toEqual(WARM_TEXTS);
    expect(options.every((o) => (o?.timeout ?? 0) > 0)).toBe(true);
  });

  it('an error stops the warm-up quietly (the real check fails closed on its own)', () => {
    const { win, queue } = idleWindow();
    let calls = 0;
    warmInIdle(() => {
      calls++;
      throw new Error('odd settings');
    }, WARM_TEXTS, win, new AbortController().signal);
    expect(() => queue.shift()!()).not.toThrow();
    expect(queue).toHaveLength(0);
    expect(calls).toBe(1);
  });

  it('an abort between steps ends it', () => {
    const { win, queue } = idleWindow();
    const controller = new AbortController();
    const decided: string[] = [];
    warmInIdle((text) => decided.push(text), WARM_TEXTS, win, controller.signal);
    queue.shift()!();
    controller.abort();
    queue.shift()?.();
    expect(decided).toHaveLength(1);
  });
});
