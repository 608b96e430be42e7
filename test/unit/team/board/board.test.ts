import { describe, expect, it } from 'vitest';
import { buildBoard } from '@/lib/team/board/board';
import { dayFileDocs } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { boardFile, ev, NOW, TODAY } from './helpers';

const OPTIONS = { today: TODAY, now: NOW, requiredRate: 0.8, window: { startHour: 0, endHour: 24 } };
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
});
