/**
 * Team day files checked against the import window and against each other
 * (issue 22 item 5): a day outside 400 days back / 30 days ahead is refused
 * naming the file and the day; conflicts between files are listed, never
 * settled silently.
 */
import { describe, expect, it } from 'vitest';
import { addDays, SECOND_MS } from '@/lib/clock';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { teamDayFileText } from '@/lib/team/day-file';
import type { FileEvent, TeamDayFile } from '@/lib/team/day-file';
import { TeamSession } from '@/lib/team/session';
import type { TeamImportOptions } from '@/lib/team/session';
import { bj, TODAY, WINDOW } from '../store/helpers';

const h = (id: string) => hashIdSync(shopSalt('mall1'), id);
const OPTIONS: TeamImportOptions = { today: TODAY, now: bj(TODAY, '12:00'), window: WINDOW, expectedAgents: 0 };
const YESTERDAY = addDays(TODAY, -1);

function file(agent: string, patch: Partial<TeamDayFile> = {}, events: FileEvent[] = [['buyer', h(`c-${agent}`), h(`u-${agent}`), h(`m-${agent}`), bj(YESTERDAY, '09:00')]]): TeamDayFile {
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1', name: '店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: YESTERDAY, to: TODAY },
    countedWindow: WINDOW,
    coverage: [{ day: YESTERDAY, minutes: 900, spans: [[480, 1380]] }],
    guard: [{ day: YESTERDAY, held: 1, warned: 0, sentAnyway: 0 }],
    events,
    ...patch,
  };
}

const incoming = (files: Array<[string, TeamDayFile]>) => files.map(([name, f]) => ({ name, text: async () => teamDayFileText(f) }));
const run = (files: Array<[string, TeamDayFile]>, options = OPTIONS) => new TeamSession().import(incoming(files), options);

describe('the import window of team day files', () => {
  it.each([
    ['401 days back', addDays(TODAY, -401), addDays(TODAY, -401), 'days.from'],
    ['31 days ahead', TODAY, addDays(TODAY, 31), 'days.to'],
  ])('refuses a file with a day %s, naming the file and the day', async (_, from, to, path) => {
    const bad = file('A', { days: { from, to }, coverage: [], guard: [], events: [] });
    const outcome = await run([['far.json', bad]]);
    expect(outcome.fileCount).toBe(0);
    expect(outcome.rejected).toHaveLength(1);
    expect(outcome.rejected[0]!.name).toBe('far.json');
    const issue = outcome.rejected[0]!.issues[0]!;
    expect(issue.path).toBe(path);
    const day = path === 'days.from' ? from : to;
    expect(issue.message).toContain(`日期 ${day} 超出可导入的范围 ${addDays(TODAY, -400)} 至 ${addDays(TODAY, 30)}`);
  });

  it('refuses a coverage day outside the window even when the file\'s days are inside', async () => {
    const bad = file('A', { coverage: [{ day: addDays(TODAY, 45), minutes: 900, spans: [[480, 1380]] }] });
    const outcome = await run([['cov.json', bad]]);
    expect(outcome.rejected[0]!.issues[0]).toMatchObject({ path: 'coverage.0.day' });
    expect(outcome.rejected[0]!.issues[0]!.message).toContain(addDays(TODAY, 45));
  });

  it('takes days exactly 400 back and 30 ahead', async () => {
    const edge = file('A', { days: { from: addDays(TODAY, -400), to: addDays(TODAY, 30) }, coverage: [], guard: [], events: [] });
    const outcome = await run([['edge.json', edge]]);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.fileCount).toBe(1);
  });
});

describe('conflicts between team day files', () => {
  it('lists none for clean files: two agents, and one agent\'s re-export that only adds to the day it was first exported', async () => {
    const first = file('A');
    const later = file('A', { exportedAt: bj(TODAY, '11:00') }, [...first.events, ['buyer', h('c-late'), h('u-late'), h('m-late'), bj(TODAY, '10:00')]]);
    const outcome = await run([['a.json', first], ['a-later.json', later], ['b.json', file('B')]]);
    expect(outcome.conflicts).toEqual([]);
  });

  it('the same message id with different times in two agents\' files', async () => {
    const message = (at: number): FileEvent => ['buyer', h('c1'), h('u1'), h('m1'), at];
    const outcome = await run([
      ['a.json', file('A', {}, [message(bj(YESTERDAY, '09:00'))])],
      ['b.json', file('B', {}, [message(bj(YESTERDAY, '09:00') + 40 * SECOND_MS)])],
    ]);
    expect(outcome.conflicts).toEqual([{ kind: 'message-time', shopId: 'mall1', files: ['a.json', 'b.json'], count: 1 }]);
    // The merge still counts the message once, at the earlier time.
    expect(outcome.reports[0]!.shopDays.find((d) => d.day === YESTERDAY)!.metrics.messages).toBe(1);
  });

  it('a file claiming another agent\'s name', async () => {
    const outcome = await run([['a.json', file('A')], ['fake.json', file('X', { agent: { id: 'X', name: '客服A' } })]]);
    expect(outcome.conflicts).toEqual([{ kind: 'agent-name', shopId: 'mall1', files: ['a.json', 'fake.json'], name: '客服A' }]);
  });

  it('an export time in the future', async () => {
    const at = OPTIONS.now + 3 * 3_600_000;
    const outcome = await run([['future.json', file('A', { exportedAt: at })]]);
    expect(outcome.conflicts).toEqual([{ kind: 'future-export', shopId: 'mall1', files: ['future.json'], at }]);
  });

  it('two files of one agent that differ on a finished day (events, minutes or guard counts)', async () => {
    const first = file('A');
    const edited = file('A', { exportedAt: bj(TODAY, '10:00'), guard: [{ day: YESTERDAY, held: 0, warned: 0, sentAnyway: 0 }] });
    const dropped = file('A', { exportedAt: bj(TODAY, '11:00') }, []);
    const outcome = await run([['a.json', first], ['a-edited.json', edited], ['a-dropped.json', dropped]]);
    expect(outcome.conflicts.filter((c) => c.kind === 'agent-files-differ').map((c) => [c.files, c.day, c.count])).toEqual([
      [['a.json', 'a-edited.json'], YESTERDAY, 1],
      [['a.json', 'a-dropped.json'], YESTERDAY, 1],
      [['a-edited.json', 'a-dropped.json'], YESTERDAY, 1],
    ]);
  });
});

describe('the import session', () => {
  it('reports progress through reading, checking and merging, ending at the whole', async () => {
    const seen: Array<[string, number]> = [];
    await new TeamSession().import(incoming([['a.json', file('A')], ['b.json', file('B')]]), OPTIONS, (p) => seen.push([p.phase, p.share]));
    expect(seen.map(([phase]) => phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['read', 'check', 'merge']);
    expect(seen.map(([, share]) => share)).toEqual([...seen.map(([, share]) => share)].sort((x, y) => x - y));
    expect(seen.at(-1)).toEqual(['merge', 1]);
  });

  it('keeps the files between imports: a later batch adds to them, and clear empties them', async () => {
    const session = new TeamSession();
    await session.import(incoming([['a.json', file('A')]]), OPTIONS);
    const second = await session.import(incoming([['b.json', file('B')], ['a-again.json', file('A')]]), OPTIONS);
    expect([second.fileCount, second.added, second.duplicates]).toEqual([2, ['b.json'], ['a-again.json']]);
    expect(second.reports[0]!.agents.map((a) => a.id)).toEqual(['A', 'B']);
    session.clear();
    expect((await session.import(incoming([['b.json', file('B')]]), OPTIONS)).fileCount).toBe(1);
  });
});
