import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeTitanFrame, fromBase64, gunzipBounded, TITAN_LIMITS } from '@/lib/pdd/titan-frame';
import { readFields } from '@/lib/pdd/proto-reader';
import { ackFrame, concat, header, heartbeatFrame, lenField, notifyFrame, notifyJson, varintField } from '../../sim/titan-wire';

// Real-shaped frames built from the captured layout (shared/PDD-PAGES.md §(i)) by the
// simulator's own encoder (test/sim/titan-wire.ts), plus hand-made bytes below.
const buyer = { role: 'user', uid: '8123456789' };
const shop = { role: 'mall_cs', uid: '8123456789', mall_id: '77' };
const message = (id: string, from = buyer, to = shop) => ({ msg_id: id, from, to, type: 0, ts: '1747284413', content: '在吗' });

describe('decodeTitanFrame: the captured layout', () => {
  it('reads a plain notify with several messages, in order', async () => {
    const frame = notifyFrame(notifyJson([message('1'), message('2')]));
    const decoded = await decodeTitanFrame(frame);
    expect(decoded.kind).toBe('push');
    expect(decoded.kind === 'push' && decoded.entries.map((e) => (e as { message: { msg_id: string } }).message.msg_id)).toEqual(['1', '2']);
  });

  it('inflates a gzip body (flagged) and one that only starts 1f 8b', async () => {
    const flagged = await decodeTitanFrame(notifyFrame(notifyJson([message('3')]), { gzip: true }));
    expect(flagged).toMatchObject({ kind: 'push', entries: [{ chat_type_id: 1, message: { msg_id: '3' } }] });
    // Unflagged but gzip bytes: built by hand, header flags 0.
    const notify = gzipSync(concat(varintField(4, 7), lenField(5, '1747284413000#0000000a'), lenField(6, notifyJson([message('4')]))));
    const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, new Uint8Array(notify)));
    const unflagged = await decodeTitanFrame(concat(header(10, 102, 9, 0, body.length), body));
    expect(unflagged).toMatchObject({ kind: 'push', entries: [{ message: { msg_id: '4' } }] });
  });

  it('skips heartbeats, acks, other methods and notifies without chat data', async () => {
    expect(await decodeTitanFrame(heartbeatFrame())).toEqual({ kind: 'skip' });
    expect(await decodeTitanFrame(ackFrame(5))).toEqual({ kind: 'skip' });
    const other = concat(lenField(1, 'titan.somethingElse'), lenField(10, 'x'));
    expect(await decodeTitanFrame(concat(header(10, 102, 1, 0, other.length), other))).toEqual({ kind: 'skip' });
    expect(await decodeTitanFrame(notifyFrame('{"push_type":9}'))).toEqual({ kind: 'skip' });
  });

  it.each([
    ['truncated body', () => notifyFrame(notifyJson([message('1')])).slice(0, -3), 'header'],
    ['short header', () => new Uint8Array(10).fill(1), 'header'],
    ['wrong magic', () => concat(header(7, 102, 1, 0, 2), Uint8Array.from([8, 1])), 'header'],
    ['body length lies', () => concat(header(10, 102, 1, 0, 99), lenField(1, 'titan.notifyDataLite')), 'header'],
    ['flagged but not gzip', () => {
      const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, lenField(6, '{}')));
      return concat(header(10, 102, 1, 1, body.length), body);
    }, 'gzip'],
    ['corrupt gzip', () => {
      const gz = new Uint8Array(gzipSync(lenField(6, notifyJson([message('1')]))));
      gz[gz.length - 6]! ^= 0xff; // the CRC no longer matches
      const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, gz));
      return concat(header(10, 102, 1, 1, body.length), body);
    }, 'gzip'],
    ['length past the end', () => {
      const body = Uint8Array.from([0x0a, 0x7f, 0x41]);
      return concat(header(10, 102, 1, 0, body.length), body);
    }, 'proto'],
    ['group wire type', () => {
      const body = Uint8Array.from([0x0b, 0x0c]);
      return concat(header(10, 102, 1, 0, body.length), body);
    }, 'proto'],
    ['JSON that is not JSON', () => notifyFrame('{"push_data":'), 'json'],
    ['invalid UTF-8', () => {
      const notify = concat(lenField(6, Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])));
      const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, notify));
      return concat(header(10, 102, 1, 0, body.length), body);
    }, 'json'],
    ['too many messages', () => notifyFrame(notifyJson(Array.from({ length: TITAN_LIMITS.messages + 1 }, (_, i) => message(String(i))))), 'count'],
    ['oversized frame', () => notifyFrame(notifyJson([{ ...message('1'), content: 'x'.repeat(TITAN_LIMITS.frameBytes) }])), 'size'],
  ])('%s is bad', async (_name, build, reason) => {
    expect(await decodeTitanFrame(build())).toEqual({ kind: 'bad', reason });
  });

  it('stops inflating at the cap (a gzip bomb)', async () => {
    const bomb = new Uint8Array(gzipSync(new Uint8Array(TITAN_LIMITS.inflatedBytes + 1024)));
    expect(bomb.length).toBeLessThan(TITAN_LIMITS.frameBytes);
    expect(await gunzipBounded(bomb, TITAN_LIMITS.inflatedBytes)).toBeNull();
    const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, bomb));
    expect(await decodeTitanFrame(concat(header(10, 102, 1, 1, body.length), body))).toEqual({ kind: 'bad', reason: 'gzip' });
  });
});

