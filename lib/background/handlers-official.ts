/** Handlers of the platform's own figures: stored from the data pages, read by the options and Team pages. */
import { beijingDay } from '../clock';
import type { Handlers } from '../messages';
import { arrayOf, dayCount, finiteTime } from './request-checks';
import { RequestError } from '../store/errors';
import { listAccounts, resolveAccount } from '../store/accounts';
import type { HandlerDeps } from './handlers';
import { checkShop, officialCalibration, officialShopDays, putOfficialReadings, recordOfficialRejects, officialShopOf } from '../store/official';
import type { KefuDb } from '../store/schema';
import { officialAgentDays } from '../store/official-agents';

type Official = Pick<Handlers, 'official/readings' | 'official/shop-days' | 'official/calibration'>;

/** Most readings one data-page visit may store. */
const MAX_READINGS = 500;
/** Days the Team page shows beside its merged estimate when it does not say. */
const SHOP_DAYS_DEFAULT = 30;

/** The shop of every account seen so far when they are all one shop (or none was seen: 'default'); null when several. */
async function onlyShopSeen(db: KefuDb): Promise<string | null> {
  const shops = new Set((await listAccounts(db)).map((a) => officialShopOf(a.key)));
  if (shops.size === 0) return officialShopOf('');
  return shops.size === 1 ? [...shops][0]! : null;
}

export function officialHandlers({ store, settings, clock }: HandlerDeps): Official {
  return {
    'official/readings': async (request) => {
      const readAt = finiteTime(request.readAt, 'official/readings readAt');
      const now = clock.now();
      const readings = arrayOf(request.readings).slice(0, MAX_READINGS);
      if (request.shop !== undefined && checkShop(request.shop) === null) throw new RequestError('店铺编号不正确 / official/readings: bad shop id');
      return store.run('official/readings', async (db) => {
        if (request.rejected !== undefined) await recordOfficialRejects(db, request.rejected, now);
        const shop = checkShop(request.shop) ?? (await onlyShopSeen(db));
        if (shop === null || readings.length === 0) return { stored: 0, shop };
        const { stored } = await putOfficialReadings(db, shop, readings, Math.min(readAt, now), now);
        return { stored, shop };
      });
    },

    'official/shop-days': async (request) => {
      const days = dayCount(request.days, SHOP_DAYS_DEFAULT, 'official/shop-days');
      const today = beijingDay(clock.now());
      return store.run('official/shop-days', async (db) => ({ shops: await officialShopDays(db, days, today), agents: await officialAgentDays(db, days, today) }));
    },

    'official/calibration': async (request) => {
      const window = (await settings()).replyTimer.countedWindow;
      const today = beijingDay(clock.now());
      return store.run('official/calibration', async (db) => {
        const { account } = await resolveAccount(db, request.account);
        return officialCalibration(db, account.key, today, window);
      });
    },
  };
}
