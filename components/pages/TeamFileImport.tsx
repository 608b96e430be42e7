import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { SaveResult } from '@/lib/settings/save';
import { MAX_TEAM_FILE_BYTES, tooLargeIssue } from '@/lib/settings/team-file';
import { issueLine } from './issue-text';

type Outcome = { kind: 'ok'; name: string } | { kind: 'error'; name: string; lines: string[] } | null;

/** "导入团队设置文件": one click, the same validation everywhere (options and welcome pages); a bad file changes nothing. */
export function TeamFileImport({ onImport, primary = false }: { onImport(text: string): Promise<SaveResult>; primary?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const read = async (file: File) => {
    // Refused before it is read: a 50 MB file picked by mistake must not hang the page.
    if (file.size > MAX_TEAM_FILE_BYTES) {
      setOutcome({ kind: 'error', name: file.name, lines: [issueLine(tooLargeIssue(file.size), 'file')] });
      return;
    }
    let result: SaveResult;
    try {
      result = await onImport(await file.text());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', name: file.name, lines: [message] });
      return;
    }
    setOutcome(
      result.ok
        ? { kind: 'ok', name: file.name }
        : { kind: 'error', name: file.name, lines: result.issues.map((issue) => issueLine(issue, 'file')) },
    );
  };

  return (
    <div class="team-import">
      <button type="button" class={`btn${primary ? ' btn--primary' : ''}`} data-testid="import-team-file" onClick={() => input.current?.click()}>
        {i18n.t('options.teamFile.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const el = e.target as HTMLInputElement;
          const file = el.files?.[0];
          el.value = '';
          if (file) void read(file);
        }}
      />
      {outcome?.kind === 'ok' && (
        <div class="banner banner--ok" role="status" data-testid="import-ok">
          {i18n.t('options.teamFile.imported', { name: outcome.name })}
        </div>
      )}
      {outcome?.kind === 'error' && (
        <div class="banner banner--error" role="alert" data-testid="import-error">
          <strong>{i18n.t('options.teamFile.rejected', { name: outcome.name })}</strong>
          <ul>
            {outcome.lines.slice(0, 8).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {outcome.lines.length > 8 && <span>{i18n.t('options.teamFile.more', { n: outcome.lines.length - 8 })}</span>}
          <span data-testid="import-next">{i18n.t('settingsIssue.importNext')}</span>
        </div>
      )}
    </div>
  );
}
