// The page's titan-ws client (shared/PDD-PAGES.md §(i)): binaryType 'arraybuffer', a 16-byte
// big-endian header [magic, cmd, correlation, flags, length], protobuf {1 method, 10 notify},
// gzip when flagged, notify field 6 = JSON whose push_data.data[].message are chat messages.
// The page acks each notify and sends a heartbeat every 45 s. Frames it cannot read are ignored.

function fields(bytes) {
  const out = new Map();
  let pos = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = bytes[pos++];
      if (b === undefined) throw new Error('eof');
      value += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return value;
    }
    throw new Error('varint');
  };
  while (pos < bytes.length) {
    const key = varint();
    const wire = key % 8;
    const no = Math.floor(key / 8);
    if (wire === 0) out.set(no, varint());
    else if (wire === 2) {
      const len = varint();
      if (pos + len > bytes.length) throw new Error('length');
      out.set(no, bytes.subarray(pos, pos + len));
      pos += len;
    } else throw new Error('wire');
  }
  return out;
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function frame(magic, correlation, body) {
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, magic);
  view.setUint16(2, magic ? 102 : 0);
  view.setUint32(4, correlation);
  view.setUint32(12, body.length);
  out.set(body, 16);
  return out;
}

function ack(correlation) {
  const method = new TextEncoder().encode('titan.notifyDataLite.ack');
  return frame(10, correlation, Uint8Array.from([0x0a, method.length, ...method]));
}

/** Decodes one frame: the pushed chat messages, [] for heartbeats and anything else. */
async function decode(buffer, socket) {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 16) return [];
  const view = new DataView(buffer);
  if (view.getUint16(0) !== 10) return [];
  const correlation = view.getUint32(4);
  const flags = view.getUint32(8);
  const top = fields(bytes.subarray(16, 16 + view.getUint32(12)));
  if (new TextDecoder().decode(top.get(1)) !== 'titan.notifyDataLite') return [];
  let notify = top.get(10);
  if (flags & 1) notify = await gunzip(notify);
  const json = JSON.parse(new TextDecoder().decode(fields(notify).get(6)));
  socket.send(ack(correlation));
  return (json.push_data?.data ?? []).map((d) => d.message).filter(Boolean);
}

/** Opens the socket; `onMessage` gets each pushed chat message in order. Returns a close function. */
export function connectTitan(WebSocketCtor, token, onMessage) {
  const socket = new WebSocketCtor(`wss://titan-ws.pinduoduo.com/?access_token=${encodeURIComponent(token)}`);
  socket.binaryType = 'arraybuffer';
  let chain = Promise.resolve();
  let heartbeat = null;
  socket.onopen = () => {
    heartbeat = setInterval(() => socket.readyState === 1 && socket.send(frame(0, 0, new Uint8Array(0))), 45000);
  };
  socket.onmessage = (ev) => {
    if (typeof ev.data === 'string') return;
    chain = chain.then(() => decode(ev.data, socket).then((list) => list.forEach(onMessage))).catch(() => {});
  };
  socket.onclose = () => clearInterval(heartbeat);
  return socket;
}
