import { describe, expect, it } from 'vitest';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { teamDayFileText } from '@/lib/team/day-file';
import type { TeamDayFile } from '@/lib/team/day-file';
import { importDayFiles } from '@/lib/team/imports';
import { bj, TODAY, WINDOW } from '../store/helpers';

const h = (id: string) => hashIdSync(shopSalt('mall1'), id);
const good = (agent: string): TeamDayFile => ({
  format: 'kefu-guard-team-day',
  version: 1,
  exportedAt: bj(TODAY, '09:00'),
  shop: { id: 'mall1' },
  agent: { id: agent },
  days: { from: TODAY, to: TODAY },
  countedWindow: WINDOW,
  coverage: [],
  guard: [],
  events: [['buyer', h('c1'), h('u1'), h(`m-${agent}`), bj(TODAY, '08:30')]],
});

describe('importDayFiles', () => {
  it('adds valid files, names each bad one with its reason, skips a file already imported, and never changes the old list', () => {
    const first = importDayFiles([], [{ name: 'a.json', text: teamDayFileText(good('A')) }]);
    expect(first.added).toEqual(['a.json']);
    const before = [...first.files];
    const second = importDayFiles(first.files, [
      { name: 'a-again.json', text: teamDayFileText(good('A')) },
      { name: 'broken.json', text: '{"format":"kefu-guard-team-day"' },
      { name: 'b.json', text: teamDayFileText(good('B')) },
      { name: 'settings.json', text: JSON.stringify({ format: 'kefu-guard-settings', version: 1 }) },
    ]);
    expect(second.added).toEqual(['b.json']);
    expect(second.duplicates).toEqual(['a-again.json']);
    expect(second.rejected.map((r) => r.name)).toEqual(['broken.json', 'settings.json']);
    expect(second.rejected[0]!.issues[0]!.message).toMatch(/^不是有效的 JSON 文件/);
    expect(second.rejected[1]!.issues[0]!.message).toMatch(/^这不是团队日报文件/);
    expect(second.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
    expect(first.files).toEqual(before);
  });
});
