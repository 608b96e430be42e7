/**
 * The Team page remembers the day files imported (issue 23 item 6): the owner
 * imports each day's files once and finds them again, with the shop's
 * figures, next time. Kept in extension storage (storage.local, 10 MB for
 * everything the extension keeps there), bounded by count and size: beyond
 * them the earliest imported are not kept, and the page says how many. The
 * files hold hashed ids, times and counts only, never message text
 * (lib/team/day-file.ts); each is checked again when it is read back.
 */
import type { BeijingDay } from '../clock';
import type { ShopReport } from './merge';

export const SAVED_FILES_KEY = 'teamSavedFiles';
export const MAX_SAVED_FILES = 60;
/** Characters of file text kept in all (the files are ASCII JSON: bytes). */
export const MAX_SAVED_CHARS = 6 * 1024 * 1024;

export interface SavedFile {
  name: string;
  text: string;
  /** Epoch ms of the import. */
  savedAt: number;
}

/** The parts of storage.local the Team page uses. */
export interface SavedFilesArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const isSaved = (f: unknown): f is SavedFile =>
  typeof f === 'object' && f !== null && typeof (f as SavedFile).name === 'string' && typeof (f as SavedFile).text === 'string' && Number.isFinite((f as SavedFile).savedAt);

/** The newest files within the bounds, in their order, and how many older ones did not fit. */
export function boundSaved(files: readonly SavedFile[]): { kept: SavedFile[]; dropped: number } {
  const kept: SavedFile[] = [];
  let chars = 0;
  for (let i = files.length - 1; i >= 0 && kept.length < MAX_SAVED_FILES; i -= 1) {
    const f = files[i]!;
    if (chars + f.text.length > MAX_SAVED_CHARS) break;
    chars += f.text.length;
    kept.unshift(f);
  }
  return { kept, dropped: files.length - kept.length };
}

/** The files remembered (anything malformed left out). */
export async function readSaved(area: SavedFilesArea): Promise<SavedFile[]> {
  const raw = (await area.get(SAVED_FILES_KEY))[SAVED_FILES_KEY];
  return Array.isArray(raw) ? raw.filter(isSaved) : [];
}

/** Stores `files` within the bounds; how many did not fit. */
export async function writeSaved(area: SavedFilesArea, files: readonly SavedFile[]): Promise<number> {
  const { kept, dropped } = boundSaved(files);
  if (kept.length === 0) await area.remove(SAVED_FILES_KEY);
  else await area.set({ [SAVED_FILES_KEY]: kept });
  return dropped;
}

/** Per day before `today`, newest first, the agents (by name) whose file is missing. */
export function missingFiles(report: ShopReport, today: BeijingDay): Array<{ day: BeijingDay; agents: string[] }> {
  const nameOf = (id: string) => report.agents.find((a) => a.id === id)?.name ?? id;
  return report.shopDays
    .filter((d) => d.day < today && d.missingAgents.length > 0)
    .map((d) => ({ day: d.day, agents: d.missingAgents.map(nameOf) }))
    .reverse();
}
