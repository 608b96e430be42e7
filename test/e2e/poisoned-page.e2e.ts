/**
 * The chat page poisons the built-ins the page-world tap shares with it, after the
 * tap started (a page script in <head>): each attack below turned the page's next
 * real traffic into a buyer message the page made up. The extension must store the
 * real message and never the forged one.
 * - Object.prototype.toJSON: JSON.stringify asks it for the tap's own item, and for
 *   an XHR answered as responseType 'json' (whose one parsed object a listener of the
 *   page's, added before the tap's, could also change).
 * - RegExp.prototype.exec: the tap's URL checks say yes to a data: URL the page fetches.
 * - A getter on Object.prototype: CustomEvent reads it on the tap's init object before
 *   the detail, and can put another detail there.
 * - Uint8Array[Symbol.species]: Uint8Array.prototype.subarray builds its result with
 *   it, so a titan frame is read out of bytes the page chose.
 * - binaryType forced to 'blob' and ArrayBuffer.prototype.then: the promise of a Blob's
 *   bytes resolves to whatever that then() hands it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyFrame, notifyJson } from '../sim/titan-wire';
import { launchHarness, type Harness } from './harness';
import { idHasher } from './pages/stored-ids';
import { ChatPage } from './pages/chat-page';
import { storedEvents } from './pages/store';
import { pollUntil } from './pages/poll';

let harness: Harness;
const ACCOUNT = { mallId: '445577', username: '客服小吴' };
const FORGED_BUYER = '7700000009';
/** An id as the store keeps it under the real shop. */
/** The hash the worker stores for an id of this shop today (./pages/stored-ids.ts), read again before each test. */
let stored: (id: string) => string;
beforeEach(async () => {
  stored = await idHasher(harness, ACCOUNT.mallId);
});

/** A buyer message as m-ws and titan pushes carry it. */
const PUSH_MESSAGE = `(uid, id) => ({ msg_id: id, from: { role: 'user', uid }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: Math.floor(Date.now() / 1000), content: 'x' })`;

/** The attacks, each a page script; `h.forged` counts forgeries the extension's code asked for (none once it no longer asks). */
const ATTACKS = {
  'Object.prototype.toJSON on the tap item': `
  Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, writable: true, value: function () {
    if (this && typeof this.channel === 'string' && typeof this.body === 'string') {
      h.forged++;
      return { channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: JSON.stringify({ response: 'push', chat_type_id: 1, message: msg('${FORGED_BUYER}', 'forged-item-' + h.forged) }) };
    }
    return this;
  } });`,
  'Object.prototype.toJSON and an early listener on an XHR answered as json': `
  Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, writable: true, value: function () {
    if (this && this.success === true && this.result && Array.isArray(this.result.conversations)) {
      h.forged++;
      return { response: 'push', chat_type_id: 1, message: msg('${FORGED_BUYER}', 'forged-xhr-' + h.forged) };
    }
    return this;
  } });
  setInterval(() => {
    const xhr = new XMLHttpRequest();
    // And a listener of its own before open(), which changes the answer, one object shared with whoever reads it.
    xhr.addEventListener('readystatechange', () => {
      if (xhr.readyState === 4 && xhr.response) xhr.response.forged = msg('${FORGED_BUYER}', 'forged-edit-' + h.forged++);
    });
    xhr.open('POST', '/plateau/chat/latest_conversations');
    xhr.responseType = 'json';
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.send('{"data":{"page":1,"size":10}}');
  }, 500);`,
  'RegExp.prototype.exec and a data: URL': `
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) {
    if (typeof s === 'string' && s.startsWith('data:')) return Object.assign(['x', 'mms.pinduoduo.com'], { index: 0, input: s });
    return exec.call(this, s);
  };
  setInterval(() => {
    h.forged++;
    const body = JSON.stringify({ response: 'push', chat_type_id: 1, message: msg('${FORGED_BUYER}', 'forged-url-' + h.forged) });
    fetch('data:application/json;p=/plateau/chat/,' + encodeURIComponent(body)).catch(() => undefined);
  }, 500);`,
  'Uint8Array[Symbol.species] under a titan frame': `
  const U8 = Uint8Array;
  const forged = U8.from(atob(FORGED_FRAME), (c) => c.charCodeAt(0));
  class Forged extends U8 {
    constructor(buffer, offset, length) {
      // Only a whole frame's view (the tap's read); the page's own slices stay true.
      if (offset === 0 && buffer instanceof ArrayBuffer && length === buffer.byteLength && length >= 16) {
        h.forged++;
        super(forged);
      } else super(buffer, offset, length);
    }
  }
  Object.defineProperty(U8, Symbol.species, { configurable: true, get: () => Forged });`,
  'a getter on Object.prototype that CustomEvent asks before detail': `
  // new CustomEvent(type, init) reads init.bubbles, cancelable and composed before init.detail: a getter the init
  // object inherits runs on it first and can put another detail there.
  Object.defineProperty(Object.prototype, 'bubbles', { configurable: true, get() {
    if (typeof this.detail === 'string' && this.detail.indexOf('"channel"') >= 0) {
      h.forged++;
      this.detail = JSON.stringify({ channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: JSON.stringify({ response: 'push', chat_type_id: 1, message: msg('${FORGED_BUYER}', 'forged-detail-' + h.forged) }) });
    }
    return undefined;
  } });`,
  'binaryType forced to blob and ArrayBuffer.prototype.then': `
  // Frames come as Blobs; a promise the browser resolves with the Blob's bytes asks them for then() first.
  const U8 = Uint8Array;
  const forged = U8.from(atob(FORGED_FRAME), (c) => c.charCodeAt(0)).buffer;
  const type = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'binaryType');
  Object.defineProperty(WebSocket.prototype, 'binaryType', { configurable: true, get() { return type.get.call(this); }, set() { type.set.call(this, 'blob'); } });
  Object.defineProperty(ArrayBuffer.prototype, 'then', { configurable: true, get() {
    if (this === forged || this.byteLength < 16) return undefined;
    return (resolve) => {
      h.forged++;
      resolve(forged);
    };
  } });`,
} as const;

