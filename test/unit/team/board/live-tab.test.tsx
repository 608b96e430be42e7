/**
 * The 实时 tab's clock: the merged figures (documents → day files → the Team
 * page's merge) are rebuilt when the documents change or the Beijing day
 * turns, never by an unchanged second; each second only redraws what the
 * clock changes (the longest wait). The merge is counted through a spy on
 * lib/team/merge (and the verdict through one on lib/team/verdict); the changes feed is replaced by a hand that delivers documents.
 */
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, beijingDay, beijingDayStart, SECOND_MS } from '@/lib/clock';
import type { BoardDoc } from '@/lib/team/board/docs';
import { dayFileDocs } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { mergeShop } from '@/lib/team/merge';
import { teamVerdict } from '@/lib/team/verdict';
import { LiveTab } from '@/components/team/board/LiveTab';
import { useLocale } from '../../popup/i18n';
import { boardFile, ev, NOW } from './helpers';

vi.mock('@/lib/team/merge', async (actual) => {
  const real = await actual<typeof import('@/lib/team/merge')>();
  return { ...real, mergeShop: vi.fn(real.mergeShop) };
});
vi.mock('@/lib/team/verdict', async (actual) => {
  const real = await actual<typeof import('@/lib/team/verdict')>();
  return { ...real, teamVerdict: vi.fn(real.teamVerdict) };
});

let deliver: (docs: BoardDoc[]) => void = () => undefined;
vi.mock('@/lib/team/board/follow', () => ({
  followBoard: (o: { onDocs(docs: BoardDoc[]): void }) => {
    deliver = (docs) => o.onDocs(docs);
    return () => undefined;
  },
}));

const merges = vi.mocked(mergeShop);
const verdicts = vi.mocked(teamVerdict);
const status = (now: number) =>
  statusDoc({ agent: 'a1', shop: 'mall1', agentId: 'A', agentName: '客服A', reports: [{ waiting: 1, overFirstThreshold: 1, longestWaitingSince: now - 200_000, pageRecognised: true, reportedAt: now }], heldToday: 0, now });
const docs = (now: number): BoardDoc[] => [...dayFileDocs('a1', boardFile('A')), status(now)];
const deps = {
  board: { enabled: true, url: 'http://127.0.0.1:5984', database: 'kg_mall1', user: 'owner', password: 'o' },
  rule: { preset: 'rate3min-3d' as const, threshold: 0.8 },
  window: { startHour: 0, endHour: 24 },
  expectedAgents: 1,
  loadPouch: () => Promise.resolve((() => undefined) as never),
};
const longest = () => screen.getByTestId('live-agent-a1').querySelectorAll('td')[3]!.textContent;

beforeEach(async () => {
  await useLocale('zh_CN');
  vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  merges.mockClear();
  verdicts.mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The fake clock moved on by `ms`, its intervals run, the renders flushed. */
async function tick(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function opened(): Promise<void> {
  render(<LiveTab {...deps} />);
  await act(async () => {
    await Promise.resolve();
    deliver(docs(NOW));
  });
  expect(screen.getByTestId('live-board')).toBeTruthy();
}

describe('the 实时 tab\'s clock', () => {
  it('an unchanged second redraws the longest wait and rebuilds nothing; a change from the feed rebuilds once', async () => {
    await opened();
    expect(merges).toHaveBeenCalledTimes(1);
    expect(longest()).toBe('3:20');
    await tick(5 * SECOND_MS);
    expect(longest()).toBe('3:25');
    expect(merges).toHaveBeenCalledTimes(1);
    expect(verdicts).toHaveBeenCalledTimes(1); // the signup verdict is not judged again either
    await act(async () => deliver([...docs(NOW), ...dayFileDocs('b1', boardFile('B', [ev('buyer', 1, 'c-B9', 'm-B9')]))]));
    expect(merges).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('live-board').getAttribute('data-agents')).toBe('2');
    await tick(3 * SECOND_MS);
    expect(merges).toHaveBeenCalledTimes(2);
  });

  it('the Beijing day turning rebuilds the figures (today is the new day) with no document changed', async () => {
    await opened();
    expect(merges).toHaveBeenCalledTimes(1);
    const today = beijingDay(NOW);
    const untilMidnight = beijingDayStart(addDays(today, 1)) - NOW;
    await tick(5 * SECOND_MS);
    vi.setSystemTime(NOW + untilMidnight - 2 * SECOND_MS); // the page left open until just before midnight
    await tick(SECOND_MS);
    expect(merges).toHaveBeenCalledTimes(1);
    await tick(3 * SECOND_MS);
    expect(merges).toHaveBeenCalledTimes(2);
    expect(verdicts.mock.calls.at(-1)![3]).toBe(addDays(today, 1)); // the verdict judged for the new day
  });
});
