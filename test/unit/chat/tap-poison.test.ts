import { describe, expect, it } from 'vitest';
import { installTap, listenToTap, type TapItem } from '@/lib/pdd/page-tap';
import { captureBuiltins, plainJson } from '@/lib/pdd/tap-hooks';
import { FakeXhr } from './tap-browser';

/**
 * A page that poisons the built-ins the page-world tap shares with it, after
 * the tap was installed (test/e2e/poisoned-page.e2e.ts does the same in Chromium).
 */

/** Resolves its URL once; `url` is a prototype getter, as in the browser. */
class FakeSocket extends EventTarget {
  #url: string;
  constructor(url: unknown) {
    super();
    this.#url = String(url);
  }
  get url() {
    return this.#url;
  }
}

function tapped(extra: Record<string, unknown>) {
  const doc = document.implementation.createHTMLDocument('mms');
  const win = Object.assign(new EventTarget(), { document: doc, EventTarget, CustomEvent, Promise, MessageEvent, Response, Request, ...extra }) as unknown as Window &
    typeof globalThis;
  installTap(win, { trusted: () => true });
  const items: TapItem[] = [];
  listenToTap({ document: doc } as unknown as Window, (item) => items.push(item));
  return { win, items };
}

/** Runs `act` with properties defined on shared built-ins, taken off again before anything else runs (the test runner itself serializes with JSON.stringify). */
function poisoned<T>(defs: [object, PropertyKey, PropertyDescriptor][], act: () => T): T {
  const before = defs.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
  try {
    for (const [target, key, descriptor] of defs) Object.defineProperty(target, key, { configurable: true, ...descriptor });
    return act();
  } finally {
    defs.forEach(([target, key], i) => (before[i] ? Object.defineProperty(target, key, before[i]) : delete (target as Record<PropertyKey, unknown>)[key]));
  }
}
const toJSON = (value: () => unknown): [object, PropertyKey, PropertyDescriptor][] => [
  [Object.prototype, 'toJSON', { writable: true, value }],
  [Array.prototype, 'toJSON', { writable: true, value }],
];

const FORGED = { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: '{"forged":1}' };

describe('a page that poisons shared built-ins after the tap started', () => {
  it('Object.prototype.toJSON is not asked for the item that crosses to the content script', () => {
    const { win, items } = tapped({ XMLHttpRequest: FakeXhr });
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('POST', 'https://mms.pinduoduo.com/plateau/chat/list');
    poisoned(toJSON(() => FORGED), () => xhr.answer('{"real":1}'));
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{"real":1}' }]);
  });

  it('a getter on Object.prototype that CustomEvent reads before the detail cannot put another detail on the init object', () => {
    const { win, items } = tapped({ XMLHttpRequest: FakeXhr });
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('POST', 'https://mms.pinduoduo.com/plateau/chat/list');
    const swap = {
      get(this: { detail?: unknown }) {
        if (typeof this.detail === 'string') this.detail = JSON.stringify(FORGED);
        return undefined;
      },
    };
    poisoned(
      [
        [Object.prototype, 'bubbles', swap],
        [Object.prototype, 'composed', swap],
      ],
      () => xhr.answer('{"real":1}'),
    );
    expect(items.map((i) => i.body)).toEqual(['{"real":1}']);
  });

  it("a json answer is written without toJSON, before any listener of the page could change it", () => {
    const { win, items } = tapped({ XMLHttpRequest: FakeXhr });
    // Answered as responseType 'json': one parsed object, shared with the page.
    const xhr = Object.assign(new win.XMLHttpRequest() as unknown as FakeXhr, { responseType: 'json', response: null as unknown });
    // The page's own listener, added before open() and before the answer: it changes the shared object.
    xhr.addEventListener('readystatechange', () => Object.assign(xhr.response as object, { forged: { msg_id: 'f', from: {} } }));
    xhr.open('POST', 'https://mms.pinduoduo.com/plateau/chat/latest_conversations');
    poisoned(toJSON(() => ({ forged: 1 })), () => {
      xhr.response = { success: true, result: { conversations: [{ msg_id: 'm1', from: { uid: 1 } }] } };
      xhr.answer('');
    });
    expect(items.map((i) => i.body)).toEqual(['{"success":true,"result":{"conversations":[{"msg_id":"m1","from":{"uid":1}}]}}']);
  });

  it("a binary frame is read from the socket's own bytes whatever Uint8Array[Symbol.species] and the length getter say", () => {
    const { win, items } = tapped({ WebSocket: FakeSocket });
    const socket = new win.WebSocket('wss://titan-ws.pinduoduo.com/');
    const real = Uint8Array.from({ length: 40 }, (_, i) => i + 1);
    class Forged extends Uint8Array {
      constructor(..._args: unknown[]) {
        super(40);
        this.fill(0xee);
      }
    }
    const event = new MessageEvent('message', { data: real.buffer });
    poisoned(
      [
        [Uint8Array, Symbol.species, { get: () => Forged }],
        [Object.getPrototypeOf(Uint8Array.prototype) as object, 'length', { get: () => 3 }],
      ],
      () => socket.dispatchEvent(event),
    );
    expect(items).toEqual([{ channel: 'ws-bin', url: 'wss://titan-ws.pinduoduo.com/', body: Buffer.from(real).toString('base64') }]);
  });

  it("a Blob frame's bytes are not handed over by the page's ArrayBuffer.prototype.then", async () => {
    const { win, items } = tapped({ WebSocket: FakeSocket });
    const socket = new win.WebSocket('wss://titan-ws.pinduoduo.com/');
    const real = Uint8Array.from({ length: 40 }, (_, i) => i + 1);
    const forged = new Uint8Array(40).fill(0xee).buffer;
    const then = {
      get(this: ArrayBuffer) {
        // Only for the frame's bytes: anything else this process resolves stays as it is.
        return this !== forged && this.byteLength === 40 ? (resolve: (v: unknown) => void) => resolve(forged) : undefined;
      },
    };
    Object.defineProperty(ArrayBuffer.prototype, 'then', { configurable: true, ...then });
    try {
      socket.dispatchEvent(new MessageEvent('message', { data: new Blob([real]) }));
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      delete (ArrayBuffer.prototype as { then?: unknown }).then;
    }
    expect(items).toEqual([{ channel: 'ws-bin', url: 'wss://titan-ws.pinduoduo.com/', body: Buffer.from(real).toString('base64') }]);
  });
});

describe('plainJson', () => {
  const b = captureBuiltins(window as unknown as Window & typeof globalThis);
  it.each([null, 0, -1.5, 'text "quoted" \u2028 \n', true, [], {}, [1, 'a', null, [{}]], { a: { b: [1, { c: 'd' }] }, 'k"ey': false, 中文: '客服' }].map((v) => [v]))('%j is written as JSON.stringify writes it', (value) => {
    expect(poisoned(toJSON(() => 'forged'), () => plainJson(value, b))).toBe(JSON.stringify(value));
  });

  it('gives up past 64 levels rather than run deep', () => {
    const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);
    expect(plainJson(deep(63), b)).toBe(JSON.stringify(deep(63)));
    expect(plainJson(deep(65), b)).toBeNull();
  });
});