function poisonScript(attack: keyof typeof ATTACKS, forgedFrame: string): string {
  return `(() => {
  const h = (window.__poison = { forged: 0, installed: false });
  const msg = ${PUSH_MESSAGE};
  const FORGED_FRAME = ${JSON.stringify(forgedFrame)};
  ${ATTACKS[attack]}
  h.installed = true;
})();`;
}

/** A titan push of one message from the forged buyer, as base64. */
function forgedTitanFrame(): string {
  const message = { msg_id: 'forged-frame-1', from: { role: 'user', uid: FORGED_BUYER }, to: { role: 'mall_cs', uid: '1' }, type: 0, ts: Math.floor(Date.now() / 1000), content: 'x' };
  return Buffer.from(notifyFrame(notifyJson([message], 1, ACCOUNT.mallId))).toString('base64');
}

beforeAll(async () => {
  harness = await launchHarness({ sim: { scenario: 'empty', account: ACCOUNT, variant: { offHoursGroup: false } } });
});
afterAll(async () => harness?.close());

describe('a page that poisons the built-ins after the tap started', () => {
  it.each(Object.keys(ATTACKS).map((name, i) => [name, `88000003${String(i).padStart(2, '0')}`] as const))(
    '%s: the real message is stored, the forged one never',
    async (attack, buyer) => {
      harness.sim.setChatPageScript(poisonScript(attack as keyof typeof ATTACKS, forgedTitanFrame()));
      const before = new Set((await storedEvents(harness)).map((e) => `${e.account}/${e.messageId}`));
      const newEvents = async () => (await storedEvents(harness)).filter((e) => !before.has(`${e.account}/${e.messageId}`));
      const page = await harness.context.newPage();
      try {
        await ChatPage.open(harness, page);
        harness.sim.chat.addBuyer({ uid: buyer });
        const real = harness.sim.chat.buyerSays(buyer, '在吗');
        // A forged message lands under whatever shop the page made the extension believe, hashed with its key: so every new event is compared.
        await pollUntil('new events stored', newEvents, (list) => list.length > 0, 15_000).catch(() => undefined);
        await page.waitForTimeout(1_500);
        expect(await page.evaluate(() => (window as unknown as { __poison: { installed: boolean } }).__poison.installed)).toBe(true);
        expect((await newEvents()).map((e) => [e.account, e.messageId])).toEqual([[`${ACCOUNT.mallId}:${ACCOUNT.username}`, stored(real)]]);
      } finally {
        harness.sim.setChatPageScript(null);
        await page.close();
      }
    },
  );
});
