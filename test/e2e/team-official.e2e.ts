/**
 * Issue 23 item 5 in real Chromium: the owner opens the simulated 客服绩效 page
 * (its own GET /chats/csReport/overview, one row per agent account); the Team
 * page then shows each agent's 平台 figures under the agent's 插件估算 row,
 * matched by the agent's name, with the live reading marked 截至 HH:mm.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDay, MINUTE_MS, SECOND_MS } from '../../lib/clock';
import type { ChatEvent } from '../../lib/events';
import type { OfficialFiguresRecord } from '../../lib/store/schema';
import { parseTeamDayFile } from '../../lib/team/day-file';
import { launchHarness, type Harness } from './harness';
import { pollUntil } from './pages/poll';
import { readStore } from './pages/store';
import { awayFromMidnight, sendAll } from './pages/popup-page';

const SHOTS = path.resolve('.output/shots');
const MALL = { mallId: '778811', mallName: '绩效测试店', username: '客服A' };
const B = { key: `${MALL.mallId}:客服B`, mallName: MALL.mallName, agentName: '客服B' };
const ROWS = [
  { csName: '客服B', consultUserCnt: 37, inquiryOrderTransformRate: 0.3, csSalesAmount: 1200, manuReplyRate3Min: 0.6667, replyRate30s: 0.5135, csServiceScore: 4.62 },
  { csName: '客服D', consultUserCnt: 12, inquiryOrderTransformRate: 0.2, csSalesAmount: 300, manuReplyRate3Min: 0.9, replyRate30s: 0.8, csServiceScore: 4.9 },
];
let harness: Harness;

beforeAll(async () => {
  await awayFromMidnight(3 * MINUTE_MS);
  harness = await launchHarness({ sim: { scenario: 'empty', account: MALL } });
  harness.sim.official.setAgents(ROWS);
});
afterAll(async () => harness?.close());

describe('Team page: 客服绩效 per agent', () => {
  it('shows 客服B\'s platform figures (平台) under B\'s estimate (插件估算); 客服D without a file is named', async () => {
    const today = beijingDay(Date.now());
    const helper = await harness.openExtensionPage('options.html');
    const now = Date.now();
    const events: ChatEvent[] = [0, 1, 2].flatMap((i) => [
      { kind: 'buyer' as const, conversationId: `b-${i}`, buyerId: `u-${i}`, messageId: `m-${i}`, at: now - (10 - i) * MINUTE_MS },
      { kind: 'human' as const, conversationId: `b-${i}`, buyerId: `u-${i}`, messageId: `r-${i}`, at: now - (10 - i) * MINUTE_MS + 40 * SECOND_MS },
    ]);
    await sendAll(helper, [{ type: 'chat/events', account: B, events }]);

    // The owner opens 客服绩效: the page's own call is read, the shop fixed by the page's user info.
    const data = await harness.context.newPage();
    await data.goto(harness.sim.urls.csReport);
    const records = () => readStore<OfficialFiguresRecord>(helper, 'officialFigures');
    await pollUntil('客服B on 客服绩效', records, (all) => all.some((r) => r.shop === MALL.mallId && r.agent === '客服B' && r.from === today), 15_000);
    await data.close();

    const [reply] = (await sendAll(helper, [{ type: 'team/export', account: B.key }])) as Array<{ filename: string; body: string }>;
    await helper.close();
    const page = await harness.openExtensionPage('team.html');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.locator('[data-testid="team-file-input"]').setInputFiles([{ name: reply!.filename, mimeType: 'application/json', buffer: Buffer.from(reply!.body) }]);
    await page.locator('[data-testid="team-agents"]').waitFor();
    await page.locator('[data-testid="team-day"]').selectOption(today);

    const official = page.locator('[data-testid^="team-agent-official-"]');
    await official.waitFor();
    const text = await official.innerText();
    expect(text).toContain('平台');
    expect(text).toMatch(/截至 \d\d:\d\d/);
    expect(text).toContain('66.7%');
    expect(text).toContain('51.4%');
    expect(text).toContain('37');
    expect(text).toContain('客服服务分 4.62');
    const estimate = page.locator('[data-testid^="team-agent-"]').filter({ hasText: '客服B' }).first();
    expect(await estimate.innerText()).toContain('插件估算');
    expect(await page.locator('[data-testid="team-agents-official-unmatched"]').innerText()).toContain('客服D');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.locator('[data-testid="team-agents"]').screenshot({ path: path.join(SHOTS, 'team-agents-official.png') });
    await page.close();
  }, 90_000);

  it('the popup\'s 导出今日团队日报 downloads today\'s team day file in one click (issue 23 item 6)', async () => {
    const today = beijingDay(Date.now());
    const popup = await harness.openExtensionPage('popup.html');
    const button = popup.getByTestId('export-team-today');
    await button.waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`kefu-guard-team-day-${MALL.mallId}-客服B-${today}-${today}.json`);
    const parsed = parseTeamDayFile(fs.readFileSync((await download.path())!, 'utf8'));
    expect(parsed.ok && parsed.file.days).toEqual({ from: today, to: today });
    expect(await popup.getByTestId('export-team-today-status').innerText()).toContain(download.suggestedFilename());
    expect(await popup.getByTestId('export-json').innerText()).toBe('导出统计 JSON');
    await popup.close();
  }, 60_000);
});
