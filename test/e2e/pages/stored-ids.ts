/**
 * How the worker hashes a shop's ids (lib/background/id-keys.ts): with the
 * shop's key of the id's Beijing day, from the key book in the extension's
 * storage; a shop not seen yet takes the settings' secret from the start.
 * The worker makes a secret as soon as it starts when none is set, so no test
 * may take the shop id alone as the salt (that held only while the worker's
 * first settings read waited seconds for the policy area).
 */
import { ID_KEYS_KEY, secretOn, type KeyBook } from '../../../lib/background/id-keys';
import { beijingDay } from '../../../lib/clock';
import { hashIdSync, shopSalt } from '../../../lib/id-hash';
import { SETTINGS_KEY } from '../../../lib/settings/keys';
import type { Harness } from '../harness';
import { pollUntil } from './poll';

type Stored = { [ID_KEYS_KEY]?: { shops?: KeyBook }; [SETTINGS_KEY]?: { team?: { shopSecret?: string } } };

/** The hash the worker stores for an id of `mallId` (at `at`, now by default), as the extension's storage says now. */
export async function idHasher(harness: Harness, mallId: string): Promise<(id: string, at?: number) => string> {
  const read = () =>
    harness.serviceWorker.evaluate(
      (keys) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<unknown> } } } }).chrome.storage.local.get(keys),
      [ID_KEYS_KEY, SETTINGS_KEY],
    ) as Promise<Stored>;
  const got = await pollUntil('a shop secret', read, (s) => Boolean(s[ID_KEYS_KEY]?.shops?.[mallId] ?? s[SETTINGS_KEY]?.team?.shopSecret), 10_000);
  const book = got[ID_KEYS_KEY]?.shops?.[mallId];
  const secret = got[SETTINGS_KEY]?.team?.shopSecret ?? '';
  return (id, at = Date.now()) => hashIdSync(shopSalt(mallId, book ? secretOn(book, beijingDay(at)) : secret), id);
}
