/**
 * What the page-world tap hands the chat session: text frames and responses
 * (m-ws, http) read at once, binary titan-ws frames decoded one at a time in
 * order; a push that brought messages is counted per socket, so a page whose
 * sockets go quiet while it lists new buyers is noticed (issue 20 item 6).
 */
import { readTraffic, type TrafficObservations } from '../../pdd/chat-traffic';
import { listenToTap } from '../../pdd/page-tap';
import { binaryFrameQueue } from '../../pdd/titan-traffic';
import type { PushSocket } from './traffic-watch';

/** Listens to the tap until the returned function is called. */
export function feedFromTap(
  win: Window,
  now: () => number,
  onPush: (socket: PushSocket, at: number) => void,
  ingest: (observed: TrafficObservations) => void,
): () => void {
  const pushed = (observed: TrafficObservations, socket: PushSocket | null) => {
    if (socket && observed.messages.length > 0) onPush(socket, now());
    ingest(observed);
  };
  const readBinary = binaryFrameQueue((observed) => pushed(observed, 'titan-ws'), now);
  return listenToTap(win, (item) => (item.channel === 'ws-bin' ? readBinary(item) : pushed(readTraffic(item, now()), item.channel === 'ws' ? 'm-ws' : null)));
}
