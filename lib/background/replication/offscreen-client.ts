/**
 * The worker's side of the offscreen replication (Chrome; offscreen-host.ts):
 * the document is created on the first run of a board that is on and granted,
 * never before (the default stays "no network", and no PouchDB is loaded),
 * and closed when the board is switched off.
 */
import type { BoardConnection, Syncer } from './runner';
import { OFFSCREEN_PATH, OFFSCREEN_RUN, type OffscreenReply, type OffscreenRun } from './offscreen-host';

/** What of chrome.offscreen / runtime / clients the client uses (the tests pass fakes). */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  /** True while the extension's offscreen document is open. */
  hasDocument(): Promise<boolean>;
  sendMessage(message: OffscreenRun): Promise<unknown>;
}

/** Chrome's own: `clients.matchAll` tells whether the document is open (runtime.getContexts needs Chrome 116; the manifest says 111). */
export function chromeOffscreenApi(): OffscreenApi {
  const offscreen = (browser as unknown as { offscreen: Pick<OffscreenApi, 'createDocument' | 'closeDocument'> }).offscreen;
  const url = browser.runtime.getURL(OFFSCREEN_PATH as '/board-sync.html');
  // A service worker's own; absent where the worker's code runs without one (the unit tests): then no document is open.
  const clients = (globalThis as unknown as { clients?: { matchAll(): Promise<Array<{ url: string }>> } }).clients;
  return {
    createDocument: (p) => offscreen.createDocument(p),
    closeDocument: () => offscreen.closeDocument(),
    hasDocument: async () => (clients ? (await clients.matchAll()).some((c) => c.url === url) : false),
    sendMessage: (m) => browser.runtime.sendMessage(m),
  };
}

const JUSTIFICATION = 'Replicates the live team board (PouchDB) to the shop\'s own CouchDB while the board is switched on.';

export class OffscreenBoard {
  private creating: Promise<void> | null = null;

  constructor(private readonly api: OffscreenApi) {}

  /** A Syncer whose runs go to the offscreen document (created on the first). */
  open(connection: BoardConnection): Syncer {
    return {
      run: async (input) => {
        await this.ensure();
        const reply = (await this.api.sendMessage({ kind: OFFSCREEN_RUN, connection, input })) as OffscreenReply | undefined;
        if (!reply) throw new Error('the board\'s offscreen document did not answer');
        if ('error' in reply) throw new Error(reply.error);
        return reply.state;
      },
    };
  }

  /** Closes the document if open (the board switched off). */
  async close(): Promise<void> {
    await this.creating?.catch(() => undefined);
    if (await this.api.hasDocument()) await this.api.closeDocument();
  }

  private async ensure(): Promise<void> {
    if (await this.api.hasDocument()) return;
    // One creation at a time: a second createDocument while the first is pending throws.
    this.creating ??= this.api.createDocument({ url: OFFSCREEN_PATH, reasons: ['LOCAL_STORAGE'], justification: JUSTIFICATION }).finally(() => {
      this.creating = null;
    });
    await this.creating;
  }
}
