// The Team page's merge thread (issue 22): reading, checking and merging the
// team day files off the page's main thread. Bundled by Vite from
// `new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' })` in main.tsx.
import { serveTeamSession } from '@/lib/team/worker-link';
import type { FromWorker, ToWorker } from '@/lib/team/worker-link';

serveTeamSession(self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void });
