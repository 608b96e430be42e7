/**
 * Knowing when the traffic is missing (issue 20 item 6). The day's figures
 * rest on the chat page's own pushes (m-ws, titan-ws); when the page lists
 * new waiting buyers but neither socket brought a message for a few
 * minutes, the extension is blind and must say so rather than show a quiet,
 * incomplete day. Pure: the session counts pushes, the timer tells which
 * buyers the page lists as waiting.
 */
export type PushSocket = 'm-ws' | 'titan-ws';

declare const __KG_TRAFFIC_SILENCE_MS__: number | undefined;

/**
 * How long new waiting buyers may go without any pushed message before the
 * traffic counts as missing: three minutes. Only the blind-page e2e's own
 * build (KG_TRAFFIC_SILENCE_MS, wxt.config.ts) shortens it, so CI does not
 * wait three minutes of wall-clock time.
 */
export const TRAFFIC_SILENCE_MS =
  typeof __KG_TRAFFIC_SILENCE_MS__ === 'number' && __KG_TRAFFIC_SILENCE_MS__ > 0 ? __KG_TRAFFIC_SILENCE_MS__ : 3 * 60_000;

/** What a "traffic missing" episode reports (diagnostics; counts only). */
export interface TrafficMissing {
  /** Pushes that brought messages, per socket, since the page loaded. */
  mws: number;
  titan: number;
  /** How long the page had shown a new buyer with no push. */
  silentMs: number;
}

export class TrafficWatch {
  readonly pushes: Record<PushSocket, number> = { 'm-ws': 0, 'titan-ws': 0 };
  private lastPushAt = -Infinity;
  /** Buyers the page listed as waiting so far; null before the first reading (those were there on load). */
  private seen: Set<string> | null = null;
  /** When the page first showed a new waiting buyer no push accounts for. */
  private unexplainedSince: number | null = null;
  private reported = false;

  /** A pushed frame that brought at least one message. */
  notePush(socket: PushSocket, now: number): void {
    this.pushes[socket]++;
    this.lastPushAt = now;
    this.unexplainedSince = null;
    this.reported = false;
  }

  /** The buyers the page lists as waiting now. */
  notePageWaiting(buyerIds: Iterable<string>, now: number): void {
    const first = this.seen === null;
    this.seen ??= new Set();
    for (const id of buyerIds) {
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      if (!first && this.unexplainedSince === null && now - this.lastPushAt > TRAFFIC_SILENCE_MS) this.unexplainedSince = now;
    }
  }

  /** The episode, once, when new buyers have gone TRAFFIC_SILENCE_MS without a push; else null. */
  missing(now: number): TrafficMissing | null {
    if (this.reported || this.unexplainedSince === null || now - this.unexplainedSince < TRAFFIC_SILENCE_MS) return null;
    this.reported = true;
    return { mws: this.pushes['m-ws'], titan: this.pushes['titan-ws'], silentMs: now - this.unexplainedSince };
  }
}
