/**
 * Test doubles for what the browser does under the page-world tap: a fetch
 * and an XMLHttpRequest that decide what they load the way the browser does
 * (a Request's own internal URL, the argument's toString read once, redirects),
 * and report it where the browser does: the Response's `url` and the XHR's
 * `responseURL`, both prototype getters.
 */
import { vi } from 'vitest';

export const PAGE_URL = 'https://mms.pinduoduo.com/chat-merchant/index.html';

const fetchedUrls = new WeakMap<object, string>();
/** The base class's own getter: a subclass defining its own `url` does not change what the browser loads. */
function baseGetter(proto: object | null, name: string): (this: unknown) => unknown {
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const get = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (get && !Object.getOwnPropertyDescriptor(Object.getPrototypeOf(p) ?? {}, name)?.get) return get;
  }
  throw new Error(`no ${name} getter`);
}
const requestUrl = baseGetter(Request.prototype, 'url');

/** A Response whose `url` getter (on the prototype, as in Chromium) says what the browser fetched. */
export class BrowserResponse extends Response {}
Object.defineProperty(BrowserResponse.prototype, 'url', {
  configurable: true,
  get(this: object) {
    return fetchedUrls.get(this) ?? '';
  },
});

/** What the browser loads for a fetch argument: a Request's internal URL, else the argument's string, read once. */
export function browserUrl(input: unknown): string {
  return input instanceof Request ? (requestUrl.call(input) as string) : new URL(String(input), PAGE_URL).href;
}

/** A browser fetch answering `body` (or per-URL bodies); `redirect` maps a URL to where the server sends it. */
export function browserFetch(body: string | ((url: string) => string), redirect: (url: string) => string = (url) => url) {
  return vi.fn(async (input: unknown) => {
    const url = redirect(browserUrl(input));
    const response = new BrowserResponse(typeof body === 'string' ? body : body(url));
    fetchedUrls.set(response, url);
    return response;
  });
}

/** An XMLHttpRequest whose open() reads its URL once, as the browser does; `responseURL` is a prototype getter. */
export class FakeXhr extends EventTarget {
  responseType = '';
  responseText = '';
  readyState = 0;
  #fetched = '';
  open(_method: string, url: unknown) {
    this.#fetched = new URL(String(url), PAGE_URL).href;
  }
  get responseURL() {
    return this.#fetched;
  }
  /** The server answered (after `redirect`): the browser sets the body and fires a load event. */
  answer(body: string, redirect: (url: string) => string = (url) => url) {
    this.#fetched = redirect(this.#fetched);
    this.responseText = body;
    this.readyState = 4;
    this.dispatchEvent(new Event('readystatechange'));
    this.dispatchEvent(new Event('load'));
  }
}
