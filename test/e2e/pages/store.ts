/** The extension's IndexedDB as the e2e tests read it: inside its service worker or one of its pages, never through the extension's code. */
import type { Page, Worker } from 'playwright-core';
import type { Harness } from '../harness';
import { within } from './poll';

export interface StoredEvent {
  account: string;
  messageId: string;
  kind: string;
  conversationId: string;
  buyerId: string;
  at: number;
  day: string;
}

/**
 * Every record of `store` (or the one under `key`), read at the extension's
 * origin. Before the background has opened its database there is none: the
 * read must not create it. An `open` with no version would create an empty
 * version-1 database, the read would then throw inside its callback (no such
 * store) and never answer, and the connection it left open would block the
 * background's own upgrade, so that every later read and write in the file
 * hung (the e2e "stalls" of issue 13's session). So an upgrade here is
 * aborted, and a missing store reads as empty.
 */
export async function readStore<T>(target: Page | Worker, store: string, key?: string): Promise<T[]> {
  const evaluate = target.evaluate.bind(target) as Worker['evaluate'];
  const read = evaluate(
    ([name, k]: readonly [string, string | null]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('kefu-guard');
        open.onupgradeneeded = () => open.transaction?.abort(); // no database yet: leave it to the background
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const objects = db.transaction(name).objectStore(name);
          const req = k === null ? objects.getAll() : objects.get(k);
          req.onsuccess = () => {
            db.close();
            resolve(k === null ? (req.result as unknown[]) : req.result === undefined ? [] : [req.result]);
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
        };
      }),
    [store, key ?? null] as const,
  );
  return within(`the extension's ${store} store`, read, 15_000) as Promise<T[]>;
}

/** Every chat event in the extension's IndexedDB, read inside the service worker. */
export const storedEvents = (harness: Harness): Promise<StoredEvent[]> => readStore<StoredEvent>(harness.serviceWorker, 'chatEvents');
