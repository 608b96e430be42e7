/**
 * Importing team day files on the Team page: each file is read and checked
 * on its own. A bad file is reported with its name and changes nothing; a
 * file already imported is noted and not added again. Pure.
 */
import { parseTeamDayFile } from './day-file';
import type { DayFileIssue, TeamDayFile } from './day-file';
import { dayOutsideWindow } from './day-window';
import { fileFingerprint } from './merge';

export interface ImportedFile {
  name: string;
  file: TeamDayFile;
}

export interface RejectedFile {
  name: string;
  issues: DayFileIssue[];
}

export interface ImportResult {
  /** The imported files after this import (the old list when nothing was added). */
  files: ImportedFile[];
  added: string[];
  rejected: RejectedFile[];
  /** Names of files identical to one already imported. */
  duplicates: string[];
}

/**
 * Adds the valid, new files of `incoming` to `current`; with `today`, a file
 * naming a day outside the import window (lib/team/day-window.ts) is refused.
 * `onChecked` hears each file as it is done (the Team page's progress bar).
 */
export function importDayFiles(
  current: readonly ImportedFile[],
  incoming: ReadonlyArray<{ name: string; text: string }>,
  today?: string,
  onChecked?: (done: number, total: number) => void,
): ImportResult {
  const known = new Set(current.map((f) => fileFingerprint(f.file)));
  const files = [...current];
  const result: ImportResult = { files, added: [], rejected: [], duplicates: [] };
  incoming.forEach(({ name, text }, i) => {
    addOne(result, known, name, text, today);
    onChecked?.(i + 1, incoming.length);
  });
  return result;
}

/** Checks one file and adds it unless refused or already there. */
function addOne(result: ImportResult, known: Set<string>, name: string, text: string, today: string | undefined): void {
  const parsed = parseTeamDayFile(text);
  const outside = parsed.ok && today ? dayOutsideWindow(parsed.file, today) : null;
  if (!parsed.ok || outside) {
    result.rejected.push({ name, issues: parsed.ok ? [outside!] : parsed.issues });
    return;
  }
  const fingerprint = fileFingerprint(parsed.file);
  if (known.has(fingerprint)) {
    result.duplicates.push(name);
    return;
  }
  known.add(fingerprint);
  result.files.push({ name, file: parsed.file });
  result.added.push(name);
}
