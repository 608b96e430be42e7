import { i18n } from '#i18n';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat, Reply, Summary } from '@/lib/messages';
import type { Settings } from '@/lib/settings/types';
import { PopupView, type PopupActions } from './PopupView';
import type { PauseReason } from './BoardSyncNote';

/** performance.mark set when the figures are in the DOM (the popup open-time measure, test/e2e/popup.e2e.ts). */
export const RENDERED_MARK = 'kg:summary-rendered';

export type Loaded = { summary: Summary; settings: Settings };

export interface PopupDeps extends Omit<PopupActions, 'onAccount' | 'onExport'> {
  /** One `summary/get` round trip (and the effective settings). */
  load(account?: string): Promise<Loaded>;
  /** The first load, started before the first render so the request is in flight while Preact mounts. */
  initial?: Promise<Loaded>;
  exportDaily(format: ExportFormat, account: string): Promise<Reply<'export/daily'>>;
  /** Hands a file to the browser's downloads (Blob + <a download>). */
  download(file: Reply<'export/daily'>): void;
  /** Today's team day file of the account (team/export, one day; issue 23 item 6). */
  exportTeamDay?(account: string): Promise<Reply<'team/export'>>;
  now(): number;
  /** Why the live board's sync is paused, if it is (issue 24; session storage, written by the worker). */
  boardPaused?(): Promise<PauseReason | null>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; summary: Summary; settings: Settings };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The popup's state and effects: the summary of the chosen account (the first
 * load already in flight, `deps.initial`), the open-time mark, and exports.
 */
function usePopup(deps: PopupDeps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [account, setAccount] = useState<string | undefined>(undefined);
  const [exportError, setExportError] = useState<string | null>(null);

  const reload = useCallback(
    (key?: string, pending?: Promise<Loaded>) => {
      (pending ?? deps.load(key)).then(
        ({ summary, settings }) => setState({ kind: 'ready', summary, settings }),
        (error: unknown) => setState({ kind: 'error', message: messageOf(error) }),
      );
    },
    [deps],
  );

  const first = useRef(true);
  useEffect(() => {
    reload(account, first.current ? deps.initial : undefined);
    first.current = false;
  }, [reload, account, deps.initial]);

  useLayoutEffect(() => {
    if (state.kind !== 'loading' && typeof performance !== 'undefined' && performance.getEntriesByName(RENDERED_MARK).length === 0) {
      performance.mark(RENDERED_MARK);
    }
  }, [state.kind]);

  const exportDaily = (format: ExportFormat, key: string) => {
    setExportError(null);
    deps.exportDaily(format, key).then(deps.download, (error: unknown) => setExportError(messageOf(error)));
  };
  return { state, exportError, retry: () => reload(account), chooseAccount: setAccount, exportDaily };
}

function LoadError({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <main class="popup" data-testid="popup" data-state="error">
      <section class="card error-card" role="alert" data-testid="load-error">
        <h2>{i18n.t('popup.loadError.title')}</h2>
        <p class="error-text">{message}</p>
        <p class="muted">{i18n.t('popup.loadError.hint')}</p>
        <button type="button" class="btn btn--primary" data-testid="retry" onClick={onRetry}>
          {i18n.t('popup.loadError.retry')}
        </button>
      </section>
    </main>
  );
}

/** Downloads today's team day file of `account`; the popup says which file it saved. */
async function teamDay(deps: PopupDeps, account: string): Promise<{ filename: string }> {
  const file = await deps.exportTeamDay!(account);
  deps.download(file);
  return file;
}

/** Loads the summary and renders it; a failed load is shown, never swallowed. */
export function PopupApp(deps: PopupDeps) {
  const { state, exportError, retry, chooseAccount, exportDaily } = usePopup(deps);
  const [boardPaused, setBoardPaused] = useState<PauseReason | null>(null);
  useEffect(() => {
    deps.boardPaused?.().then(setBoardPaused, () => undefined);
  }, [deps]);
  if (state.kind === 'loading') {
    return (
      <main class="popup" data-testid="popup" data-state="loading" aria-busy="true">
        <p class="muted loading">{i18n.t('popup.loading')}</p>
      </main>
    );
  }
  if (state.kind === 'error') return <LoadError message={state.message} onRetry={retry} />;
  return (
    <PopupView
      summary={state.summary}
      settings={state.settings}
      now={deps.now}
      exportError={exportError}
      boardPaused={boardPaused}
      onAccount={(key) => chooseAccount(key)}
      onExport={(format) => exportDaily(format, state.summary.account.key)}
      onExportTeamDay={deps.exportTeamDay && (() => teamDay(deps, state.summary.account.key))}
      onOpenTab={deps.onOpenTab}
      onOpenOptions={deps.onOpenOptions}
    />
  );
}
