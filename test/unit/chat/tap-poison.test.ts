import { describe, expect, it } from 'vitest';
import { installTap, listenToTap, type TapItem } from '@/lib/pdd/page-tap';
import { FakeXhr } from './tap-browser';

/**
 * A page that poisons the built-ins the page-world tap shares with it, after
 * the tap was installed (test/e2e/poisoned-page.e2e.ts does the same in Chromium).
 */

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
});
