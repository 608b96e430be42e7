import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { dedupeEvents } from '@/lib/events';
import { dayMetrics } from '@/lib/metrics';
import { teamReportCsv, SHOP_WIDE_AGENT } from '@/lib/team/csv';
import type { FileEvent, TeamDayFile } from '@/lib/team/day-file';
import { mergeShop, mergeTeamFiles } from '@/lib/team/merge';
import { teamVerdict } from '@/lib/team/verdict';
import { bj, TODAY, WINDOW } from '../store/helpers';

const D = addDays(TODAY, -1);
const h = (id: string, shop = 'mall1') => hashIdSync(shopSalt(shop), id);
const ev = (kind: ChatEvent['kind'], time: string, conv: string, msg: string, buyer = `u-${conv}`, day = D, shop = 'mall1'): FileEvent => [kind, h(conv, shop), h(buyer, shop), h(msg, shop), bj(day, time)];
const OPTIONS = { today: TODAY, window: WINDOW };

function file(agent: string, events: FileEvent[], extra: Partial<TeamDayFile> = {}): TeamDayFile {
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1', name: '测试店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: D, to: D },
    countedWindow: WINDOW,
    coverage: [{ day: D, minutes: 900, spans: [[480, 1380]] }],
    guard: [],
    events,
    ...extra,
  };
}
const toEvents = (files: TeamDayFile[]): ChatEvent[] =>
  files.flatMap((f) => f.events.map(([kind, conversationId, buyerId, messageId, at]) => ({ kind, conversationId, buyerId, messageId, at })));

const A = file('A', [ev('buyer', '10:00', 'c1', 'm1', 'u1'), ev('human', '10:00:20', 'c1', 'm2', 'u1'), ev('buyer', '11:00', 'c2', 'm3', 'u2')]);
// c2 transferred from A to B: B's file holds the same buyer message (same hashed id) and B's reply after 2 min.
const B = file('B', [ev('buyer', '11:00', 'c2', 'm3', 'u2'), ev('human', '11:02', 'c2', 'm4', 'u2'), ev('buyer', '12:00', 'c3', 'm5', 'u1'), ev('human', '12:00:10', 'c3', 'm6', 'u1')]);
// u1 also writes to C's conversation c4 (overlapping buyers).
const C = file('C', [ev('buyer', '13:00', 'c4', 'm7', 'u1'), ev('robot', '13:00:01', 'c4', 'm8', 'u1'), ev('buyer', '22:50', 'c5', 'm9', 'u3'), ev('human', '00:05', 'c5', 'm10', 'u3', TODAY)]);

