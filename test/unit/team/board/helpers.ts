import { beijingDay, beijingDayStart, beijingTimeOfDay, DAY_MS, HOUR_MS, MINUTE_MS, PLATFORM_COUNTED_WINDOW } from '../../../../lib/clock';
import { hashIdSync, shopSalt } from '../../../../lib/id-hash';
import type { FileEvent, TeamDayFile } from '../../../../lib/team/day-file';

/** How far before the anchor the tests' events go (sync.test.ts: 30 minutes), plus a margin. */
const EVENTS_BACK_MS = 35 * MINUTE_MS;
/** How far after the anchor they go (statuses 10 minutes on), plus a margin. */
const EVENTS_AHEAD_MS = 15 * MINUTE_MS;

/**
 * The instant the unit tests' events hang on, valid at whatever hour they run:
 * the latest moment at or before `now` from which every event (35 minutes back,
 * 15 minutes on) is of one Beijing day and inside the platform's counted window
 * (08:00–23:00). In the day it is `now`; after 22:45 Beijing it is 22:45 today;
 * before 08:35 it is 22:45 yesterday. Never after `now` and at most ~10 hours
 * before it: inside the server's validate_doc_update window [now − 8 days, now + 1 h].
 */
export function countedAnchor(now: number): number {
  const first = PLATFORM_COUNTED_WINDOW.startHour * HOUR_MS + EVENTS_BACK_MS;
  const last = PLATFORM_COUNTED_WINDOW.endHour * HOUR_MS - EVENTS_AHEAD_MS;
  const t = beijingTimeOfDay(now);
  const dayStart = beijingDayStart(beijingDay(now));
  if (t < first) return dayStart - DAY_MS + last;
  return Math.min(now, dayStart + last);
}

/** The tests' "now": see countedAnchor. */
export const NOW = countedAnchor(Date.now());
export const TODAY = beijingDay(NOW);
export const h = (id: string) => hashIdSync(shopSalt('mall1'), id);
/** Events `minutesAgo` before an anchor. */
export const evAt =
  (anchor: number) =>
  (kind: FileEvent[0], minutesAgo: number, conv: string, msg: string, buyer = `u-${conv}`): FileEvent => [kind, h(conv), h(buyer), h(msg), anchor - minutesAgo * 60_000];
export const ev = evAt(NOW);

/** One agent's day file of the anchor's day: two buyers, one answered in 30 s. */
export function boardFile(agent: string, events?: FileEvent[], extra: Partial<TeamDayFile> = {}, anchor = NOW): TeamDayFile {
  const day = beijingDay(anchor);
  const at = evAt(anchor);
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: anchor,
    shop: { id: 'mall1', name: '测试店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: day, to: day },
    countedWindow: { startHour: 0, endHour: 24 },
    coverage: [{ day, minutes: 30, spans: [[0, 30]] }],
    guard: [{ day, held: 2, warned: 1, sentAnyway: 0 }],
    events: events ?? [at('buyer', 10, `c-${agent}1`, `m-${agent}1`), at('human', 9.5, `c-${agent}1`, `m-${agent}2`), at('buyer', 5, `c-${agent}2`, `m-${agent}3`)],
    ...extra,
  };
}
