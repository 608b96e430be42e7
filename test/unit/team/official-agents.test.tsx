import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agents } from '@/components/team/Agents';
import { addDays } from '@/lib/clock';
import type { ChatEvent } from '@/lib/events';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { officialOfAgent, unmatchedOfficial, type OfficialAgentDay } from '@/lib/official-agents';
import type { FileEvent, TeamDayFile } from '@/lib/team/day-file';
import { mergeShop } from '@/lib/team/merge';
import { useLocale } from '../popup/i18n';
import { bj, TODAY, WINDOW } from '../store/helpers';

const Y = addDays(TODAY, -1);
const h = (id: string) => hashIdSync(shopSalt('mall1'), id);

function file(agent: string, name: string): TeamDayFile {
  const evs: FileEvent[] = Array.from({ length: 4 }, (_, i): FileEvent[] => {
    const conv = `${agent}-${i}`;
    const at = bj(Y, '10:00') + i * 60_000;
    return [
      ['buyer' as ChatEvent['kind'], h(conv), h(`u-${conv}`), h(`${conv}-m`), at],
      ['human' as ChatEvent['kind'], h(conv), h(`u-${conv}`), h(`${conv}-r`), at + 30_000],
    ];
  }).flat();
  return {
    format: 'kefu-guard-team-day',
    version: 1,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1' },
    agent: { id: agent, name },
    days: { from: Y, to: Y },
    countedWindow: WINDOW,
    coverage: [{ day: Y, minutes: 900, spans: [[480, 1380]] }],
    guard: [],
    events: evs,
  };
}

const row = (over: Partial<OfficialAgentDay> = {}): OfficialAgentDay => ({ consultUsers: 41, rate3min: 0.878, rate30s: 0.7317, serviceScore: 4.71, via: 'response', readAt: bj(TODAY, '09:00'), ...over });

describe('officialOfAgent: which 客服绩效 row is which agent of the files', () => {
  it.each([
    ['the same name', { 小美: row() }, '小美', true],
    ['the name after the shop prefix', { '测试店:小美': row() }, '小美', true],
    ['a full-width colon on the file side', { 小美: row() }, '测试店：小美', true],
    ['another name', { 小王: row() }, '小美', false],
    ['two rows whose own part is the same: neither', { 'A店:小美': row(), 'B店:小美': row() }, '小美', false],
    ['no name in the file', { 小美: row() }, undefined, false],
  ])('%s', (_, rows, name, found) => {
    expect(officialOfAgent(rows, name) !== null).toBe(found);
  });

  it('lists the platform rows no agent of the files matched', () => {
    expect(unmatchedOfficial({ 小美: row(), 主账号: row(), 小王: row() }, ['小美', undefined])).toEqual(['主账号', '小王']);
  });
});

describe('Team page: 平台 beside 插件估算 per agent', () => {
  beforeEach(() => useLocale('zh_CN'));
  afterEach(cleanup);
  const report = mergeShop([file('A', '小美'), file('B', '小王')], { window: WINDOW });

  it('puts the agent\'s 客服绩效 row, labelled 平台, under the estimate labelled 插件估算; durations as 分/秒', () => {
    render(<Agents report={report} day={Y} setDay={() => {}} official={{ [Y]: { 小美: row({ avgResponseSec: 72 }), 主账号: row() } }} />);
    const estimate = screen.getByTestId('team-agent-A');
    expect(estimate.textContent).toContain('插件估算');
    const official = screen.getByTestId('team-agent-official-A');
    expect(official.textContent).toContain('平台');
    expect(official.textContent).toContain('87.8%');
    expect(official.textContent).toContain('73.2%');
    expect(official.textContent).toContain('1分12秒');
    expect(official.textContent).toContain('客服服务分 4.71');
    expect(official.previousElementSibling).toBe(estimate);
    expect(official.textContent).not.toContain('截至'); // read after the day ended: the finished day
    // No platform row for 小王: no 平台 row, no tag on the estimate.
    expect(screen.queryByTestId('team-agent-official-B')).toBeNull();
    expect(screen.getByTestId('team-agent-B').textContent).not.toContain('插件估算');
    expect(screen.getByTestId('team-agents-official-unmatched').textContent).toContain('主账号');
  });

  it('says "截至 HH:mm" (Beijing time) when the live overview was read on the day itself', () => {
    render(<Agents report={report} day={Y} setDay={() => {}} official={{ [Y]: { 小美: row({ readAt: bj(Y, '15:42') }) } }} />);
    expect(screen.getByTestId('team-agent-official-A').textContent).toContain('截至 15:42');
  });

  it('shows no 平台 row for another day, and none without platform figures', () => {
    render(<Agents report={report} day={Y} setDay={() => {}} official={{ [addDays(Y, -1)]: { 小美: row() } }} />);
    expect(screen.queryByTestId('team-agent-official-A')).toBeNull();
    expect(screen.queryByTestId('team-agents-official-note')).toBeNull();
  });
});
