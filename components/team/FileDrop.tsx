/** Where the owner drops or picks the agents' team day files, and what came of the last import. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TeamConflict } from '@/lib/team/conflicts';
import type { RejectedFile } from '@/lib/team/imports';
import type { ImportProgress } from '@/lib/team/session';
import { Conflicts, ImportProgressBar } from './ImportStatus';

export interface FileDropProps {
  /** Files imported so far. */
  files: number;
  notes: readonly string[];
  rejected: readonly RejectedFile[];
  /** Conflicts among the imported files, shown until they are cleared. */
  conflicts?: readonly TeamConflict[];
  /** The import under way (null: none). */
  progress?: ImportProgress | null;
  onImport(list: FileList): Promise<void>;
  onClear(): void;
}

/** Why each file was refused: the field and what is wrong with it. */
function Rejected({ rejected }: { rejected: readonly RejectedFile[] }) {
  return (
    <ul class="errors" data-testid="team-errors" role="alert">
      {rejected.map((r, k) => (
        <li key={`${r.name}-${k}`} data-testid="team-error">
          {i18n.t('teamReport.page.rejected', { name: r.name })}
          {r.issues.map((issue) => `${issue.path ? `${issue.path}：` : ''}${issue.message}`).join('；')}
        </li>
      ))}
    </ul>
  );
}

export function FileDrop({ files, notes, rejected, conflicts = [], progress = null, onImport, onClear }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <section
      class={`card drop${dragging ? ' drop--over' : ''}`}
      data-testid="team-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer?.files) void onImport(e.dataTransfer.files);
      }}
    >
      <p>{i18n.t('teamReport.page.dropHint')}</p>
      <label class="btn btn--primary">
        {i18n.t('teamReport.page.pick')}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          class="sr-only"
          data-testid="team-file-input"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            if (input.files) void onImport(input.files).finally(() => (input.value = ''));
          }}
        />
      </label>
      <p class="muted small">{i18n.t('teamReport.page.privacy')}</p>
      {notes.length > 0 && (
        <ul class="notes" data-testid="team-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {progress && <ImportProgressBar progress={progress} />}
      {rejected.length > 0 && <Rejected rejected={rejected} />}
      {conflicts.length > 0 && <Conflicts conflicts={conflicts} />}
      {files > 0 && (
        <p class="muted small" data-testid="team-file-count">
          {i18n.t('teamReport.page.imported', { n: files })}{' '}
          <button type="button" class="btn btn--link" data-testid="team-clear" onClick={onClear}>
            {i18n.t('teamReport.page.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
