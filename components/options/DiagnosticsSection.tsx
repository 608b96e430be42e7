import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { formatBeijing } from '@/lib/clock';
import type { DiagnosticEntry } from '@/lib/events';
import { Section } from './fields';

export interface DiagnosticsDeps {
  /** The kept diagnostics; `clear` empties them first. */
  diagnostics(clear?: boolean): Promise<DiagnosticEntry[]>;
}

/**
 * Diagnostics for whoever maintains the extension (issue #15): lasting
 * differences between what the reply timer counts and the page's own
 * unanswered groups. Shown here, never to the agent on the chat page.
 */
export function DiagnosticsSection({ diagnostics }: DiagnosticsDeps) {
  const [entries, setEntries] = useState<DiagnosticEntry[] | null>(null);
  const load = (clear?: boolean) =>
    void diagnostics(clear)
      .then(setEntries)
      .catch(() => setEntries([]));
  useEffect(() => load(), []);
  return (
    <Section id="diagnostics" title={i18n.t('waits.diagTitle')} intro={i18n.t('waits.diagIntro')}>
      {entries === null ? null : entries.length === 0 ? (
        <p class="row-help" data-testid="diagnostics-empty">
          {i18n.t('waits.diagEmpty')}
        </p>
      ) : (
        <>
          <ul data-testid="diagnostics-list">
            {[...entries].reverse().map((e) => (
              <li key={`${e.at}-${e.kind}`} data-kind={e.kind}>
                {formatBeijing(e.at)} · {describe(e)}
              </li>
            ))}
          </ul>
          <button type="button" class="btn" onClick={() => load(true)} data-testid="diagnostics-clear">
            {i18n.t('waits.diagClear')}
          </button>
        </>
      )}
    </Section>
  );
}

function describe(e: DiagnosticEntry): string {
  if (e.kind === 'traffic-missing')
    return `${i18n.t('waits.diagTrafficMissing')}（${i18n.t('waits.diagTrafficCounts', { mws: String(e.mws), titan: String(e.titan), min: String(Math.round(e.silentMs / 60_000)) })}）`;
  return i18n.t('waits.diagMismatch', { ours: String(e.ours), page: String(e.page), sec: String(Math.round(e.lastedMs / 1000)) });
}
