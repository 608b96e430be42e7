import { beijingDay } from '../../../../lib/clock';
import { hashIdSync, shopSalt } from '../../../../lib/id-hash';
import type { FileEvent, TeamDayFile } from '../../../../lib/team/day-file';

/** Tests run against the real clock: the server's time window is "now". */
export const NOW = Date.now();
export const TODAY = beijingDay(NOW);
export const h = (id: string) => hashIdSync(shopSalt('mall1'), id);
export const ev = (kind: FileEvent[0], minutesAgo: number, conv: string, msg: string, buyer = `u-${conv}`): FileEvent => [kind, h(conv), h(buyer), h(msg), NOW - minutesAgo * 60_000];

/** One agent's day file of today: two buyers, one answered in 20 s. */
export function boardFile(agent: string, events?: FileEvent[], extra: Partial<TeamDayFile> = {}): TeamDayFile {
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: NOW,
    shop: { id: 'mall1', name: '测试店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: TODAY, to: TODAY },
    countedWindow: { startHour: 0, endHour: 24 },
    coverage: [{ day: TODAY, minutes: 30, spans: [[0, 30]] }],
    guard: [{ day: TODAY, held: 2, warned: 1, sentAnyway: 0 }],
    events: events ?? [ev('buyer', 10, `c-${agent}1`, `m-${agent}1`), ev('human', 9.5, `c-${agent}1`, `m-${agent}2`), ev('buyer', 5, `c-${agent}2`, `m-${agent}3`)],
    ...extra,
  };
}
