/**
 * The shop secret of each day for an account (issue 22 items 6 and 7): the key
 * book brought up to the settings' secret (lib/background/id-keys.ts), so a
 * secret set mid-day counts from the next day. Used to hash what the pages
 * send and to name, by fingerprint, the keys of an exported team day file.
 */
import { beijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import { shopOfAccount } from '../id-hash';
import { hasShop } from '../store/accounts';
import type { HandlerDeps } from './handlers';

export type DaySecretOf = (day: BeijingDay) => string;

/** A function giving an account's secrets by day, the book updated first (absent book: the settings' secret every day). */
export function daySecrets({ store, settings, clock, idKeys, secretReady }: Pick<HandlerDeps, 'store' | 'settings' | 'clock' | 'idKeys' | 'secretReady'>): (accountKey: string) => Promise<DaySecretOf> {
  return async (accountKey) => {
    // A new install generates its secret at start: a shop first seen before that would take the empty one for the day.
    await secretReady;
    const wanted = (await settings()).team.shopSecret;
    const shop = shopOfAccount(accountKey);
    const isNew = () => store.run('accounts', async (db) => !(await hasShop(db, shop)));
    return idKeys ? idKeys.keysOf(shop, wanted, beijingDay(clock.now()), isNew) : () => wanted;
  };
}
