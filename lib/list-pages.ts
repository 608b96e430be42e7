/**
 * The after-sales list's pages seen recently, as one set (pure, shared by the
 * worker's refund counts and the list page's panel, issue 23 item 7): the
 * list has pages (and filter tabs), so what awaits action is the union of the
 * pages seen in the last RECENT_PAGES_MS. A snapshot replaces the earlier
 * snapshot of the same page (most ids in common) and is added beside the
 * others; a row handled on page 1 leaves when page 1 is seen again, a row on a
 * page not seen again leaves after RECENT_PAGES_MS.
 */
import { MINUTE_MS } from './clock';

/** How long a list page seen once keeps counting without being seen again. */
export const RECENT_PAGES_MS = 30 * MINUTE_MS;
/** At most this many pages are kept (a list page holds 10–100 rows). */
export const MAX_LIST_PAGES = 30;

/** One page as seen: when, and the ids it showed. */
export interface SeenPage {
  seenAt: number;
  ids: readonly string[];
}

/** Two snapshots of the same list page: at least half the smaller one's ids in common. */
function samePage(a: ReadonlySet<string>, b: readonly string[]): boolean {
  if (a.size === 0 || b.length === 0) return false;
  const common = b.reduce((n, id) => n + (a.has(id) ? 1 : 0), 0);
  return common > 0 && common * 2 >= Math.min(a.size, b.length);
}

/**
 * The recent list pages after a new snapshot: the snapshot replaces an older
 * snapshot of the same page (a newer one of it wins over a late one), pages
 * older than RECENT_PAGES_MS before the newest drop out, and an empty
 * snapshot (the list shows nothing to handle) replaces them all.
 */
export function mergeListPages<P extends SeenPage>(pages: readonly P[], next: P): P[] {
  if (next.ids.length === 0) {
    const newer = pages.filter((p) => p.seenAt > next.seenAt);
    return newer.length > 0 ? [...newer] : [next];
  }
  const nextIds = new Set(next.ids);
  let merged: P[] = [];
  let superseded = false;
  for (const page of pages) {
    if (samePage(nextIds, page.ids)) {
      if (page.seenAt > next.seenAt) superseded = true;
      else continue;
    }
    merged.push(page);
  }
  if (!superseded) merged.push(next);
  const newest = Math.max(...merged.map((p) => p.seenAt));
  merged = merged.filter((p) => p.seenAt >= newest - RECENT_PAGES_MS).sort((a, b) => b.seenAt - a.seenAt);
  return merged.slice(0, MAX_LIST_PAGES);
}
