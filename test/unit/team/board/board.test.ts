import { describe, expect, it } from 'vitest';
import { addDays, beijingDayStart, HOUR_MS, MINUTE_MS, PLATFORM_COUNTED_WINDOW } from '@/lib/clock';
import { buildBoard } from '@/lib/team/board/board';
import { dayFileDocs, docsToDayFiles } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import type { FileEvent } from '@/lib/team/day-file';
import { boardFile, ev, evAt, NOW, TODAY } from './helpers';

const OPTIONS = { now: NOW, window: { startHour: 0, endHour: 24 } };
const online = (agent: string, agentId: string, waiting: number) =>
  statusDoc({ agent, shop: 'mall1', agentId, agentName: `客服${agentId}`, reports: [{ waiting, overFirstThreshold: 1, longestWaitingSince: NOW - 200_000, pageRecognised: true, reportedAt: NOW }], heldToday: 2, now: NOW });

describe('the live board', () => {
  it('follows each agent: online, waiting now, longest wait, held, today\'s figures; shop-wide today and signup', () => {
    const docs = [
      ...dayFileDocs('a1', boardFile('A')),
      online('a1', 'A', 2),
      ...dayFileDocs('b1', boardFile('B', [ev('buyer', 5, 'c-A2', 'm-A3'), ev('human', 4, 'c-A2', 'm-B9')])),
      { ...online('b1', 'B', 0), online: false },
    ];
    const board = buildBoard(docs, OPTIONS);
    expect(board.agents.map((a) => [a.user, a.name, a.online, a.waiting, a.longestWaitMs, a.heldToday])).toEqual([
      ['a1', '客服A', true, 2, 200_000, 2],
      ['b1', '客服B', false, 0, null, 2],
    ]);
    expect(board.agents[0]!.today).toMatchObject({ buyers: 2, messages: 2, answered: 1 });
    // B answered A's waiting buyer (mA3, the same hashed message): the shop counts the buyer once, answered.
    expect(board.today).toMatchObject({ buyers: 2, messages: 2, answered: 2, waiting: 0 });
    expect(board).toMatchObject({ waitingNow: 2, onlineNow: 1, shop: { id: 'mall1', name: '测试店' } });
    expect(board.report?.shop.id).toBeTruthy();
    expect(board.report?.days.length).toBeGreaterThan(0);
  });

  it('an agent with a status only (just switched on) is on the board; an empty database is an empty board', () => {
    expect(buildBoard([online('c1', 'C', 1)], OPTIONS).agents).toMatchObject([{ user: 'c1', online: true, waiting: 1, today: null }]);
    expect(buildBoard([], OPTIONS)).toMatchObject({ shop: null, agents: [], today: null, report: null });
  });

  it('counts the buyers of the shop\'s counted window only: a buyer at 23:10 Beijing is not a counted buyer', () => {
    const at = evAt(beijingDayStart(TODAY) + 23 * HOUR_MS);
    const docs = dayFileDocs('a1', boardFile('A', [at('buyer', 10, 'c1', 'm1'), at('human', 9, 'c1', 'm2'), at('buyer', -10, 'c2', 'm3')]));
    const board = buildBoard(docs, { ...OPTIONS, now: beijingDayStart(TODAY) + 23.5 * HOUR_MS, window: PLATFORM_COUNTED_WINDOW });
    expect(board.today).toMatchObject({ buyers: 1, answered: 1 });
    expect(buildBoard(docs, { ...OPTIONS, now: beijingDayStart(TODAY) + 23.5 * HOUR_MS }).today).toMatchObject({ buyers: 2 });
  });

  it('"today" is the Beijing day of now: a board left open past midnight turns to the new day', () => {
    const docs = [...dayFileDocs('a1', boardFile('A')), online('a1', 'A', 0)];
    expect(buildBoard(docs, OPTIONS)).toMatchObject({ day: TODAY, today: { buyers: 2 } });
    const tomorrow = addDays(TODAY, 1);
    const after = buildBoard(docs, { ...OPTIONS, now: beijingDayStart(tomorrow) + MINUTE_MS });
    expect(after).toMatchObject({ day: tomorrow, today: null });
    expect(after.agents[0]!.today).toBeNull();
  });
});

describe('a reply inferred from the page on the board', () => {
  it('keeps its mark from the day file to the document and back', () => {
    const reply = ev('human', 1, 'c-X', 'm-X2');
    const inferred: FileEvent = ['human', reply[1], reply[2], reply[3], reply[4], 1];
    const docs = dayFileDocs('a1', boardFile('A', [ev('buyer', 2, 'c-X', 'm-X1'), inferred]));
    expect(docs.filter((d) => d.type === 'event').map((d) => ('inferred' in d ? d.inferred : undefined))).toEqual([undefined, true]);
    const [file] = docsToDayFiles(docs, NOW);
    expect(file!.events.map((e) => e.length)).toEqual([5, 6]);
  });
});
