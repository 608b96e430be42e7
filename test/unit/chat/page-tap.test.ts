import { describe, expect, it } from 'vitest';
import { installTap, isTappedUrl, LINK_TAG, listenToTap, readTapItem, tapLink, type TapItem } from '@/lib/pdd/page-tap';
import { MAX_BUFFERED_CHARS } from '@/lib/pdd/tap-queue';
import { browserFetch, BrowserResponse, FakeXhr } from './tap-browser';

/**
 * The two worlds of a real tab share one document but not their globals:
 * here the tap gets a "page" window and the content side an "isolated" one,
 * both over one happy-dom document, so the hand-over is exercised for real.
 */
function worlds(extra: Record<string, unknown> = {}) {
  const doc = document.implementation.createHTMLDocument('mms');
  const page = Object.assign(new EventTarget(), {
    document: doc,
    EventTarget,
    CustomEvent,
    Promise,
    MessageEvent,
    Response: BrowserResponse,
    Request,
    location: { href: 'https://mms.pinduoduo.com/chat-merchant/index.html' },
    ...extra,
  }) as unknown as Window & typeof globalThis;
  const isolated = { document: doc } as unknown as Window;
  return { doc, page, isolated };
}

const always = { trusted: () => true };

function xhrLoad(win: { XMLHttpRequest: typeof FakeXhr }, url: string, body: string) {
  const xhr = new win.XMLHttpRequest();
  xhr.open('POST', url);
  xhr.answer(body);
}

