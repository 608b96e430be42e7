/**
 * The chat page's binary socket frames (titan-ws, PDD-PAGES.md §(i)), as the
 * tap forwards them (base64 on the 'ws-bin' channel), read into the same
 * observations as m-ws text frames. A frame that does not decode is dropped
 * and counted ('bad-frame'), never retried; heartbeats and acks yield nothing.
 */
import { countDropped } from '../content/dropped';
import { readPushEntries, type TrafficObservations } from './chat-traffic';
import type { TapItem } from './page-tap';
import { decodeTitanFrame, fromBase64 } from './titan-frame';

const none = (): TrafficObservations => ({ messages: [], waitHints: [], account: null, platformNow: null });

/** One forwarded binary frame; never throws. */
export async function readBinaryFrame(item: TapItem, now?: number): Promise<TrafficObservations> {
  const bytes = item.channel === 'ws-bin' ? fromBase64(item.body) : null;
  if (!bytes) {
    countDropped('bad-frame');
    return none();
  }
  const frame = await decodeTitanFrame(bytes);
  if (frame.kind === 'bad') countDropped('bad-frame');
  return frame.kind === 'push' ? readPushEntries(frame.entries, now) : none();
}

/**
 * Reads binary frames one after the other (inflating is asynchronous; the
 * order of a conversation's messages must hold), at most `maxPending` queued:
 * beyond, a frame is dropped and counted rather than held without end.
 */
export function binaryFrameQueue(onRead: (observed: TrafficObservations) => void, now: () => number, maxPending = 200) {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  return (item: TapItem): void => {
    if (pending >= maxPending) {
      countDropped('bad-frame');
      return;
    }
    pending++;
    tail = tail
      .then(() => readBinaryFrame(item, now()))
      .then(onRead, () => undefined)
      .finally(() => {
        pending--;
      });
  };
}
