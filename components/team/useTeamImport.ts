/**
 * The Team page's import state: files go to the importer (a Web Worker on the
 * page, lib/team/worker-link.ts), progress comes back while it reads, checks
 * and merges, then the reports, refusals, duplicates and conflicts.
 */
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TeamConflict } from '@/lib/team/conflicts';
import type { RejectedFile } from '@/lib/team/imports';
import type { ShopReport } from '@/lib/team/merge';
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
  importList(list: FileList | File[]): Promise<void>;
  clear(): void;
}

/** The worker's own timings as the page's marks (the bench reads kg:team-parse and kg:team-merge). */
function mark(outcome: TeamImportOutcome): void {
  const end = performance.now();
  performance.measure('kg:team-parse', { end, duration: outcome.parseMs });
  if (outcome.added.length > 0) performance.measure('kg:team-merge', { end, duration: outcome.mergeMs });
}

export function useTeamImport(options: Omit<TeamImportOptions, 'now'>, given?: TeamImporter): TeamImportState {
  const importer = useMemo(() => given ?? inThreadImporter(), [given]);
  const [outcome, setOutcome] = useState<Pick<TeamImportOutcome, 'fileCount' | 'reports' | 'conflicts'>>({ fileCount: 0, reports: [], conflicts: [] });
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const importList = async (list: FileList | File[]) => {
    setProgress({ phase: 'read', share: 0 });
    try {
      const result = await importer.import([...list], { ...options, now: Date.now() }, setProgress);
      mark(result);
      setRejected(result.rejected);
      setNotes([
        ...(result.added.length > 0 ? [i18n.t('teamReport.page.added', { n: result.added.length })] : []),
        ...result.duplicates.map((name) => i18n.t('teamReport.page.duplicate', { name })),
      ]);
      if (result.added.length > 0) setOutcome(result);
    } catch (error) {
      setNotes([i18n.t('teamReport.page.importFailed', { message: error instanceof Error ? error.message : String(error) })]);
    } finally {
      setProgress(null);
    }
  };
  const clear = () => {
    importer.clear();
    setOutcome({ fileCount: 0, reports: [], conflicts: [] });
    setRejected([]);
    setNotes([]);
  };
  return { ...outcome, rejected, notes, progress, importList, clear };
}
