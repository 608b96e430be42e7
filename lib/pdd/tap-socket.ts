/**
 * The page-world tap's hook on the page's WebSocket (lib/pdd/page-tap.ts
 * installs it). What a socket IS is decided by the URL the browser resolved
 * and connected to, read through the `url` getter captured before any page
 * script ran (issue 22 item 1): a page script that hands the constructor an
 * object whose `toString` answers differently on each call, or a socket to
 * its own server, is never taken for the platform's. Only wss on the chat
 * sockets' hosts counts: m-ws (JSON text frames) and titan-ws (binary frames,
 * PDD-PAGES.md §(i)). Text frames go out as they are, binary ones (ArrayBuffer
 * or Blob) as base64 on the 'ws-bin' channel, decoded in the isolated world
 * (lib/pdd/titan-traffic.ts). Only the browser's own message events count.
 */
import type { HookContext, TapWindow } from './tap-hooks';

/** The chat sockets' hosts (PDD-PAGES.md §(d), §(i)). */
export const SOCKET_HOSTS: readonly string[] = ['m-ws.pinduoduo.com', 'titan-ws.pinduoduo.com'];

/** A binary frame bigger than this is not forwarded (lib/pdd/titan-frame.ts reads at most as much). */
export const MAX_BINARY_FRAME = 512 * 1024;
/** Shorter than a titan header: nothing to read. */
const MIN_BINARY_FRAME = 16;
/** Bytes per String.fromCharCode call, well under the engines' argument limits. */
const CHUNK = 0x2000;

