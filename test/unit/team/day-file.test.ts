import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { addChatEvents } from '@/lib/store/chat';
import { markObserved } from '@/lib/store/coverage';
import { addGuardEvent } from '@/lib/store/guard';
import type { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import { buildTeamDayFile, exportTeamDayFile } from '@/lib/store/team-export';
import { parseTeamDayFile, teamDayFileText, toChatEvent, toFileEvent, TEAM_DAY_FILE_FORMAT, TEAM_DAY_FILE_VERSION } from '@/lib/team/day-file';
import type { TeamDayFile } from '@/lib/team/day-file';
import { keyFingerprint } from '@/lib/team/key-fingerprint';
import { ACCOUNT, bj, chat, freshStore, fullDayHeartbeats, stored, TODAY, WINDOW } from '../store/helpers';

const Y = addDays(TODAY, -1);
const NOW = bj(TODAY, '12:00');
let store: StoreConnection;
let db: KefuDb;

beforeEach(async () => {
  ({ store } = freshStore());
  db = await store.db();
});
afterEach(async () => {
  await store.close();
});

async function seed(): Promise<void> {
  await addChatEvents(db, ACCOUNT, [chat('buyer', bj(Y, '10:00'), 'c1', 'm1', 'u1'), chat('human', bj(Y, '10:00:20'), 'c1', 'm2', 'u1'), chat('buyer', bj(TODAY, '09:00'), 'c2', 'm3', 'u2')], WINDOW, NOW);
  for (const at of fullDayHeartbeats(Y, 8, 20)) await markObserved(db, ACCOUNT, at, NOW);
  await addGuardEvent(db, ACCOUNT, { id: 'g1', at: bj(Y, '11:00'), category: 'contact', ruleId: 'contact-wechat', outcome: 'held' }, WINDOW, NOW);
  await addGuardEvent(db, ACCOUNT, { id: 'g2', at: bj(Y, '11:01'), category: 'url', ruleId: 'url-link', outcome: 'sent-anyway' }, WINDOW, NOW);
}

describe('team day file export', () => {
  it('carries shop, agent, day range, coverage minutes, guard counts and hashed events only', async () => {
    await seed();
    const file = await buildTeamDayFile(db, ACCOUNT, 7, NOW, WINDOW);
    expect(file).toMatchObject({
      format: TEAM_DAY_FILE_FORMAT,
      version: TEAM_DAY_FILE_VERSION,
      shop: { id: 'mall1', name: '测试店' },
      agent: { id: 'agent1', name: '小王' },
      days: { from: addDays(TODAY, -6), to: TODAY },
      countedWindow: WINDOW,
    });
    expect(file.coverage).toEqual([{ day: Y, minutes: 12 * 60, spans: [[8 * 60, 20 * 60]] }]);
    expect(file.guard).toEqual([{ day: Y, held: 1, warned: 0, sentAnyway: 1 }]);
    expect(file.events).toEqual([
      ['buyer', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00')],
      ['human', stored('c1'), stored('u1'), stored('m2'), bj(Y, '10:00:20')],
      ['buyer', stored('c2'), stored('u2'), stored('m3'), bj(TODAY, '09:00')],
    ]);
    const { body, filename } = await exportTeamDayFile(db, ACCOUNT, 7, NOW, WINDOW);
    expect(filename).toBe(`kefu-guard-team-day-mall1-agent1-${addDays(TODAY, -6)}-${TODAY}.json`);
    for (const raw of ['"c1"', '"u1"', '"m1"', 'contact-wechat']) expect(body).not.toContain(raw);
    const parsed = parseTeamDayFile(body);
    expect(parsed).toEqual({ ok: true, file });
  });

  it('names the key of each day by fingerprint, never the key; a file without keys (version 1) still reads (issue 23 item 5)', async () => {
    await seed();
    const secret = 'f0'.repeat(16);
    // The generated secret took effect yesterday; before, no secret (the shop id alone).
    const file = await buildTeamDayFile(db, ACCOUNT, 7, NOW, WINDOW, [], (day) => (day >= Y ? secret : ''));
    expect(file.keys).toEqual([
      { from: addDays(TODAY, -6), key: null },
      { from: Y, key: keyFingerprint('mall1', secret) },
    ]);
    expect(file.keys![1]!.key).toMatch(/^[0-9a-f]{8}$/);
    const { body } = await exportTeamDayFile(db, ACCOUNT, 7, NOW, WINDOW, [], () => secret);
    expect(body).not.toContain(secret);
    expect(parseTeamDayFile(body)).toMatchObject({ ok: true, file: { version: TEAM_DAY_FILE_VERSION, keys: [{ from: addDays(TODAY, -6), key: keyFingerprint('mall1', secret) }] } });
    const { keys: _keys, ...old } = file;
    expect(parseTeamDayFile(teamDayFileText({ ...old, version: 1 }))).toMatchObject({ ok: true, file: { version: 1 } });
    // A key field holding anything but a fingerprint (the secret itself) is refused.
    const leaked = parseTeamDayFile(teamDayFileText({ ...file, keys: [{ from: addDays(TODAY, -6), key: secret }] }));
    expect(leaked).toMatchObject({ ok: false, issues: [{ path: 'keys.0.key' }] });
  });

  it('a one-day file holds only that day', async () => {
    await seed();
    const file = await buildTeamDayFile(db, ACCOUNT, 1, NOW, WINDOW);
    expect(file.days).toEqual({ from: TODAY, to: TODAY });
    expect(file.events).toHaveLength(1);
    expect(file.coverage).toEqual([]);
  });
});

const valid = (): TeamDayFile => ({
  format: TEAM_DAY_FILE_FORMAT,
  version: 1,
  exportedAt: NOW,
  shop: { id: 'mall1' },
  agent: { id: 'agent1' },
  days: { from: Y, to: TODAY },
  countedWindow: WINDOW,
  coverage: [],
  guard: [],
  events: [['buyer', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00')]],
});

describe('team day file import: each problem has a clear message, nothing partial', () => {
  it.each<[string, string, RegExp]>([
    ['not JSON', '{oops', /不是有效的 JSON/],
    ['an array', '[]', /JSON 对象/],
    ['another format', JSON.stringify({ ...valid(), format: 'kefu-guard-settings' }), /不是团队日报文件/],
    ['a newer version', JSON.stringify({ ...valid(), version: 9 }), new RegExp(`比本插件支持的 ${TEAM_DAY_FILE_VERSION} 新`)],
    ['a raw id', JSON.stringify({ ...valid(), events: [['buyer', 'c1', stored('u1'), stored('m1'), bj(Y, '10:00')]] }), /不得是原始编号/],
    ['a buyer message marked inferred', JSON.stringify({ ...valid(), events: [['buyer', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00'), 1]] }), /只有人工回复可标为从页面推断/],
    ['an inferred mark other than 1', JSON.stringify({ ...valid(), events: [['human', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00'), true]] }), /只有人工回复可标为从页面推断/],
    ['a bad kind', JSON.stringify({ ...valid(), events: [['seller', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00')]] }), /buyer、human 或 robot/],
    ['a year-58887 time', JSON.stringify({ ...valid(), events: [['buyer', stored('c1'), stored('u1'), stored('m1'), bj(Y, '10:00') * 1000]] }), /时间超出范围/],
    ['message text smuggled in', JSON.stringify({ ...valid(), text: '加我微信' }), /text|Unrecognized|未知/i],
    ['days reversed', JSON.stringify({ ...valid(), days: { from: TODAY, to: Y } }), /结束日期早于开始日期/],
    ['an event outside the days', JSON.stringify({ ...valid(), events: [['buyer', stored('c1'), stored('u1'), stored('m1'), bj(addDays(Y, -5), '10:00')]] }), /不在文件的日期范围/],
    ['no shop', JSON.stringify({ ...valid(), shop: undefined }), /shop/],
  ])('%s', (_name, text, message) => {
    const result = parseTeamDayFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.message}`).join('\n')).toMatch(message);
  });

  it('a human reply inferred from the page keeps its mark through the file (version 3) and back', () => {
    const reply = ['human', stored('c1'), stored('u1'), stored('m2'), bj(Y, '10:01'), 1] as const;
    const file = { ...valid(), events: [...valid().events, [...reply]] } as TeamDayFile;
    const read = parseTeamDayFile(teamDayFileText(file));
    expect(read.ok && read.file.events.map(toChatEvent).map((e) => e.inferred ?? false)).toEqual([false, true]);
    expect(toFileEvent(toChatEvent([...reply]))).toEqual([...reply]);
  });

  it('a valid file with a BOM reads', () => {
    expect(parseTeamDayFile(`\uFEFF${teamDayFileText(valid())}`)).toEqual({ ok: true, file: valid() });
  });
});
