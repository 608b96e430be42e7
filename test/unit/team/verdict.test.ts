import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import type { FileEvent, TeamDayFile } from '@/lib/team/day-file';
import { mergeShop } from '@/lib/team/merge';
import { agentCoverage, teamVerdict } from '@/lib/team/verdict';
import { bj, TODAY, WINDOW } from '../store/helpers';

const DAYS = [-3, -2, -1].map((n) => addDays(TODAY, n));
const h = (id: string) => hashIdSync(shopSalt('mall1'), id);

/** `n` buyers on each day, each answered after `waitMin` minutes (null: never). */
function events(agent: string, n: number, waitMin: number | null): FileEvent[] {
  return DAYS.flatMap((day) =>
    Array.from({ length: n }, (_, i): FileEvent[] => {
      const conv = `${agent}-${day}-${i}`;
      const at = bj(day, '10:00') + i * 60_000;
      const buyer: FileEvent = ['buyer' as ChatEvent['kind'], h(conv), h(`u-${conv}`), h(`${conv}-m`), at];
      return waitMin === null ? [buyer] : [buyer, ['human', h(conv), h(`u-${conv}`), h(`${conv}-r`), at + waitMin * 60_000]];
    }).flat(),
  );
}

function file(agent: string, evs: FileEvent[], spans: Array<[number, number]> = [[480, 1380]]): TeamDayFile {
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1', name: '测试店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: DAYS[0]!, to: DAYS[2]! },
    countedWindow: WINDOW,
    coverage: DAYS.map((day) => ({ day, minutes: 900, spans })),
    guard: [],
    events: evs,
  };
}
const OPTIONS = { today: TODAY, window: WINDOW };
const RULE = { preset: 'rate3min-3d' as const, threshold: 0.8 };

describe('teamVerdict', () => {
  it('a team pass that rests on replies inferred from the page is unsure, never a pass (day file version 3)', () => {
    const marked = (evs: FileEvent[]): FileEvent[] => evs.map((e) => (e[0] === 'human' ? ['human', e[1], e[2], e[3], e[4], 1] : e));
    // A: 40 answered in 1 min by replies the traffic brought; B: 30 "answered" in 1 min only by the page's 已回复 group.
    const report = mergeShop([file('A', events('A', 40, 1)), file('B', marked(events('B', 30, 1)))], OPTIONS);
    const { verdict } = teamVerdict(report, {}, RULE, TODAY);
    expect(verdict.days.map((d) => [d.outcome, d.reason, d.value])).toEqual(DAYS.map(() => ['unsure', 'page-inferred', 1]));
    // The same replies brought by the traffic pass.
    expect(teamVerdict(mergeShop([file('A', events('A', 40, 1)), file('B', events('B', 30, 1))], OPTIONS), {}, RULE, TODAY).verdict.outcome).toBe('pass');
  });

  it('the merged estimate decides when every agent who worked was covered; the lowest agent is named', () => {
    const report = mergeShop([file('A', events('A', 40, 1)), file('B', events('B', 30, 10))], OPTIONS);
    const { verdict, pulledDown } = teamVerdict(report, {}, RULE, TODAY);
    expect(verdict.outcome).toBe('fail'); // 40 of 70 within 3 min
    expect(verdict.basis).toEqual(['team']);
    expect(pulledDown).toMatchObject({ day: DAYS[2], agent: '客服B', why: 'lowest', value: 0 });
    expect(verdict.earliestDay).toBe(addDays(DAYS[2]!, 4));
  });

  it('an agent who worked half the day leaves the day incomplete, named; an idle agent does not', () => {
    const half: Array<[number, number]> = [[480, 930]];
    const report = mergeShop([file('A', events('A', 40, 1)), file('B', events('B', 5, 1), half), file('C', [], [])], OPTIONS);
    expect(agentCoverage(report, 1, report.days.indexOf(DAYS[0]!))).toBe('partial');
    expect(agentCoverage(report, 2, report.days.indexOf(DAYS[0]!))).toBe('idle');
    const { verdict, pulledDown } = teamVerdict(report, {}, RULE, TODAY);
    expect(verdict.days.map((d) => d.reason)).toEqual(['team-incomplete', 'team-incomplete', 'team-incomplete']);
    expect(pulledDown).toMatchObject({ agent: '客服B', why: 'partial' });
  });

  it('the platform\'s shop-wide figures decide first, the same rule as the popup', () => {
    const report = mergeShop([file('A', events('A', 40, 10))], OPTIONS);
    const official = Object.fromEntries(DAYS.map((d) => [d, { figures: { rate3min: 0.9, consultUsers: 200 }, via: 'response' as const }]));
    const { verdict } = teamVerdict(report, official, RULE, TODAY);
    expect([verdict.outcome, verdict.basis]).toEqual(['pass', ['platform']]);
  });
});