/** True for a resolved socket URL on the platform's chat hosts, wss only. */
export function isPlatformSocketUrl(url: string): boolean {
  const m = /^wss:\/\/([^/?#:@]+)(?::443)?[/?#]/i.exec(url);
  return m !== null && SOCKET_HOSTS.includes(m[1]!.toLowerCase());
}

/** Our own copies of what the socket hook calls after install. */
export interface SocketBuiltins {
  socketUrl: (() => unknown) | undefined;
  byteLength: (() => unknown) | undefined;
  blobSize: (() => unknown) | undefined;
  FileReaderCtor: typeof FileReader | undefined;
  readAsArrayBuffer: FileReader['readAsArrayBuffer'] | undefined;
  readerResult: (() => unknown) | undefined;
  Uint8ArrayCtor: typeof Uint8Array;
  fromCharCode: typeof String.fromCharCode;
  btoa: typeof btoa;
  defineProperty: typeof Reflect.defineProperty;
}

const getter = (proto: object | undefined, name: string) => (proto ? Object.getOwnPropertyDescriptor(proto, name)?.get : undefined);

/**
 * Takes the copies; call at document_start, before any page script. The
 * socket comes from the page's window; the rest are this realm's own, which
 * in the MAIN world are the page's too.
 */
export function captureSocketBuiltins(win: TapWindow): SocketBuiltins {
  return {
    socketUrl: getter(win.WebSocket?.prototype, 'url'),
    byteLength: getter(ArrayBuffer.prototype, 'byteLength'),
    blobSize: getter(globalThis.Blob?.prototype, 'size'),
    FileReaderCtor: globalThis.FileReader,
    readAsArrayBuffer: globalThis.FileReader?.prototype.readAsArrayBuffer,
    readerResult: getter(globalThis.FileReader?.prototype, 'result'),
    Uint8ArrayCtor: Uint8Array,
    fromCharCode: String.fromCharCode,
    btoa: globalThis.btoa,
    defineProperty: Reflect.defineProperty,
  };
}

/** A getter's value, or null when `value` is not of its kind (a native getter throws on a foreign receiver). */
function read(apply: typeof Reflect.apply, get: (() => unknown) | undefined, value: unknown): number | null {
  if (!get || value === null || typeof value !== 'object') return null;
  try {
    const n = apply(get, value, []);
    return typeof n === 'number' ? n : null;
  } catch {
    return null;
  }
}

/**
 * A binary frame as base64; null when too short to be a titan frame; '' when
 * too long (forwarded empty, so the isolated side counts it as dropped).
 */
function toBase64(apply: typeof Reflect.apply, b: SocketBuiltins, buffer: unknown): string | null {
  const length = read(apply, b.byteLength, buffer);
  if (length === null || length < MIN_BINARY_FRAME) return null;
  if (length > MAX_BINARY_FRAME) return '';
  let text = '';
  for (let at = 0; at < length; at += CHUNK) {
    // A new view, not subarray(): subarray builds its result through Uint8Array[Symbol.species], which the page can
    // point at a class of its own that hands back other bytes. The view's own length hides the prototype's getter
    // from String.fromCharCode's reading of it as a list.
    const count = length - at < CHUNK ? length - at : CHUNK;
    const chunk = new b.Uint8ArrayCtor(buffer as ArrayBuffer, at, count);
    apply(b.defineProperty, Reflect, [chunk, 'length', { __proto__: null, value: count }]);
    text += apply(b.fromCharCode, String, chunk as unknown as number[]) as string;
  }
  return apply(b.btoa, globalThis, [text]) as string;
}

/** What the socket resolved to, through the captured getter (the constructor's argument is never read again). */
function resolvedUrl(apply: typeof Reflect.apply, b: SocketBuiltins, socket: WebSocket): string {
  const url = b.socketUrl ? apply(b.socketUrl, socket, []) : socket.url;
  return typeof url === 'string' ? url : '';
}

/**
 * A Blob frame's bytes, read by a FileReader of our own, not blob.arrayBuffer():
 * a promise the browser resolves with an ArrayBuffer first asks it for `then`,
 * and the page's ArrayBuffer.prototype.then could hand over other bytes.
 */
function readBlob(apply: typeof Reflect.apply, listen: EventTarget['addEventListener'], trusted: (event: Event) => boolean, b: SocketBuiltins, blob: unknown, onBytes: (buffer: unknown) => void): void {
  const { FileReaderCtor, readAsArrayBuffer, readerResult } = b;
  if (!FileReaderCtor || !readAsArrayBuffer) return;
  const reader = new FileReaderCtor();
  const onLoad = (event: Event) => {
    // The browser's `result` is a prototype getter (captured); a test double's is a field.
    if (trusted(event)) onBytes(readerResult ? apply(readerResult, reader, []) : reader.result);
  };
  apply(listen, reader, ['load', onLoad]);
  apply(readAsArrayBuffer, reader, [blob]);
}

/** WebSocket: a Proxy keeps the constructor's identity for `instanceof`, its static constants and its prototype. */
export function hookWebSocket({ win, builtins: { apply, listen, messageData }, trusted, emit }: HookContext, b: SocketBuiltins): void {
  const OriginalWebSocket = win.WebSocket;
  if (!OriginalWebSocket) return;
  win.WebSocket = new Proxy(OriginalWebSocket, {
    construct(target, args, newTarget) {
      const socket = Reflect.construct(target, args, newTarget) as WebSocket;
      try {
        const url = resolvedUrl(apply, b, socket);
        if (!isPlatformSocketUrl(url)) return socket;
        const sendBinary = (buffer: unknown) => {
          try {
            const body = toBase64(apply, b, buffer);
            if (body !== null) emit('ws-bin', url, body);
          } catch {
            /* ignore */
          }
        };
        const onMessage = (event: MessageEvent) => {
          try {
            // A page script can dispatch a made-up message event on the socket: only the browser's count.
            if (!trusted(event)) return;
            const data: unknown = messageData ? apply(messageData, event, []) : event.data;
            if (typeof data === 'string') return emit('ws', url, data);
            // Kinds are told by the captured getters (a patched Symbol.hasInstance cannot hide a frame).
            if (read(apply, b.byteLength, data) !== null) return sendBinary(data);
            const size = read(apply, b.blobSize, data);
            if (size === null || size < MIN_BINARY_FRAME) return;
            if (size > MAX_BINARY_FRAME) return emit('ws-bin', url, '');
            readBlob(apply, listen, trusted, b, data, sendBinary);
          } catch {
            /* never let the tap throw into the page */
          }
        };
        apply(listen, socket, ['message', onMessage]);
      } catch {
        /* ignore */
      }
      return socket;
    },
  });
}