describe('mergeShop: shop-wide figures are dayMetrics over the union of events', () => {
  it.each<[string, TeamDayFile[], Partial<ReturnType<typeof dayMetrics>>]>([
    ['one agent', [A], { buyers: 2, messages: 2, answered: 1, waiting: 1 }],
    ['the same file twice counts once', [A, A], { buyers: 2, messages: 2, answered: 1, waiting: 1 }],
    ['a transferred conversation: the reply by the second agent answers it', [A, B], { buyers: 2, messages: 3, answered: 3, waiting: 0, rate3min: 1, rate30s: 2 / 3 }],
    ['overlapping buyers count once; a robot reply answers nothing; a reply after midnight answers', [A, B, C], { buyers: 3, messages: 5, answered: 4, waiting: 1 }],
    ['three agents, one imported twice', [A, B, C, B], { buyers: 3, messages: 5, answered: 4, waiting: 1 }],
  ])('%s', (_name, files, expected) => {
    const report = mergeShop(files, OPTIONS);
    const shopDay = report.shopDays.find((d) => d.day === D)!;
    expect(shopDay.metrics).toEqual(dayMetrics(dedupeEvents(toEvents(files)), D, { window: WINDOW }));
    expect(shopDay.metrics).toMatchObject(expected);
    expect(report.duplicateFiles).toBe(files.length - new Set(files).size);
  });

  it('per-agent figures are each agent\'s own events: the transferring agent still shows the wait it left', () => {
    const report = mergeShop([A, B, C], OPTIONS);
    const byAgent = Object.fromEntries(report.agents.map((a) => [a.id, a.days.find((d) => d.day === D)!.metrics]));
    expect(byAgent.A).toMatchObject({ buyers: 2, messages: 2, answered: 1, waiting: 1 });
    expect(byAgent.B).toMatchObject({ buyers: 2, messages: 2, answered: 2, rate3min: 1 });
    expect(byAgent.C).toMatchObject({ buyers: 2, messages: 2, answered: 1 });
    // Never an average: the shop's 30-second rate is 2 of 3 messages, not the mean of A's 1/2 and B's 1/2.
    expect(mergeShop([A, B], OPTIONS).shopDays[0]!.metrics.rate30s).toBeCloseTo(2 / 3);
  });

  it('guard counts and coverage of an agent-day come from the newest file; a re-export replaces, never adds', () => {
    const older = file('A', A.events, { guard: [{ day: D, held: 2, warned: 0, sentAnyway: 1 }], coverage: [{ day: D, minutes: 300, spans: [[480, 780]] }] });
    const newer = file('A', A.events, { exportedAt: bj(TODAY, '10:00'), guard: [{ day: D, held: 3, warned: 1, sentAnyway: 1 }] });
    const report = mergeShop([older, newer, older], OPTIONS);
    expect(report.agents).toHaveLength(1);
    expect(report.agents[0]!.days[0]).toMatchObject({ held: 3, sentAnyway: 1, coverage: 1 });
    expect(report.shopDays[0]).toMatchObject({ held: 3, sentAnyway: 1, coverage: 1 });
    expect(report.duplicateFiles).toBe(1);
  });

  it('coverage is the union of agents\' open chat pages; hours nobody watched are listed', () => {
    const morning = file('A', [], { coverage: [{ day: D, minutes: 300, spans: [[480, 780]] }] }); // 08–13
    const evening = file('B', [], { coverage: [{ day: D, minutes: 420, spans: [[900, 1380]] }] }); // 15–23
    const report = mergeShop([morning, evening], OPTIONS);
    expect(report.shopDays[0]!.coverage).toBeCloseTo(780 / 900);
    expect(report.shopDays[0]!.missingHours).toEqual([13, 14]);
    expect(report.shopDays[0]!.absentAgents).toEqual([]);
  });

  it('an agent whose file does not cover a day is missing on it, and that day\'s signup verdict is insufficient', () => {
    const days3 = [-3, -2, -1].map((n) => addDays(TODAY, n));
    const busy = (agent: string, day: string, prefix: string): FileEvent[] =>
      Array.from({ length: 120 }, (_, i) => [ev('buyer', `10:${String(i % 60).padStart(2, '0')}`, `${prefix}c${i}`, `${prefix}b${i}`, `${prefix}u${i}`, day), ev('human', `10:${String(i % 60).padStart(2, '0')}:30`, `${prefix}c${i}`, `${prefix}h${i}`, `${prefix}u${i}`, day)]).flat();
    const full = (agent: string, covered: string[]) =>
      file(agent, covered.flatMap((d) => busy(agent, d, `${agent}${d}`)), {
        days: { from: covered[0]!, to: covered[covered.length - 1]! },
        coverage: covered.map((day) => ({ day, minutes: 900, spans: [[480, 1380]] as Array<[number, number]> })),
      });
    // The Team page's one verdict (lib/team/verdict.ts) on the merged report, 1-hour rule at 80 %.
    const outcomes = (report: ReturnType<typeof mergeShop>) => teamVerdict(report, {}, { preset: 'rate1h-3d', threshold: 0.8 }, TODAY).verdict;
    const both = mergeShop([full('A', days3), full('B', days3)], OPTIONS);
    expect(outcomes(both).outcome).toBe('pass');
    expect(outcomes(both).days.map((d) => d.buyers)).toEqual([240, 240, 240]);
    const bMissingLastDay = mergeShop([full('A', days3), full('B', days3.slice(0, 2))], OPTIONS);
    expect(bMissingLastDay.shopDays.at(-1)!.missingAgents).toEqual(['B']);
    expect(outcomes(bMissingLastDay).days.map((d) => [d.outcome, d.reason])).toEqual([['pass', undefined], ['pass', undefined], ['unsure', 'team-incomplete']]);
    expect(outcomes(bMissingLastDay).outcome).toBe('unsure');
    // Team settings say 3 agents, files of 2: no day can be claimed.
    expect(outcomes(mergeShop([full('A', days3), full('B', days3)], { ...OPTIONS, expectedAgents: 3 })).outcome).toBe('unsure');
  });
});

describe('mergeTeamFiles and CSV', () => {
  it('files of several shops stay apart; the same raw id in two shops is two different hashes', () => {
    const other = file('A', [ev('buyer', '10:00', 'c1', 'm1', 'u1', D, 'mall2')], { shop: { id: 'mall2', name: '另一店' } });
    const reports = mergeTeamFiles([A, other, B], OPTIONS);
    expect(reports.map((r) => r.shop.id)).toEqual(['mall2', 'mall1']); // by name: 另一店 < 测试店
    expect(reports[0]!.shopDays[0]!.metrics).toMatchObject({ buyers: 1, messages: 1 });
    expect(reports[1]!.shopDays[0]!.metrics).toMatchObject({ buyers: 2, messages: 3 });
  });

  it('CSV: shop and agent columns, a shop-wide row and one row per agent per day', () => {
    const csv = teamReportCsv(mergeTeamFiles([A, B], OPTIONS));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^店铺 shop,店铺编号 shop id,客服 agent,日期 day,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      `测试店,mall1,${SHOP_WIDE_AGENT},${D}`,
      `测试店,mall1,客服A (A),${D}`,
      `测试店,mall1,客服B (B),${D}`,
    ]);
    expect(lines[1]!.split(',')[5]).toBe('3'); // shop-wide messages
    expect(teamReportCsv(mergeTeamFiles([file('=cmd', [], { agent: { id: '=cmd' } })], OPTIONS))).toContain("'=cmd");
  });
});
