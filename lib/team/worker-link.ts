/**
 * The Team page and its merge worker (entrypoints/team/merge.worker.ts): one
 * small contract both ends share. The page posts the dropped File objects
 * (cloned as references, not copied text) and hears progress, then the
 * outcome; the worker keeps the imported files, so a later import sends
 * only the new ones. `inThreadImporter` is the same session without a
 * Worker (unit tests, or a browser that refuses the worker).
 */
import { TeamSession } from './session';
import type { ImportProgress, TeamImportOptions, TeamImportOutcome } from './session';

/** A file as the session reads it (a File, or a stand-in in tests). */
export interface IncomingFile {
  name: string;
  text(): Promise<string>;
}

export interface TeamImporter {
  import(files: readonly IncomingFile[], options: TeamImportOptions, onProgress: (p: ImportProgress) => void): Promise<TeamImportOutcome>;
  clear(): void;
}

export type ToWorker = { id: number; type: 'import'; files: readonly IncomingFile[]; options: TeamImportOptions } | { id: number; type: 'clear' };
export type FromWorker =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; outcome: TeamImportOutcome }
  | { id: number; type: 'failed'; message: string };

/** Progress posted at most this often (a post per event would cost more than the merge). */
const PROGRESS_EVERY_MS = 50;

/** The worker's side: a session answering the page's posts. */
export function serveTeamSession(scope: { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void }): void {
  const session = new TeamSession();
  scope.onmessage = ({ data }) => {
    if (data.type === 'clear') return session.clear();
    let last = 0;
    const progress = (p: ImportProgress) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS && p.share < 1) return;
      last = now;
      scope.postMessage({ id: data.id, type: 'progress', progress: p });
    };
    session.import(data.files, data.options, progress).then(
      (outcome) => scope.postMessage({ id: data.id, type: 'done', outcome }),
      (error: unknown) => scope.postMessage({ id: data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}

interface Pending {
  resolve(outcome: TeamImportOutcome): void;
  reject(error: Error): void;
  onProgress(p: ImportProgress): void;
}

/** The page's side: imports run in `worker`; a crashed worker fails every pending import. */
export function workerImporter(worker: Pick<Worker, 'postMessage' | 'onmessage' | 'onerror'>): TeamImporter {
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    const call = pending.get(data.id);
    if (!call) return;
    if (data.type === 'progress') return call.onProgress(data.progress);
    pending.delete(data.id);
    if (data.type === 'done') call.resolve(data.outcome);
    else call.reject(new Error(data.message));
  };
  worker.onerror = (event: ErrorEvent) => {
    for (const call of pending.values()) call.reject(new Error(event.message || 'worker failed'));
    pending.clear();
  };
  return {
    import: (files, options, onProgress) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({ id, type: 'import', files, options } satisfies ToWorker);
      }),
    clear: () => worker.postMessage({ id: next++, type: 'clear' } satisfies ToWorker),
  };
}

/** The same session on the page's own thread. */
export function inThreadImporter(): TeamImporter {
  const session = new TeamSession();
  return { import: (files, options, onProgress) => session.import(files, options, onProgress), clear: () => session.clear() };
}
