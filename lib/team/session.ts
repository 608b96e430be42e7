/**
 * The Team page's import, apart from the page: the imported files, each new
 * batch checked and added, the reports merged again and the conflicts found,
 * with progress as it goes. Runs in a Web Worker (entrypoints/team/
 * merge.worker.ts) so a 40 MB import never freezes the page; the same class
 * runs in-thread where there is no Worker (unit tests). Pure.
 */
import type { BeijingDay, CountedWindow } from '../clock';
import { findConflicts } from './conflicts';
import type { TeamConflict } from './conflicts';
import { importDayFiles } from './imports';
import type { ImportedFile, RejectedFile } from './imports';
import { mergeTeamFiles } from './merge';
import type { ShopReport } from './merge';

export type ImportPhase = 'read' | 'check' | 'merge';

export interface ImportProgress {
  phase: ImportPhase;
  /** Share done of the whole import, 0–1. */
  share: number;
}

export interface TeamImportOptions {
  today: BeijingDay;
  /** Epoch ms of the page's now (an export after it is a conflict). */
  now: number;
  window: CountedWindow;
  expectedAgents: number;
  /** The Team page's own shop secret, the team's key: a file hashed with another is named (lib/team/key-conflicts.ts). */
  teamSecret?: string;
}

export interface TeamImportOutcome {
  /** Files imported after this import. */
  fileCount: number;
  added: string[];
  rejected: RejectedFile[];
  duplicates: string[];
  conflicts: TeamConflict[];
  reports: ShopReport[];
  /** What the import cost where it ran (the bench's kg:team-parse and kg:team-merge). */
  parseMs: number;
  mergeMs: number;
}

/** Shares of the progress bar: reading and checking the files, then the merge. */
const READ_SHARE = 0.2;
const CHECK_SHARE = 0.3;

export class TeamSession {
  private files: ImportedFile[] = [];
  private reports: ShopReport[] = [];
  private conflicts: TeamConflict[] = [];

  /** Reads, checks and adds the files; merges again when any was added. */
  async import(incoming: ReadonlyArray<{ name: string; text(): Promise<string> }>, options: TeamImportOptions, progress: (p: ImportProgress) => void = () => undefined): Promise<TeamImportOutcome> {
    const texts: Array<{ name: string; text: string }> = [];
    for (const [i, f] of incoming.entries()) {
      texts.push({ name: f.name, text: await f.text().catch(() => '') });
      progress({ phase: 'read', share: (READ_SHARE * (i + 1)) / incoming.length });
    }
    const parseStart = performance.now();
    const result = importDayFiles(this.files, texts, options.today, (done, total) => progress({ phase: 'check', share: READ_SHARE + (CHECK_SHARE * done) / total }));
    const parseMs = performance.now() - parseStart;
    let mergeMs = 0;
    if (result.added.length > 0) {
      this.files = result.files;
      progress({ phase: 'merge', share: READ_SHARE + CHECK_SHARE });
      const mergeStart = performance.now();
      this.reports = mergeTeamFiles(
        this.files.map((f) => f.file),
        { ...options, onProgress: (share) => progress({ phase: 'merge', share: READ_SHARE + CHECK_SHARE + (1 - READ_SHARE - CHECK_SHARE) * share }) },
      );
      mergeMs = performance.now() - mergeStart;
      this.conflicts = findConflicts(this.files, this.reports, options.now, options.teamSecret);
    }
    const { added, rejected, duplicates } = result;
    return { fileCount: this.files.length, added, rejected, duplicates, conflicts: this.conflicts, reports: this.reports, parseMs, mergeMs };
  }

  clear(): void {
    this.files = [];
    this.reports = [];
    this.conflicts = [];
  }
}
