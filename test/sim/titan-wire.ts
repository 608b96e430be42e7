/**
 * The titan-ws wire format as public captures describe it (shared/PDD-PAGES.md §(i)), written from
 * that description for the simulator and the tests, not from the extension's decoder:
 * a 16-byte big-endian header `>HHIII` [magic 10 (0 = heartbeat), cmd 102, correlation id, flags,
 * body length], then a protobuf message {1: method, 10: notify body (gzip when large)}, and in the
 * notify body {4: msg_seq, 5: seq_id "<ms>#<8 hex>", 6: UTF-8 JSON}.
 */
import { gzipSync } from 'node:zlib';

/** Protobuf base-128 varint. */
export function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** A length-delimited field (wire type 2). */
export function lenField(no: number, bytes: Uint8Array | string): Uint8Array {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return Uint8Array.from([...varint(no * 8 + 2), ...varint(body.length), ...body]);
}

/** A varint field (wire type 0). */
export function varintField(no: number, value: number): Uint8Array {
  return Uint8Array.from([...varint(no * 8), ...varint(value)]);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The 16-byte header in front of a protobuf body. */
export function header(magic: number, cmd: number, correlation: number, flags: number, bodyLength: number): Uint8Array {
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  view.setUint16(0, magic);
  view.setUint16(2, cmd);
  view.setUint32(4, correlation);
  view.setUint32(8, flags);
  view.setUint32(12, bodyLength);
  return out;
}

export interface NotifyOptions {
  /** Gzip the notify body (and set flag bit 1). */
  gzip?: boolean;
  correlation?: number;
  seq?: number;
  atMs?: number;
}

/** The notify JSON of one push carrying `messages` (each `{chat_type_id, message}` in push_data.data). */
export function notifyJson(messages: readonly unknown[], seq = 1, mallId = '0'): string {
  return JSON.stringify({
    push_type: 2,
    target_id: mallId,
    push_data: { seq_type: 1, base_seq_id: seq - 1, seq_id: seq, data: messages.map((message) => ({ chat_type_id: 1, message })) },
    custom_data: '',
  });
}

/** One titan.notifyDataLite frame carrying the given notify JSON. */
export function notifyFrame(json: string, { gzip = false, correlation = 1, seq = 1, atMs = Date.now() }: NotifyOptions = {}): Uint8Array {
  const hex = (seq >>> 0).toString(16).padStart(8, '0');
  let notify = concat(varintField(4, seq), lenField(5, `${atMs}#${hex}`), lenField(6, json));
  if (gzip) notify = new Uint8Array(gzipSync(notify));
  const body = concat(lenField(1, 'titan.notifyDataLite'), lenField(10, notify));
  return concat(header(10, 102, correlation, gzip ? 1 : 0, body.length), body);
}

/** A heartbeat: magic 0, no body. */
export function heartbeatFrame(correlation = 0): Uint8Array {
  return header(0, 0, correlation, 0, 0);
}

/** The page's (or server's) ack of a notify. */
export function ackFrame(correlation: number): Uint8Array {
  const body = lenField(1, 'titan.notifyDataLite.ack');
  return concat(header(10, 102, correlation, 0, body.length), body);
}
