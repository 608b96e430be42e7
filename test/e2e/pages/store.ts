/** The extension's IndexedDB as the e2e tests read it: inside its service worker, never through the extension's code. */
import type { Harness } from '../harness';

export interface StoredEvent {
  account: string;
  messageId: string;
  kind: string;
  conversationId: string;
  buyerId: string;
  at: number;
  day: string;
}

/** Every chat event in the extension's IndexedDB, read inside the service worker. */
export async function storedEvents(harness: Harness): Promise<StoredEvent[]> {
  return harness.serviceWorker.evaluate(
    () =>
      new Promise<StoredEvent[]>((resolve, reject) => {
        const open = indexedDB.open('kefu-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('chatEvents').objectStore('chatEvents').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredEvent[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
