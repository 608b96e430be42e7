/**
 * The titan-ws side of the simulator (shared/PDD-PAGES.md §(i)): binary frames written by
 * test/sim/titan-wire.ts. Messages pushed within a few milliseconds of each other travel in one
 * notify (several messages per push); a notify body larger than GZIP_OVER bytes is gzipped
 * ("gzip-compressed when large"); a heartbeat goes out on connect and answers each of the page's.
 */
import type { WebSocket } from 'ws';
import { heartbeatFrame, notifyFrame, notifyJson } from './titan-wire.ts';

export const TITAN_HOST = 'titan-ws.pinduoduo.com';
/** Messages pushed within this many ms share one frame. */
const BATCH_MS = 25;
const GZIP_OVER = 600;

export class TitanPusher {
  private readonly sockets = new Set<WebSocket>();
  private queue: unknown[] = [];
  private timer: NodeJS.Timeout | null = null;
  private seq = 1;
  /** Frames sent so far, and how many of them were gzipped (tests check both kinds were exercised). */
  readonly sent = { frames: 0, gzipped: 0, messages: 0 };

  constructor(
    private readonly mallId: () => string,
    /** Variant titanFrameTrailer: push frames carry bytes past their header's length. */
    private readonly trailer: () => boolean = () => false,
  ) {}

  /** Sockets ever opened (a page's new socket, whether or not a closed page's has gone yet). */
  opened = 0;

  add(ws: WebSocket): void {
    this.sockets.add(ws);
    this.opened++;
    ws.binaryType = 'nodebuffer';
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      // The page's heartbeat (magic 0) gets one back; its acks need no answer.
      if (isBinary && data.length >= 2 && data.readUInt16BE(0) === 0) ws.send(heartbeatFrame());
    });
    ws.send(heartbeatFrame());
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Queues one message for the next push frame. */
  push(message: unknown): void {
    this.queue.push(message);
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  /** Sends raw bytes to every page (tests of corrupt, truncated or oversized frames). */
  sendRaw(bytes: Uint8Array): void {
    for (const s of this.sockets) if (s.readyState === s.OPEN) s.send(bytes);
  }

  private flush(): void {
    this.timer = null;
    const messages = this.queue.splice(0);
    if (messages.length === 0) return;
    const seq = this.seq++;
    const json = notifyJson(messages, seq, this.mallId());
    const gzip = json.length > GZIP_OVER;
    this.sent.frames++;
    this.sent.messages += messages.length;
    if (gzip) this.sent.gzipped++;
    const frame = notifyFrame(json, { gzip, correlation: seq, seq });
    this.sendRaw(this.trailer() ? Uint8Array.from([...frame, 0, 0, 0, 0]) : frame);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.sockets) s.terminate();
  }
}
