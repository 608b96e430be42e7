import { beforeEach, describe, expect, it } from 'vitest';
import { installTap, listenToTap, type TapItem } from '@/lib/pdd/page-tap';
import { isPlatformSocketUrl, MAX_BINARY_FRAME } from '@/lib/pdd/tap-socket';
import { readBinaryFrame } from '@/lib/pdd/titan-traffic';
import { readTraffic } from '@/lib/pdd/chat-traffic';
import { droppedCounts, resetDropped } from '@/lib/content/dropped';
import { notifyFrame, notifyJson, heartbeatFrame } from '../../sim/titan-wire';

/**
 * Like the browser's: the constructor reads its argument once and resolves it;
 * `url` is a prototype getter returning what it resolved (the tap reads that one).
 */
class FakeSocket extends EventTarget {
  static readonly OPEN = 1;
  #url: string;
  constructor(url: unknown) {
    super();
    this.#url = new URL(String(url), 'https://mms.pinduoduo.com/').href;
  }
  get url() {
    return this.#url;
  }
}

function page() {
  const doc = document.implementation.createHTMLDocument('mms');
  const win = Object.assign(new EventTarget(), {
    document: doc,
    EventTarget,
    CustomEvent,
    Promise,
    MessageEvent,
    Response,
    Request,
    WebSocket: FakeSocket,
    location: { href: 'https://mms.pinduoduo.com/chat-merchant/index.html' },
  }) as unknown as Window & typeof globalThis;
  installTap(win, { trusted: () => true });
  const items: TapItem[] = [];
  listenToTap({ document: doc } as unknown as Window, (item) => items.push(item));
  return { win, items };
}

const frame = (data: unknown) => new MessageEvent('message', { data });
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('the socket tap decides by the resolved URL (issue 22 item 1)', () => {
  it.each([
    ['wss://m-ws.pinduoduo.com/?access_token=t', true],
    ['wss://titan-ws.pinduoduo.com/', true],
    ['wss://TITAN-WS.pinduoduo.com:443/x', true],
    ['ws://m-ws.pinduoduo.com/', false],
    ['wss://m-ws.pinduoduo.com.evil.example/', false],
    ['wss://evil.example/?u=wss://m-ws.pinduoduo.com/', false],
    ['wss://user@evil.example/', false],
    ['wss://mms.pinduoduo.com/__sim/ws', false],
    ['wss://m-ws.pinduoduo.com:8443/', false],
  ])('%s → %s', (url, expected) => {
    expect(isPlatformSocketUrl(url)).toBe(expected);
  });

  it('an argument that shows the tap a platform URL while the socket goes elsewhere forwards nothing', () => {
    const { win, items } = page();
    let calls = 0;
    // First read (the browser's): the script's own server; any later read: the platform.
    const shifty = { toString: () => (calls++ === 0 ? 'wss://evil.example/feed' : 'wss://m-ws.pinduoduo.com/') };
    const socket = new win.WebSocket(shifty as unknown as string);
    socket.dispatchEvent(frame('{"response":"push","message":{"msg_id":"1"}}'));
    expect(calls).toBe(1); // the tap never re-read the argument
    expect(items).toEqual([]);
  });

  it('a socket to a script’s own server is ignored; the platform’s is read', () => {
    const { win, items } = page();
    new win.WebSocket('wss://evil.example/m-ws.pinduoduo.com/').dispatchEvent(frame('{"forged":1}'));
    new win.WebSocket('wss://m-ws.pinduoduo.com/?t=1').dispatchEvent(frame('{"real":1}'));
    expect(items).toEqual([{ channel: 'ws', url: 'wss://m-ws.pinduoduo.com/?t=1', body: '{"real":1}' }]);
  });
});

describe('binary frames from titan-ws', () => {
  beforeEach(() => resetDropped());

  it('forwards ArrayBuffer and Blob frames as base64; short ones and odd data not at all', async () => {
    const { win, items } = page();
    const socket = new win.WebSocket('wss://titan-ws.pinduoduo.com/');
    const bytes = notifyFrame(notifyJson([{ msg_id: '1' }]));
    socket.dispatchEvent(frame(bytes.slice().buffer));
    socket.dispatchEvent(frame(new Blob([bytes.slice()])));
    socket.dispatchEvent(frame(new ArrayBuffer(4)));
    socket.dispatchEvent(frame({ byteLength: 99 }));
    await settle();
    // Oversized: forwarded empty, so the isolated side counts it (never read in the page).
    socket.dispatchEvent(frame(new ArrayBuffer(MAX_BINARY_FRAME + 1)));
    socket.dispatchEvent(frame(new Blob([new Uint8Array(MAX_BINARY_FRAME + 1)])));
    await settle();
    const base64 = Buffer.from(bytes).toString('base64');
    const url = 'wss://titan-ws.pinduoduo.com/';
    expect(items).toEqual([
      { channel: 'ws-bin', url, body: base64 },
      { channel: 'ws-bin', url, body: base64 },
      { channel: 'ws-bin', url, body: '' },
      { channel: 'ws-bin', url, body: '' },
    ]);
    resetDropped();
    expect((await readBinaryFrame(items[2]!)).messages).toEqual([]);
    expect(droppedCounts()).toEqual({ 'bad-frame': 1 });
  });

  it('a titan push gives the same observations as the m-ws push of the same messages', async () => {
    const buyer = { role: 'user', uid: '8123456789' };
    const shop = { role: 'mall_cs', uid: '8123456789', mall_id: '77' };
    const messages = [
      { msg_id: '1747284413001', from: buyer, to: shop, type: 0, ts: '1747284413' },
      { msg_id: '1747284420002', from: { role: 'mall_cs', uid: '77', cs_uid: '901' }, to: buyer, type: 0, ts: '1747284420' },
      { msg_id: '1747284421003', from: { role: 'mall_cs', uid: '77' }, to: buyer, type: 0, ts: '1747284421', template_name: 'mall_robot_text_msg' },
    ];
    const viaTitan = await readBinaryFrame({ channel: 'ws-bin', url: 'wss://titan-ws.pinduoduo.com/', body: Buffer.from(notifyFrame(notifyJson(messages), { gzip: true })).toString('base64') });
    const viaMws = messages.map((message) =>
      readTraffic({ channel: 'ws', url: 'wss://m-ws.pinduoduo.com/', body: JSON.stringify({ message, request_id: message.msg_id, response: 'push', result: 'ok', target: { mall_id: '77' } }) }),
    );
    expect(viaTitan.messages).toEqual(viaMws.flatMap((o) => o.messages));
    expect(viaTitan.messages.map((m) => m.role)).toEqual(['buyer', 'agent', 'robot']);
    expect(viaTitan.platformNow).toBe(1747284421000);
    expect(droppedCounts()).toEqual({});
  });

  it('heartbeats yield nothing; garbage, truncated and non-base64 frames are dropped and counted', async () => {
    const url = 'wss://titan-ws.pinduoduo.com/';
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    expect((await readBinaryFrame({ channel: 'ws-bin', url, body: b64(heartbeatFrame()) })).messages).toEqual([]);
    expect(droppedCounts()).toEqual({});
    const good = notifyFrame(notifyJson([{ msg_id: '1' }]), { gzip: true });
    for (const body of [b64(good.slice(0, 30)), '%%%', b64(new Uint8Array(40).fill(7))]) {
      expect((await readBinaryFrame({ channel: 'ws-bin', url, body })).messages).toEqual([]);
    }
    expect(droppedCounts()).toEqual({ 'bad-frame': 3 });
  });
});
