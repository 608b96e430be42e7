/**
 * The Team page remembers imported day files (issue 23 item 6): bounded,
 * deletable, in extension storage, merged again when the page opens; and it
 * says which agent's file is missing for which day.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/clock';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import { TeamApp } from '@/components/team/TeamApp';
import { teamDayFileText } from '@/lib/team/day-file';
import type { TeamDayFile } from '@/lib/team/day-file';
import { fileKeys } from '@/lib/team/key-fingerprint';
import { boundSaved, MAX_SAVED_CHARS, MAX_SAVED_FILES, readSaved, SAVED_FILES_KEY } from '@/lib/team/saved-files';
import type { SavedFile, SavedFilesArea } from '@/lib/team/saved-files';
import { signupRuleOf } from '@/lib/signup-rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { bj, TODAY, WINDOW } from '../store/helpers';
import { useLocale } from '../popup/i18n';

beforeEach(() => useLocale('zh_CN'));
afterEach(() => cleanup());

const SECRET = 'c3'.repeat(16);
const D1 = addDays(TODAY, -2);
const D2 = addDays(TODAY, -1);

/** Agent `agent`'s file for `days`: one buyer a day. */
function dayFile(agent: string, days: string[]): { name: string; text: string } {
  const h = (id: string) => hashIdSync(shopSalt('mall1', SECRET), id);
  const file: TeamDayFile = {
    format: 'kefu-guard-team-day',
    version: 2,
    exportedAt: bj(TODAY, '09:00'),
    shop: { id: 'mall1', name: '店' },
    agent: { id: agent, name: `客服${agent}` },
    days: { from: days[0]!, to: days.at(-1)! },
    countedWindow: WINDOW,
    coverage: days.map((day) => ({ day, minutes: 900, spans: [[480, 1380]] as Array<[number, number]> })),
    guard: [],
    events: days.map((day) => ['buyer', h(`c-${agent}-${day}`), h(`u-${agent}-${day}`), h(`m-${agent}-${day}`), bj(day, '10:00')]),
    keys: fileKeys('mall1', days[0]!, days.at(-1)!, () => SECRET),
  };
  return { name: `${agent}-${days[0]}.json`, text: teamDayFileText(file) };
}

function memoryArea(): SavedFilesArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

const page = (area: SavedFilesArea) => (
  <TeamApp today={TODAY} rule={signupRuleOf(DEFAULT_SETTINGS.signup)} window={WINDOW} expectedAgents={0} teamSecret={SECRET} savedArea={area} download={() => undefined} />
);
const pick = (files: Array<{ name: string; text: string }>) =>
  fireEvent.change(screen.getByTestId('team-file-input'), { target: { files: files.map((f) => new File([f.text], f.name, { type: 'application/json' })) } });
const savedNames = () => screen.queryAllByTestId('team-saved-file').map((li) => li.querySelector('span')!.textContent);

describe('remembered day files', () => {
  it('keeps the newest within the bounds, and says how many older did not fit', () => {
    const file = (i: number, size = 10): SavedFile => ({ name: `f${i}`, text: 'x'.repeat(size), savedAt: i });
    const many = Array.from({ length: MAX_SAVED_FILES + 5 }, (_, i) => file(i));
    expect(boundSaved(many)).toMatchObject({ dropped: 5, kept: many.slice(5) });
    const big = [file(1, MAX_SAVED_CHARS / 2), file(2, MAX_SAVED_CHARS / 2), file(3, 10)];
    expect(boundSaved(big)).toEqual({ kept: big.slice(1), dropped: 1 });
  });

  it('reads back only well-formed entries', async () => {
    const area = memoryArea();
    area.data[SAVED_FILES_KEY] = [{ name: 'a.json', text: '{}', savedAt: 1 }, { name: 3 }, 'junk', null];
    expect(await readSaved(area)).toEqual([{ name: 'a.json', text: '{}', savedAt: 1 }]);
    area.data[SAVED_FILES_KEY] = { not: 'a list' };
    expect(await readSaved(area)).toEqual([]);
  });

  it('the page keeps what it imported, merges it again when opened, deletes one file or all, and names the missing files by agent and day', async () => {
    const area = memoryArea();
    const { unmount } = render(page(area));
    pick([dayFile('A', [D1, D2]), dayFile('B', [D1])]);
    await waitFor(() => expect(savedNames()).toEqual([`A-${D1}.json`, `B-${D1}.json`]));
    expect((area.data[SAVED_FILES_KEY] as SavedFile[]).map((f) => f.name)).toEqual([`A-${D1}.json`, `B-${D1}.json`]);
    // B sent no file for yesterday: said by name and day.
    expect(screen.getByTestId('team-missing-files').textContent).toContain('客服B');
    expect(screen.getByTestId('team-missing-files').querySelector('li')!.getAttribute('data-day')).toBe(D2);
    unmount();

    // Opened again: the files are back and merged, nothing imported by hand.
    render(page(area));
    await waitFor(() => expect(screen.getByTestId('team-page').getAttribute('data-files')).toBe('2'));
    expect(screen.getByTestId('team-notes').textContent).toContain('已载入上次导入的 2 个文件');
    expect(screen.getByTestId('team-report').getAttribute('data-agents')).toBe('2');

    // Deleting B's file: one agent left, nothing missing; the storage follows.
    fireEvent.click(screen.getAllByTestId('team-saved-remove')[1]!);
    await waitFor(() => expect(savedNames()).toEqual([`A-${D1}.json`]));
    await waitFor(() => expect(screen.getByTestId('team-report').getAttribute('data-agents')).toBe('1'));
    expect(screen.getByTestId('team-missing-files-none')).toBeTruthy();
    expect((area.data[SAVED_FILES_KEY] as SavedFile[]).map((f) => f.name)).toEqual([`A-${D1}.json`]);

    fireEvent.click(screen.getByTestId('team-clear'));
    await waitFor(() => expect(SAVED_FILES_KEY in area.data).toBe(false));
    expect(screen.queryByTestId('team-saved')).toBeNull();
  });

  it('a file already remembered is not kept twice', async () => {
    const area = memoryArea();
    render(page(area));
    pick([dayFile('A', [D1])]);
    await waitFor(() => expect(savedNames()).toHaveLength(1));
    pick([dayFile('A', [D1])]);
    await waitFor(() => expect(screen.getByTestId('team-notes').textContent).toContain('与已导入的文件相同'));
    expect(savedNames()).toHaveLength(1);
  });
});
