/**
 * A file made without the team key or with another key is named by agent and
 * file (issue 23 item 5): its ids never match the other agents', so a chat
 * transferred between them would count as two buyers.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { teamDayFileText } from '@/lib/team/day-file';
import type { FileEvent, TeamDayFile } from '@/lib/team/day-file';
import { fileKeys, keyFingerprint, keyOn } from '@/lib/team/key-fingerprint';
import { TeamSession } from '@/lib/team/session';
import type { TeamImportOptions } from '@/lib/team/session';
import { bj, TODAY, WINDOW } from '../store/helpers';

const TEAM = 'a1'.repeat(16);
const OTHER = 'b2'.repeat(16);
const Y = addDays(TODAY, -1);
const D2 = addDays(TODAY, -2);
const OPTIONS: TeamImportOptions = { today: TODAY, now: bj(TODAY, '12:00'), window: WINDOW, expectedAgents: 0, teamSecret: TEAM };

/** One agent's file: the transferred buyer u1's message, hashed with `secretOf` of its day, on D2 and Y. */
function file(agent: string, secretOf: ((day: string) => string) | null): TeamDayFile {
  const h = (day: string, id: string) => hashIdSync(shopSalt('mall1', secretOf?.(day) ?? TEAM), id);
  const events: FileEvent[] = [D2, Y].map((day) => ['buyer', h(day, `c1-${day}`), h(day, 'u1'), h(day, `m-${agent}-${day}`), bj(day, '09:00')]);
  return {
    format: 'kefu-guard-team-day',
    version: secretOf ? 2 : 1,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1', name: '店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: D2, to: TODAY },
    countedWindow: WINDOW,
    coverage: [],
    guard: [],
    events,
    ...(secretOf ? { keys: fileKeys('mall1', D2, TODAY, secretOf) } : {}),
  };
}

const run = (files: Array<[string, TeamDayFile]>, options = OPTIONS) =>
  new TeamSession().import(files.map(([name, f]) => ({ name, text: async () => teamDayFileText(f) })), options);
const keyConflicts = async (files: Array<[string, TeamDayFile]>, options = OPTIONS) => (await run(files, options)).conflicts.filter((c) => c.kind.startsWith('key-'));

describe('key fingerprints', () => {
  it('are short, stable, per shop and per secret, and give no secret away; no secret is null', () => {
    const fp = keyFingerprint('mall1', TEAM)!;
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    expect(keyFingerprint('mall1', ` ${TEAM} `)).toBe(fp); // trimmed, as the salt is
    expect(new Set([fp, keyFingerprint('mall2', TEAM), keyFingerprint('mall1', OTHER)]).size).toBe(3);
    expect(TEAM).not.toContain(fp);
    expect(keyFingerprint('mall1', '')).toBeNull();
    expect(keyFingerprint('mall1', '  ')).toBeNull();
  });

  it('a file\'s schedule has one entry where the key changes', () => {
    const keys = fileKeys('mall1', D2, TODAY, (day) => (day < TODAY ? '' : TEAM));
    expect(keys).toEqual([{ from: D2, key: null }, { from: TODAY, key: keyFingerprint('mall1', TEAM) }]);
    expect([keyOn(keys, addDays(D2, -3)), keyOn(keys, Y), keyOn(keys, TODAY), keyOn(undefined, Y)]).toEqual([null, null, keyOn(keys, TODAY), undefined]);
  });
});

describe('files hashed without the team key or with another one are named', () => {
  it('all agents on the team key: nothing to say, and the transferred buyer counts once', async () => {
    const outcome = await run([['a.json', file('A', () => TEAM)], ['b.json', file('B', () => TEAM)]]);
    expect(outcome.conflicts.filter((c) => c.kind.startsWith('key-'))).toEqual([]);
    expect(outcome.reports[0]!.shopDays.find((d) => d.day === Y)!.metrics.buyers).toBe(1);
  });

  it('a file made without a key, and one with another key, are named with the agent, the days and the first day', async () => {
    const files: Array<[string, TeamDayFile]> = [
      ['a.json', file('A', () => TEAM)],
      ['b.json', file('B', () => '')],
      ['c.json', file('C', (day) => (day >= Y ? TEAM : OTHER))], // joined the team key yesterday
    ];
    expect(await keyConflicts(files)).toEqual([
      { kind: 'key-missing', shopId: 'mall1', files: ['b.json'], agent: '客服B', count: 2, day: D2 },
      { kind: 'key-differs', shopId: 'mall1', files: ['c.json'], agent: '客服C', count: 1, day: D2 },
    ]);
    // What it means: the same buyer counts once per key on those days.
    const outcome = await run(files);
    expect(outcome.reports[0]!.shopDays.find((d) => d.day === D2)!.metrics.buyers).toBe(3);
  });

  it('the owner\'s own key is the team\'s even when fewer agents use it; without a match, most agents\' key is', async () => {
    const files: Array<[string, TeamDayFile]> = [['a.json', file('A', () => TEAM)], ['b.json', file('B', () => OTHER)], ['c.json', file('C', () => OTHER)]];
    expect((await keyConflicts(files)).map((c) => [c.kind, c.files[0]])).toEqual([['key-differs', 'b.json'], ['key-differs', 'c.json']]);
    expect((await keyConflicts(files, { ...OPTIONS, teamSecret: 'f'.repeat(32) })).map((c) => c.files[0])).toEqual(['a.json']);
    expect((await keyConflicts(files, { ...OPTIONS, teamSecret: '' })).map((c) => c.files[0])).toEqual(['a.json']);
  });

  it('a version-1 file (no fingerprints) is read and merged but cannot be checked, so it is not named', async () => {
    const outcome = await run([['old.json', file('A', null)], ['b.json', file('B', () => TEAM)]]);
    expect(outcome.fileCount).toBe(2);
    expect(outcome.conflicts.filter((c) => c.kind.startsWith('key-'))).toEqual([]);
  });
});
