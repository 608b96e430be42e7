import { describe, expect, it } from 'vitest';
import { installTap, listenToTap, type TapItem } from '@/lib/pdd/page-tap';
import { browserFetch, BrowserResponse, FakeXhr, PAGE_URL } from './tap-browser';

/**
 * Issue 22 item 1: the tap decides what a call IS by what the browser
 * actually fetched (the Response's url, the XHR's responseURL), never by
 * re-reading the page's own argument. Each case shows the tap one URL and the
 * browser another.
 */

const LOGIN = 'https://mms.pinduoduo.com/janus/api/new/userinfo';
const CHAT = 'https://mms.pinduoduo.com/plateau/chat/latest_conversations';
const FORGED = '{"result":{"mall_id":999,"username":"forged"}}';
const dataUrl = (body: string) => `data:application/json,${encodeURIComponent(body)}`;
const always = { trusted: () => true };

function tapped(extra: Record<string, unknown>) {
  const doc = document.implementation.createHTMLDocument('mms');
  const page = Object.assign(new EventTarget(), {
    document: doc,
    EventTarget,
    CustomEvent,
    Promise,
    MessageEvent,
    Response: BrowserResponse,
    Request,
    location: { href: PAGE_URL },
    ...extra,
  }) as unknown as Window & typeof globalThis;
  installTap(page, always);
  const items: TapItem[] = [];
  listenToTap({ document: doc } as unknown as Window, (item) => items.push(item));
  return { page, items };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A value whose toString says one thing the first time and another after. */
function shifting(first: string, then: string) {
  let calls = 0;
  return { toString: () => (calls++ === 0 ? first : then) };
}

describe('fetch: the Response says what was fetched', () => {
  it('a Request subclass with its own url getter: the browser loads its real (data:) URL, nothing is forwarded', async () => {
    const { page, items } = tapped({ fetch: browserFetch((url) => (url.startsWith('data:') ? FORGED : '{}')) });
    class Forged extends Request {
      override get url() {
        return LOGIN;
      }
    }
    await page.fetch(new Forged(dataUrl(FORGED)));
    await settle();
    expect(items).toEqual([]);
  });

  it('an object whose toString lies (platform URL to the tap, data: to the browser): nothing is forwarded', async () => {
    const { page, items } = tapped({ fetch: browserFetch(FORGED) });
    await page.fetch(shifting(dataUrl(FORGED), LOGIN) as unknown as string);
    await settle();
    expect(items).toEqual([]);
  });

  it('a data: or blob: URL, or a platform path redirected elsewhere, forwards nothing; a real platform answer is forwarded under the URL fetched', async () => {
    const { page, items } = tapped({
      fetch: browserFetch('{"real":1}', (url) => (url.endsWith('/redirected') ? 'https://evil.example/plateau/chat/x' : url.endsWith('/moved') ? CHAT : url)),
    });
    await page.fetch(dataUrl(FORGED));
    await page.fetch('blob:https://mms.pinduoduo.com/6b1f-4c');
    await page.fetch('/plateau/chat/redirected');
    await page.fetch('http://mms.pinduoduo.com/plateau/chat/list');
    await page.fetch('https://mms.pinduoduo.com/x/moved'); // the server sent it to a tapped URL: that is what the browser read
    await settle();
    expect(items).toEqual([{ channel: 'http', url: CHAT, body: '{"real":1}' }]);
  });

  it('a page that redefines Response.prototype.url after install does not change the URL the tap sees', async () => {
    const { page, items } = tapped({ fetch: browserFetch(FORGED) });
    const original = Object.getOwnPropertyDescriptor(BrowserResponse.prototype, 'url')!;
    Object.defineProperty(BrowserResponse.prototype, 'url', { configurable: true, get: () => LOGIN });
    try {
      await page.fetch(dataUrl(FORGED));
      await settle();
    } finally {
      Object.defineProperty(BrowserResponse.prototype, 'url', original);
    }
    expect(items).toEqual([]);
  });
});

describe('XMLHttpRequest: responseURL says what was fetched', () => {
  it('open() with a URL object whose toString changes between calls: only what the browser really loaded is forwarded', () => {
    const { page, items } = tapped({ XMLHttpRequest: FakeXhr });
    const REAL = '{"result":{"mall_id":1,"username":"real"}}';
    // The server's answer to what the browser loaded: a data: URL answers the forged body.
    const answer = (xhr: FakeXhr) => xhr.answer(xhr.responseURL.startsWith('data:') ? FORGED : REAL);
    for (const [first, then] of [
      [LOGIN, dataUrl(FORGED)],
      [dataUrl(FORGED), LOGIN],
    ]) {
      const xhr = new page.XMLHttpRequest() as unknown as FakeXhr;
      xhr.open('GET', shifting(first!, then!));
      answer(xhr);
    }
    expect(items.map((item) => item.body)).not.toContain(FORGED);
    expect(items.every((item) => item.url === LOGIN && item.body === REAL)).toBe(true);
  });

  it('a request redirected off the platform forwards nothing; one re-opened onto the platform is forwarded once, under its real URL', () => {
    const { page, items } = tapped({ XMLHttpRequest: FakeXhr });
    const xhr = new page.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', '/plateau/chat/list');
    xhr.answer(FORGED, () => 'https://evil.example/plateau/chat/list');
    const reused = new page.XMLHttpRequest() as unknown as FakeXhr;
    reused.open('GET', 'https://evil.example/x');
    reused.open('GET', CHAT);
    reused.answer('{"real":1}');
    expect(items).toEqual([{ channel: 'http', url: CHAT, body: '{"real":1}' }]);
  });
});
