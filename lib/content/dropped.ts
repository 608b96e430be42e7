/**
 * What a content script dropped at its boundary with the page, counted by
 * reason (issue 11: "dropped and counted, never stored"). One set of counts
 * per content script (each bundle has its own module); the script reports
 * them in its console when they change, at most every few seconds, and
 * tests read them directly.
 */

export type DropReason =
  /** An id that is not 1–64 characters of the safe alphabet. */
  | 'bad-id'
  /** A time outside the sane window around now, or not a time at all. */
  | 'bad-time'
  /** A name or label longer than allowed, or with control characters. */
  | 'bad-text'
  /** A body that is not JSON, or is nested absurdly deep. */
  | 'bad-body'
  /** A binary socket frame that does not decode (lib/pdd/titan-frame.ts): dropped, never retried. */
  | 'bad-frame'
  /** A batch of events the background refused again and again. */
  | 'batch-dropped'
  /** The send guard's check itself failed; the message was held. */
  | 'guard-error';

const counts = new Map<DropReason, number>();
let changed = false;

export function countDropped(reason: DropReason, n = 1): void {
  if (n <= 0) return;
  counts.set(reason, (counts.get(reason) ?? 0) + n);
  changed = true;
}

/** The counts so far, by reason. */
export function droppedCounts(): Partial<Record<DropReason, number>> {
  return Object.fromEntries(counts) as Partial<Record<DropReason, number>>;
}

/** The counts when they changed since the last call, else null (for a periodic console report). */
export function takeChangedCounts(): Partial<Record<DropReason, number>> | null {
  if (!changed) return null;
  changed = false;
  return droppedCounts();
}

/** Waits the page closed (已回复) without traffic bringing the reply: a page-inferred human reply was recorded (issue 20 item 3). */
let inferred = 0;

export function countInferredReply(): void {
  inferred++;
  changed = true;
}

export function inferredReplies(): number {
  return inferred;
}

/** For tests. */
export function resetDropped(): void {
  counts.clear();
  inferred = 0;
  changed = false;
}

/** Logs the counts once a while when they changed; returns a stop function. */
export function reportDropped(win: Pick<Window, 'setInterval' | 'clearInterval'>, everyMs = 5_000): () => void {
  const timer = win.setInterval(() => {
    const snapshot = takeChangedCounts();
    if (snapshot) console.info('[kefu-guard] dropped from the page', snapshot, 'page-inferred replies', inferred);
  }, everyMs);
  return () => win.clearInterval(timer);
}
