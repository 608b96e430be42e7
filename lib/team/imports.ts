/**
 * Importing team day files on the Team page: each file is read and checked
 * on its own. A bad file is reported with its name and changes nothing; a
 * file already imported is noted and not added again. Pure.
 */
import { parseTeamDayFile } from './day-file';
import type { DayFileIssue, TeamDayFile } from './day-file';
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

/** Adds the valid, new files of `incoming` to `current`. */
export function importDayFiles(current: readonly ImportedFile[], incoming: ReadonlyArray<{ name: string; text: string }>): ImportResult {
  const known = new Set(current.map((f) => fileFingerprint(f.file)));
  const files = [...current];
  const result: ImportResult = { files, added: [], rejected: [], duplicates: [] };
  for (const { name, text } of incoming) {
    const parsed = parseTeamDayFile(text);
    if (!parsed.ok) {
      result.rejected.push({ name, issues: parsed.issues });
      continue;
    }
    const fingerprint = fileFingerprint(parsed.file);
    if (known.has(fingerprint)) {
      result.duplicates.push(name);
      continue;
    }
    known.add(fingerprint);
    files.push({ name, file: parsed.file });
    result.added.push(name);
  }
  return result;
}
