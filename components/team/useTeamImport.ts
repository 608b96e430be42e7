/**
 * The Team page's import state: files go to the importer (a Web Worker on the
 * page, lib/team/worker-link.ts), progress comes back while it reads, checks
 * and merges, then the reports, refusals, duplicates and conflicts. With a
 * storage area the files imported are remembered (lib/team/saved-files.ts,
 * issue 23 item 6): read back and merged again when the page opens, one
 * deletable at a time, all gone with 清空.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TeamConflict } from '@/lib/team/conflicts';
import type { RejectedFile } from '@/lib/team/imports';
import type { ShopReport } from '@/lib/team/merge';
import { boundSaved, readSaved, SAVED_FILES_KEY, writeSaved } from '@/lib/team/saved-files';
import type { SavedFile, SavedFilesArea } from '@/lib/team/saved-files';
import type { ImportProgress, TeamImportOptions, TeamImportOutcome } from '@/lib/team/session';
import { inThreadImporter } from '@/lib/team/worker-link';
import type { TeamImporter } from '@/lib/team/worker-link';

export interface TeamImportState {
  fileCount: number;
  reports: ShopReport[];
  rejected: RejectedFile[];
  notes: string[];
  conflicts: TeamConflict[];
  /** The import under way, null when idle. */
  progress: ImportProgress | null;
  /** The files remembered, oldest first (none without a storage area). */
  saved: SavedFile[];
  importList(list: FileList | File[]): Promise<void>;
  /** Forgets one remembered file and merges the others again. */
  remove(index: number): Promise<void>;
  clear(): void;
}

type Outcome = Pick<TeamImportOutcome, 'fileCount' | 'reports' | 'conflicts'>;
const EMPTY: Outcome = { fileCount: 0, reports: [], conflicts: [] };
type Incoming = { name: string; text: string };

/** The worker's own timings as the page's marks (the bench reads kg:team-parse and kg:team-merge). */
function mark(outcome: TeamImportOutcome): void {
  const end = performance.now();
  performance.measure('kg:team-parse', { end, duration: outcome.parseMs });
  if (outcome.added.length > 0) performance.measure('kg:team-merge', { end, duration: outcome.mergeMs });
}

/** What an import says: how many added (or brought back), and the duplicates. */
function notesOf(result: TeamImportOutcome, restoring: boolean): string[] {
  const key = restoring ? 'teamReport.page.restored' : 'teamReport.page.added';
  return [...(result.added.length > 0 ? [i18n.t(key, { n: result.added.length })] : []), ...result.duplicates.map((name) => i18n.t('teamReport.page.duplicate', { name }))];
}

/** The incoming files the import added, each name taken once in order. */
function takeAdded(incoming: readonly Incoming[], added: readonly string[]): Incoming[] {
  const left = [...added];
  return incoming.filter((f) => {
    const i = left.indexOf(f.name);
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  });
}

export function useTeamImport(options: Omit<TeamImportOptions, 'now'>, given?: TeamImporter, area?: SavedFilesArea): TeamImportState {
  const importer = useMemo(() => given ?? inThreadImporter(), [given]);
  const [outcome, setOutcome] = useState<Outcome>(EMPTY);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [saved, setSaved] = useState<SavedFile[]>([]);

  /** Imports `incoming`; the names added, null when the import failed as a whole. */
  const run = async (incoming: readonly Incoming[], restoring: boolean): Promise<string[] | null> => {
    setProgress({ phase: 'read', share: 0 });
    try {
      // Files, not objects with a text(): they cross to the page's Web Worker by structured clone.
      const files = incoming.map((f) => new File([f.text], f.name, { type: 'application/json' }));
      const result = await importer.import(files, { ...options, now: Date.now() }, setProgress);
      mark(result);
      setRejected(result.rejected);
      setNotes(notesOf(result, restoring));
      if (result.added.length > 0) setOutcome(result);
      return result.added;
    } catch (error) {
      setNotes([i18n.t('teamReport.page.importFailed', { message: error instanceof Error ? error.message : String(error) })]);
      return null;
    } finally {
      setProgress(null);
    }
  };
  const reset = () => {
    importer.clear();
    [setRejected, setNotes].forEach((set) => set([]));
    setOutcome(EMPTY);
  };
  /** Remembers `files` within the bounds (a file that did not fit is said once). */
  const keep = async (files: SavedFile[]) => {
    if (!area) return;
    setSaved(boundSaved(files).kept);
    const dropped = await writeSaved(area, files).catch(() => 0);
    if (dropped > 0) setNotes((n) => [...n, i18n.t('teamReport.page.savedDropped', { n: dropped })]);
  };
  /**
   * Merges the remembered files again from an empty importer (the page's worker outlives a remount of
   * this view: its files would all be duplicates); one refused now (a day out of the window) is forgotten.
   */
  const restore = async (files: SavedFile[]) => {
    reset();
    const added = files.length > 0 ? await run(files, true) : [];
    if (added === null) setSaved(files); // a failed merge forgets nothing
    else await keep(takeAdded(files, added) as SavedFile[]);
  };

  useEffect(() => {
    if (area) void readSaved(area).then(restore, () => undefined);
  }, [area]);

  const importList = async (list: FileList | File[]) => {
    const incoming = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text().catch(() => '') })));
    const added = (await run(incoming, false)) ?? [];
    const now = Date.now();
    if (added.length > 0) await keep([...saved, ...takeAdded(incoming, added).map((f) => ({ ...f, savedAt: now }))]);
  };
  const remove = (index: number) => restore(saved.filter((_, i) => i !== index));
  const clear = () => {
    reset();
    setSaved([]);
    if (area) void area.remove(SAVED_FILES_KEY).catch(() => undefined);
  };
  return { ...outcome, rejected, notes, progress, saved, importList, remove, clear };
}
