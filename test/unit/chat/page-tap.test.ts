import { describe, expect, it, vi } from 'vitest';
import { installTap, listenToTap } from '@/lib/page-tap';

describe('page-world tap', () => {
  it('buffers XHR bodies of tapped URLs until the content script listens, then forwards live', async () => {
    const win = window as Window & typeof globalThis;
    installTap(win, (url) => url.includes('/plateau/'));
    // A second install is a no-op (the script may be injected twice).
    installTap(win, () => true);
    const xhrLoad = (url: string, body: string) => {
      const xhr = new win.XMLHttpRequest();
      xhr.open('POST', url);
      Object.defineProperty(xhr, 'responseText', { value: body });
      xhr.dispatchEvent(new Event('load'));
    };
    xhrLoad('https://mms.pinduoduo.com/plateau/chat/latest_conversations', '{"a":1}');
    xhrLoad('https://mms.pinduoduo.com/other/call', '{"b":2}');

    const items: unknown[] = [];
    const stop = listenToTap(win, (item) => items.push(item));
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/latest_conversations', body: '{"a":1}' }]);

    xhrLoad('https://mms.pinduoduo.com/plateau/chat/send_message', '{"c":3}');
    expect(items).toHaveLength(2);
    stop();
    xhrLoad('https://mms.pinduoduo.com/plateau/chat/x', '{}');
    expect(items).toHaveLength(2);
  });

  it('delivers when the content script started listening before the tap was installed', () => {
    const target = new EventTarget();
    const fakeWin = Object.assign(target, { CustomEvent, Request, location: { href: 'https://mms.pinduoduo.com/' } }) as unknown as Window &
      typeof globalThis;
    const items: unknown[] = [];
    listenToTap(fakeWin, (item) => items.push(item));
    const FakeXhr = class extends EventTarget {
      responseType = '';
      responseText = '{"x":1}';
      open(_method: string, _url: string) {}
    };
    Object.assign(fakeWin, { XMLHttpRequest: FakeXhr });
    installTap(fakeWin);
    const xhr = new FakeXhr();
    xhr.open('POST', '/plateau/chat/list');
    xhr.dispatchEvent(new Event('load'));
    expect(items).toEqual([{ channel: 'http', url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{"x":1}' }]);
  });

  it('forwards WebSocket frames and fetch bodies while the page keeps its own objects intact', async () => {
    class FakeSocket extends EventTarget {
      static readonly OPEN = 1;
      constructor(readonly url: string) {
        super();
      }
    }
    const target = new EventTarget();
    const fakeFetch = vi.fn(async () => new Response('{"result":{"list":[]}}'));
    const fakeWin = Object.assign(target, {
      WebSocket: FakeSocket,
      fetch: fakeFetch,
      CustomEvent,
      Request,
      location: { href: 'https://mms.pinduoduo.com/chat-merchant/index.html' },
    }) as unknown as Window & typeof globalThis;
    installTap(fakeWin);
    const items: Array<{ channel: string; url: string; body: string }> = [];
    listenToTap(fakeWin, (item) => items.push(item));

    const socket = new fakeWin.WebSocket('wss://m-ws.pinduoduo.com/?access_token=t');
    expect(socket).toBeInstanceOf(FakeSocket);
    expect(fakeWin.WebSocket.OPEN).toBe(1);
    socket.dispatchEvent(new MessageEvent('message', { data: '{"response":"push"}' }));
    socket.dispatchEvent(new MessageEvent('message', { data: new ArrayBuffer(2) }));

    const response = await fakeWin.fetch('/mercury/mms/afterSales/queryList', { method: 'POST' });
    expect(await response.text()).toBe('{"result":{"list":[]}}'); // the page still reads its body
    await fakeWin.fetch('/unrelated');
    await new Promise((r) => setTimeout(r, 0));

    expect(fakeFetch).toHaveBeenCalledTimes(2);
    expect(items).toEqual([
      { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/?access_token=t', body: '{"response":"push"}' },
      { channel: 'http', url: 'https://mms.pinduoduo.com/mercury/mms/afterSales/queryList', body: '{"result":{"list":[]}}' },
    ]);
  });
});
