/**
 * The Team page in real Chromium with the built extension (issue 23 items 5
 * and 6): an agent's file made by the extension with the shop's key merges
 * quietly; a file hashed with another key and one made without a key are
 * named by agent and file in Chinese (their transferred chats would not
 * de-duplicate). The page remembers the files: reopened, they are merged
 * again; it says whose file is missing for which day; one file is deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingDay, MINUTE_MS } from '../../lib/clock';
import { hashIdSync, shopSalt } from '../../lib/id-hash';
import type { Request } from '../../lib/messages';
import { parseTeamDayFile, teamDayFileText, TEAM_DAY_FILE_VERSION } from '../../lib/team/day-file';
import type { TeamDayFile } from '../../lib/team/day-file';
import { fileKeys, keyFingerprint } from '../../lib/team/key-fingerprint';
import { launchHarness, type Harness } from './harness';
import { awayFromMidnight, dayEvents, sendAll } from './pages/popup-page';

const SHOTS = path.resolve('.output/shots');
const MALL = { mallId: '665544', mallName: '密钥测试店', username: '客服A' };
const A = { key: `${MALL.mallId}:客服A`, mallName: MALL.mallName, agentName: '客服A' };
let harness: Harness;

beforeAll(async () => {
  await awayFromMidnight(2 * MINUTE_MS);
  harness = await launchHarness({ sim: { scenario: 'empty', account: MALL } });
});
afterAll(async () => harness?.close());

/** Another agent's file as another browser makes it: the same buyers' ids hashed with `secret` ('' = no key). */
function otherAgent(agent: string, days: string[], secret: string, base: TeamDayFile): { name: string; body: string } {
  const h = (id: string) => hashIdSync(shopSalt(MALL.mallId, secret), id);
  const events = days.flatMap((day) => dayEvents({ day, buyers: 20, repliedWithinHour: 20, coverage: 1 }).map((e) => [e.kind, h(e.conversationId), h(e.buyerId), h(`${e.messageId}-${agent}`), e.at] as TeamDayFile['events'][number]));
  const file: TeamDayFile = {
    ...base,
    agent: { id: agent, name: agent },
    days: { from: days[0]!, to: days.at(-1)! },
    coverage: days.map((day) => ({ day, minutes: 900, spans: [[480, 1380]] })),
    guard: [],
    events: events.sort((x, y) => x[4] - y[4]),
    keys: fileKeys(MALL.mallId, days[0]!, days.at(-1)!, () => secret),
  };
  delete file.incomplete;
  return { name: `kefu-guard-team-day-${MALL.mallId}-${agent}-${days[0]}-${days.at(-1)}.json`, body: teamDayFileText(file) };
}

const upload = (files: Array<{ name: string; body: string }>) => files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.body) }));

describe('Team page: keys and remembered files', () => {
  it('names the files made without the team key or with another, remembers the files, says whose file is missing', async () => {
    const today = beijingDay(Date.now());
    const [d2, d1] = [addDays(today, -2), addDays(today, -1)];
    const page = await harness.openExtensionPage('options.html');
    // The worker generated this browser's shop secret at install (issue 22 item 7): the team's key here.
    await expect.poll(async () => ((await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { team?: { shopSecret?: string } }>> } } } }).chrome.storage.local.get('settings'))).settings?.team?.shopSecret ?? ''), { timeout: 20_000 }).toMatch(/^[0-9a-f]{32}$/);
    const secret = (await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { team: { shopSecret: string } }>> } } } }).chrome.storage.local.get('settings'))).settings!.team.shopSecret;
    // Agent A works in this browser on the two days before today; its file comes from the extension's own export.
    const requests: Request[] = [d2, d1].map((day) => ({ type: 'chat/events', account: A, events: dayEvents({ day, buyers: 20, repliedWithinHour: 18, coverage: 1 }) }));
    await sendAll(page, requests);
    const [reply] = (await sendAll(page, [{ type: 'team/export', account: A.key, days: 3 }])) as Array<{ filename: string; body: string }>;
    await page.close();
    const parsed = parseTeamDayFile(reply!.body);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.file.version).toBe(TEAM_DAY_FILE_VERSION);
    expect(parsed.file.keys).toEqual([{ from: addDays(today, -2), key: keyFingerprint(MALL.mallId, secret) }]);
    expect(reply!.body).not.toContain(secret);

    const files = [
      { name: reply!.filename, body: reply!.body },
      otherAgent('客服B', [d2, d1], 'b-own-key-0000', parsed.file), // another key
      otherAgent('客服C', [d2], '', parsed.file), // no key; and no file of C for yesterday
    ];
    const team = await harness.openExtensionPage('team.html');
    await team.setViewportSize({ width: 1280, height: 1100 });
    await team.locator('[data-testid="team-file-input"]').setInputFiles(upload(files));
    await team.locator('[data-testid="team-page"][data-files="3"]').waitFor();
    const conflicts = team.locator('[data-testid="team-conflict"]');
    await expect.poll(() => conflicts.count()).toBe(2);
    const [differs, missing] = [conflicts.filter({ hasText: '客服B' }), conflicts.filter({ hasText: '客服C' })];
    expect(await differs.getAttribute('data-kind')).toBe('key-differs');
    expect(await differs.innerText()).toContain(`客服“客服B”的文件“${files[1]!.name}”有 2 天（从 ${d2} 起）用的是另一个密钥`);
    expect(await differs.innerText()).toContain('转接的会话不能去重');
    expect(await missing.getAttribute('data-kind')).toBe('key-missing');
    expect(await missing.innerText()).toContain(`客服“客服C”的文件“${files[2]!.name}”有 1 天（从 ${d2} 起）没有用团队密钥生成`);
    // Remembered: listed, and C's missing file of yesterday named.
    await expect.poll(() => team.locator('[data-testid="team-saved-file"]').count()).toBe(3);
    expect(await team.locator(`[data-testid="team-missing-files"] li[data-day="${d1}"]`).innerText()).toContain('客服C');
    fs.mkdirSync(SHOTS, { recursive: true });
    await team.screenshot({ path: path.join(SHOTS, 'team-keys.png'), fullPage: true });

    // Reopened: the three files are back, merged, with the same findings.
    await team.reload();
    await team.locator('[data-testid="team-page"][data-files="3"]').waitFor();
    await expect.poll(() => conflicts.count()).toBe(2);
    expect(await team.locator('[data-testid="team-notes"]').innerText()).toContain('已载入上次导入的 3 个文件');
    // C's file deleted: C is no agent of the report any more, nothing is missing, nothing to say about keys but B's.
    await team.locator('[data-testid="team-saved-file"]', { hasText: '客服C' }).locator('[data-testid="team-saved-remove"]').click();
    await team.locator('[data-testid="team-page"][data-files="2"]').waitFor();
    await expect.poll(() => team.locator('[data-testid="team-saved-file"]').count()).toBe(2);
    await team.locator('[data-testid="team-missing-files-none"]').waitFor();
    await expect.poll(() => conflicts.count()).toBe(1);
    await team.reload();
    await team.locator('[data-testid="team-page"][data-files="2"]').waitFor();
    await team.screenshot({ path: path.join(SHOTS, 'team-keys-after-delete.png'), fullPage: true });
    await team.close();
  }, 120_000);
});