describe('page-world tap → content script channel', () => {
  it('the link holds what came before any feature listens within a character budget, newest kept (red-team round of 2026-12-07)', () => {
    const { page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    tapLink(isolated); // the tap-link script: a link, no feature listening yet
    installTap(page, always);
    const big = 'x'.repeat(MAX_BUFFERED_CHARS / 3);
    for (const n of [1, 2, 3, 4]) xhrLoad(page as never, '/plateau/chat/latest_conversations', `{"n":${n},"pad":"${big}"}`);
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));
    expect(items.map((i) => JSON.parse(i.body).n)).toEqual([3, 4]);
  });

  it('tap first: buffers until the content side takes the element, then forwards live; the element leaves the document', () => {
    const { doc, page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    installTap(page, always);
    installTap(page, { isTapped: () => true }); // a second install is a no-op
    expect(doc.querySelectorAll(LINK_TAG)).toHaveLength(1); // waiting for the other side
    xhrLoad(page as never, 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', '{"a":1}');
    xhrLoad(page as never, 'https://mms.pinduoduo.com/other/call', '{"b":2}');

    const items: TapItem[] = [];
    const stop = listenToTap(isolated, (item) => items.push(item));
    expect(doc.querySelectorAll(LINK_TAG)).toHaveLength(0); // no page script can find it any more
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body: '{"a":1}' }]);
    xhrLoad(page as never, 'https://mms.pinduoduo.com/plateau/chat/send_message', '{"c":3}');
    expect(items).toHaveLength(2);
    stop();
    xhrLoad(page as never, 'https://mms.pinduoduo.com/plateau/chat/x', '{}');
    expect(items).toHaveLength(2);
  });

  it('content side first: the tap takes its element and says hello; delivery works the same', () => {
    const { doc, page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));
    expect(doc.querySelector(LINK_TAG)?.getAttribute('data-by')).toBe('link');
    installTap(page, always);
    expect(doc.querySelectorAll(LINK_TAG)).toHaveLength(0);
    xhrLoad(page as never, '/plateau/chat/list', '{"x":1}');
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{"x":1}' }]);
  });

  it('a later content script of the same world gets what the link kept before it subscribed', () => {
    const { page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    installTap(page, always);
    listenToTap(isolated, () => undefined)(); // the tap-link script at document_start, unsubscribed
    xhrLoad(page as never, '/mercury/mms/afterSales/queryList', '{"result":{"list":[]}}');
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item)); // the after-sales script at document_idle
    expect(items.map((i) => i.url)).toEqual(['https://mms.pinduoduo.com/mercury/mms/afterSales/queryList']);
  });

  it('page scripts cannot forge: window events, untrusted socket/XHR events and other hosts forward nothing', () => {
    const { page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    class FakeSocket extends EventTarget {
      constructor(readonly url: string) {
        super();
      }
    }
    Object.assign(page, { WebSocket: FakeSocket });
    installTap(page); // the default: only the browser's own (trusted) events count
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));
    // The old channel's events, dispatched by a page script.
    const frame = JSON.stringify({ channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: '{}' });
    for (const type of ['kefu-guard:traffic', 'kefu-guard:tap-ready', 'kefu-guard:tap-hello']) {
      page.dispatchEvent(new CustomEvent(type, { detail: frame }));
      window.dispatchEvent(new CustomEvent(type, { detail: frame }));
    }
    // A made-up message on a real socket, a made-up load on a real request.
    const socket = new page.WebSocket('wss://m-ws.pinduoduo.com/?t=1');
    socket.dispatchEvent(new MessageEvent('message', { data: '{"forged":1}' }));
    xhrLoad(page as never, '/plateau/chat/latest_conversations', '{"forged":2}');
    expect(items).toEqual([]);

    expect(isTappedUrl('https://mms.pinduoduo.com/plateau/chat/list')).toBe(true);
    expect(isTappedUrl('wss://m-ws.pinduoduo.com/?x')).toBe(true);
    expect(isTappedUrl('https://evil.example/plateau/chat/list')).toBe(false);
    expect(isTappedUrl('https://mms.pinduoduo.com.evil.example/plateau/chat/')).toBe(false);
    expect(isTappedUrl('https://user@evil.example/?u=mms.pinduoduo.com/plateau/chat/')).toBe(false);
    expect(isTappedUrl('http://mms.pinduoduo.com/plateau/chat/list')).toBe(false);
    expect(isTappedUrl('https://mms.pinduoduo.com/home/')).toBe(false);
    // The path decides, never the query or the fragment (the red-team round of 2026-12-07).
    expect(isTappedUrl('https://mms.pinduoduo.com/other?x=/plateau/chat/')).toBe(false);
    expect(isTappedUrl('https://mms.pinduoduo.com/other#/plateau/chat/')).toBe(false);
    expect(isTappedUrl('https://mms.pinduoduo.com/plateau/chat/list?x=1')).toBe(true);
    expect(readTapItem(JSON.stringify({ channel: 'http', url: 'https://mms.pinduoduo.com/other?x=/plateau/chat/', body: '{}' }))).toBeNull();
  });

  it('a page that patches dispatchEvent and JSON.stringify after the tap is installed learns nothing and changes nothing', () => {
    const { page, isolated } = worlds({ XMLHttpRequest: FakeXhr });
    installTap(page, always);
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));
    const seen: unknown[] = [];
    const original = EventTarget.prototype.dispatchEvent;
    const stringify = JSON.stringify;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('kefu-guard')) seen.push(this);
      return original.call(this, event);
    };
    JSON.stringify = () => '{"channel":"ws","url":"wss://m-ws.pinduoduo.com/","body":"forged"}';
    try {
      xhrLoad(page as never, '/plateau/chat/list', '{"real":1}');
    } finally {
      EventTarget.prototype.dispatchEvent = original;
      JSON.stringify = stringify;
    }
    expect(seen).toEqual([]);
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{"real":1}' }]);
  });

  it('a page that patches addEventListener and Response after the tap is installed neither sees nor changes what it forwards', async () => {
    class FakeSocket extends EventTarget {
      constructor(readonly url: string) {
        super();
      }
    }
    const fakeFetch = browserFetch('{"fetch":1}');
    const { page, isolated } = worlds({ WebSocket: FakeSocket, fetch: fakeFetch, XMLHttpRequest: FakeXhr });
    installTap(page, always);
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));
    const seen: string[] = [];
    const { addEventListener } = EventTarget.prototype;
    const { text, clone } = Response.prototype;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [never, never?]) {
      seen.push(type);
      return addEventListener.call(this, type, ...rest);
    };
    Response.prototype.text = async () => (seen.push('text'), '{"forged":1}');
    Response.prototype.clone = function (this: Response) {
      seen.push('clone');
      return clone.call(this);
    };
    try {
      new page.WebSocket('wss://m-ws.pinduoduo.com/').dispatchEvent(new MessageEvent('message', { data: '{"ws":1}' }));
      xhrLoad(page as never, '/plateau/chat/list', '{"xhr":1}');
      await page.fetch('/plateau/chat/latest_conversations');
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      EventTarget.prototype.addEventListener = addEventListener;
      Object.assign(Response.prototype, { text, clone });
    }
    expect(seen).toEqual([]);
    expect(items.map((i) => i.body)).toEqual(['{"ws":1}', '{"xhr":1}', '{"fetch":1}']);
  });

  it('forwards WebSocket frames and fetch bodies while the page keeps its own objects intact', async () => {
    class FakeSocket extends EventTarget {
      static readonly OPEN = 1;
      constructor(readonly url: string) {
        super();
      }
    }
    const fakeFetch = browserFetch('{"result":{"list":[]}}');
    const { page, isolated } = worlds({ WebSocket: FakeSocket, fetch: fakeFetch });
    installTap(page, always);
    const items: TapItem[] = [];
    listenToTap(isolated, (item) => items.push(item));

    const socket = new page.WebSocket('wss://m-ws.pinduoduo.com/?access_token=t');
    expect(socket).toBeInstanceOf(FakeSocket);
    expect(page.WebSocket.OPEN).toBe(1);
    socket.dispatchEvent(new MessageEvent('message', { data: '{"response":"push"}' }));
    socket.dispatchEvent(new MessageEvent('message', { data: new ArrayBuffer(2) }));

    const response = await page.fetch('/mercury/mms/afterSales/queryList', { method: 'POST' });
    expect(await response.text()).toBe('{"result":{"list":[]}}'); // the page still reads its body
    await page.fetch('/unrelated');
    await new Promise((r) => setTimeout(r, 0));

    expect(fakeFetch).toHaveBeenCalledTimes(2);
    expect(items).toEqual([
      { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/?access_token=t', body: '{"response":"push"}' },
      { channel: 'http', url: 'https://mms.pinduoduo.com/mercury/mms/afterSales/queryList', body: '{"result":{"list":[]}}' },
    ]);
  });

  it('readTapItem keeps only the item shape', () => {
    const ws = 'wss://m-ws.pinduoduo.com/';
    expect(readTapItem(JSON.stringify({ channel: 'ws', url: ws, body: 'b' }))).toEqual({ channel: 'ws', url: ws, body: 'b' });
    for (const bad of [null, 42, 'not json', { channel: 'sse', url: ws, body: 'b' }, { channel: 'ws', url: 1, body: 'b' }, { channel: 'ws', url: ws }, 'null']) {
      expect(readTapItem(typeof bad === 'object' && bad !== null ? JSON.stringify(bad) : bad)).toBeNull();
    }
    expect(readTapItem(JSON.stringify({ channel: 'ws', url: `${ws}?${'x'.repeat(5000)}`, body: '' }))).toBeNull();
  });

  it.each([
    ['http', 'https://mms.pinduoduo.com/plateau/chat/list', true],
    ['ws', 'wss://m-ws.pinduoduo.com/?t=1', true],
    ['ws-bin', 'wss://titan-ws.pinduoduo.com/', true],
    // What a main-world check the page poisoned (RegExp.prototype.exec) lets through.
    ['http', 'data:application/json;p=/plateau/chat/,{}', false],
    ['http', 'https://evil.example/plateau/chat/list', false],
    ['ws-bin', 'wss://evil.example/', false],
    ['ws', 'data:,/plateau/chat/', false],
    // A socket's URL on the http channel, a call's on a socket channel.
    ['http', 'wss://titan-ws.pinduoduo.com/', false],
    ['ws-bin', 'https://mms.pinduoduo.com/plateau/chat/list', false],
  ])('readTapItem checks the URL again in its own world: %s %s → %s', (channel, url, kept) => {
    expect(readTapItem(JSON.stringify({ channel, url, body: '{}' })) !== null).toBe(kept);
  });
});