describe('proto reader and base64: bounded', () => {
  it('rejects a varint longer than 10 bytes and reads fixed fields past', () => {
    expect(readFields(Uint8Array.from([0x08, ...new Array(11).fill(0xff), 0x01]))).toBeNull();
    expect(readFields(Uint8Array.from([0x0d, 1, 2, 3, 4, 0x10, 5]))).toEqual([{ no: 2, varint: 5 }]);
    expect(readFields(Uint8Array.from([0x09, 1, 2, 3]))).toBeNull();
  });

  it('base64 round trip; garbage and oversized text give null', () => {
    expect(fromBase64(Buffer.from([1, 2, 255]).toString('base64'))).toEqual(Uint8Array.from([1, 2, 255]));
    expect(fromBase64('%%%')).toBeNull();
    expect(fromBase64('A'.repeat(TITAN_LIMITS.frameBytes * 2))).toBeNull();
  });
});

/** Deterministic pseudo-random bytes (xorshift), so a failure is reproducible. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

describe('decodeTitanFrame: fuzz', () => {
  it('random, truncated and bit-flipped frames never throw and never yield messages', async () => {
    const next = random(20);
    const good = notifyFrame(notifyJson([message('1'), message('2')]), { gzip: true });
    const plain = notifyFrame(notifyJson([message('1')]));
    let pushes = 0;
    for (let i = 0; i < 1500; i++) {
      let frame: Uint8Array;
      const pick = i % 3;
      if (pick === 0) frame = Uint8Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256));
      else if (pick === 1) frame = (next() < 0.5 ? good : plain).slice(0, Math.floor(next() * good.length));
      else {
        frame = (next() < 0.5 ? good : plain).slice();
        // Flip one to three bytes after the header, where only the body changes.
        for (let k = 0; k < 1 + Math.floor(next() * 3); k++) frame[16 + Math.floor(next() * (frame.length - 16))]! ^= 1 + Math.floor(next() * 255);
      }
      const decoded = await decodeTitanFrame(frame);
      if (pick < 2) expect(decoded.kind).not.toBe('push');
      if (decoded.kind === 'push') {
        // A flip inside the JSON text can still leave valid JSON: the messages are then those
        // of the frame (read by the bounded chat reader later), never more than it holds.
        expect(decoded.entries.length).toBeLessThanOrEqual(2);
        pushes++;
      }
    }
    // Only a few flips inside the JSON text survive.
    expect(pushes).toBeLessThan(150);
  });
});
