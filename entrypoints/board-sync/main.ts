// Wiring only: Chrome's offscreen document for the live board, created by the worker once the board is on
// and granted (lib/background/replication/offscreen-client.ts). It answers the worker's runs and nothing else.
import PouchDB from 'pouchdb-browser';
import { boardSyncHost } from '@/lib/background/replication/offscreen-host';

const host = boardSyncHost(PouchDB);
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the extension's own worker: never a content script (a tab) or another extension.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const reply = host(message);
  if (!reply) return undefined;
  void reply.then(sendResponse);
  return true;
});
