/**
 * Decodes one binary frame of the chat page's titan-ws socket (PDD-PAGES.md
 * §(i)): a 16-byte big-endian header [magic, cmd, correlation id, flags,
 * body length], then a protobuf message whose field 1 is the method and
 * field 10 the notify body (gzip when flagged or when it starts 1f 8b); in
 * the notify body, field 6 is UTF-8 JSON whose `push_data.data[]` holds
 * `{chat_type_id, message}` entries, the same message objects m-ws pushes.
 * Heartbeats (magic 0), acks and other methods are skipped. Everything is
 * bounded; a frame that does not decode is reported as bad, never retried.
 */
import { bytesField, readFields } from './proto-reader';

export const TITAN_LIMITS = {
  /** A frame bigger than this is not read (pushes are a few KB). */
  frameBytes: 512 * 1024,
  /** A notify body inflating past this is dropped. */
  inflatedBytes: 2 * 1024 * 1024,
  /** More messages than this in one push is not a push. */
  messages: 200,
} as const;

export type TitanBadReason = 'size' | 'header' | 'proto' | 'gzip' | 'json' | 'count';

export type TitanFrame =
  | { kind: 'push'; entries: unknown[] }
  /** A heartbeat, an ack, another method or another notify: nothing for the chat. */
  | { kind: 'skip' }
  | { kind: 'bad'; reason: TitanBadReason };

const HEADER_BYTES = 16;
const MAGIC_HEARTBEAT = 0;
const MAGIC_DATA = 10;
const FLAG_GZIP = 1;
const NOTIFY_METHOD = 'titan.notifyDataLite';
const FIELD_METHOD = 1;
const FIELD_BODY = 10;
const FIELD_JSON = 6;

const bad = (reason: TitanBadReason): TitanFrame => ({ kind: 'bad', reason });
const SKIP: TitanFrame = { kind: 'skip' };

/** gunzip through the platform's DecompressionStream, stopped as soon as the output passes `cap`; null on any error. */
export async function gunzipBounded(bytes: Uint8Array, cap: number): Promise<Uint8Array | null> {
  try {
    const stream = new DecompressionStream('gzip');
    const writer = stream.writable.getWriter();
    writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  } catch {
    return null;
  }
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The notify JSON's push entries, or why not. */
function readNotify(json: Uint8Array): TitanFrame {
  let notify: unknown;
  try {
    notify = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return bad('json');
  }
  if (notify === null || typeof notify !== 'object') return bad('json');
  const data = (notify as { push_data?: { data?: unknown } }).push_data?.data;
  if (data === undefined) return SKIP; // a notify without chat messages
  if (!Array.isArray(data)) return bad('json');
  if (data.length > TITAN_LIMITS.messages) return bad('count');
  return { kind: 'push', entries: data };
}

/** Decodes one frame; never throws. */
export async function decodeTitanFrame(frame: Uint8Array): Promise<TitanFrame> {
  if (frame.length > TITAN_LIMITS.frameBytes) return bad('size');
  if (frame.length < HEADER_BYTES) return bad('header');
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const magic = view.getUint16(0);
  if (magic === MAGIC_HEARTBEAT) return SKIP;
  const flags = view.getUint32(8);
  if (magic !== MAGIC_DATA || view.getUint32(12) !== frame.length - HEADER_BYTES) return bad('header');
  const fields = readFields(frame.subarray(HEADER_BYTES));
  if (!fields) return bad('proto');
  const method = bytesField(fields, FIELD_METHOD);
  let body = bytesField(fields, FIELD_BODY);
  if (!method) return bad('proto');
  if (new TextDecoder().decode(method) !== NOTIFY_METHOD) return SKIP; // acks and other calls
  if (!body) return bad('proto');
  if ((flags & FLAG_GZIP) !== 0 || isGzip(body)) {
    if (!isGzip(body)) return bad('gzip');
    body = await gunzipBounded(body, TITAN_LIMITS.inflatedBytes);
    if (!body) return bad('gzip');
  }
  const notifyFields = readFields(body);
  const json = notifyFields && bytesField(notifyFields, FIELD_JSON);
  if (!json) return bad('proto');
  return readNotify(json);
}

/** Base64 (the tap's channel carries text only) back to bytes; null when not base64 or too long for a frame. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length > Math.ceil(TITAN_LIMITS.frameBytes / 3) * 4 + 4) return null;
  try {
    const raw = atob(text);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
