/**
 * A bounded reader of the protobuf wire format, for the few wire types the
 * titan frames use (PDD-PAGES.md §(i)). It reads one message level: the
 * caller decides which length-delimited field to read again as a message, so
 * nesting is bounded by the caller's code, not by the bytes. Any malformed
 * input (a varint over 10 bytes, a length past the end, groups, unknown wire
 * types) makes `readFields` return null; it never throws.
 */

/** One field as read: a varint's value (up to 2^53, larger ones as NaN), or a length-delimited field's bytes. */
export type ProtoField = { no: number; varint: number } | { no: number; bytes: Uint8Array };

/** More fields than this in one message is not a titan frame. */
const MAX_FIELDS = 256;
const MAX_VARINT_BYTES = 10;

/** Reads a varint at `pos`: [value, next position], or null past the end or beyond 10 bytes. */
function readVarint(buf: Uint8Array, pos: number): [number, number] | null {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    if (pos >= buf.length) return null;
    const byte = buf[pos++]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return [Number.isSafeInteger(value) ? value : Number.NaN, pos];
  }
  return null;
}

/** Every top-level field of one message, in order; null when the bytes are not a well-formed message. */
export function readFields(buf: Uint8Array): ProtoField[] | null {
  const fields: ProtoField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    if (fields.length >= MAX_FIELDS) return null;
    const key = readVarint(buf, pos);
    if (!key || !Number.isSafeInteger(key[0])) return null;
    const no = Math.floor(key[0] / 8);
    const wire = key[0] % 8;
    pos = key[1];
    if (no < 1) return null;
    if (wire === 0) {
      const v = readVarint(buf, pos);
      if (!v) return null;
      fields.push({ no, varint: v[0] });
      pos = v[1];
    } else if (wire === 2) {
      const len = readVarint(buf, pos);
      if (!len || !Number.isSafeInteger(len[0]) || len[1] + len[0] > buf.length) return null;
      fields.push({ no, bytes: buf.subarray(len[1], len[1] + len[0]) });
      pos = len[1] + len[0];
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4; // fixed64 / fixed32: not used by the frames, skipped
      if (pos > buf.length) return null;
    } else {
      return null; // groups (3, 4) and wire types 6, 7 do not occur
    }
  }
  return fields;
}

/** The first length-delimited field numbered `no`, or null. */
export function bytesField(fields: readonly ProtoField[], no: number): Uint8Array | null {
  for (const f of fields) if (f.no === no && 'bytes' in f) return f.bytes;
  return null;
}
