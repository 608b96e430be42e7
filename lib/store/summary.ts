/**
 * The popup's summary in one read: today's figures, a 7-day trend, the
 * 3-day signup check, today's guard counts and the refund counts. Reads only
 * daily aggregates and coverage (about ten small records), never raw events.
 */
import { addDays, beijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import type { StoreErrorInfo, Summary, TrendPoint } from '../messages';
import type { OfficialSummary } from '../official-compare';
import { SIGNUP_CHECK_DAYS } from '../rules';
import { SIGNUP_MAX_DAYS } from '../signup-rules';
import { signupScope } from '../team/scope';
import type { DayMetrics } from '../metrics';
import type { Settings } from '../settings/types';
import { resolveAccount } from './accounts';
import { messageGuardCounts } from './guard-counts';
import { metricsOf, readAggregates } from './aggregates';
import { refundCounts } from './aftersales';
import { readCoverage } from './coverage';
import type { StoredReport } from '../events';
import { latestOfficialShop, latestPilot, officialDays, officialFiguresForShop, officialShopOf } from './official';
import type { OfficialDay } from './official';
import type { KefuDb } from './schema';
import { popupSignup } from './summary-signup';

export const TREND_DAYS = 7;

export interface SummaryInput {
  /** Account key asked for; the most recently seen one when absent. */
  account?: string;
  now: number;
  settings: Settings;
  /** The latest live chat-tab report (already filtered for age). */
  live: StoredReport | null;
  /** The last store error, shown when it concerns one of the days shown. */
  storeError: StoreErrorInfo | null;
}

/** The days `n` days before `today`, oldest first (not including today). */
export function daysBefore(today: BeijingDay, n: number): BeijingDay[] {
  return Array.from({ length: n }, (_, i) => addDays(today, i - n));
}

/** Whether anything was ever stored for the account. */
async function hasAnyData(db: KefuDb, account: string): Promise<boolean> {
  const all = IDBKeyRange.bound([account], [account, []]);
  const counts = await Promise.all([db.count('dailyAggregates', all), db.count('coverage', all), db.count('afterSales', all)]);
  return counts.some((n) => n > 0);
}

/** Everything the popup shows for one account. */
export async function getSummary(db: KefuDb, input: SummaryInput): Promise<Summary> {
  const { now, settings } = input;
  const window = settings.replyTimer.countedWindow;
  const today = beijingDay(now);
  const trendFrom = addDays(today, -(TREND_DAYS - 1));
  const signupDays = daysBefore(today, SIGNUP_MAX_DAYS);
  const { account, accounts } = await resolveAccount(db, input.account);
  const key = account.key;

  // No chat account seen here (an owner who opens only 客服数据): the shop whose figures were read.
  const shop = accounts.length === 0 ? ((await latestOfficialShop(db)) ?? officialShopOf(key)) : officialShopOf(key);
  const [aggregates, coverage, refunds, officialRecords] = await Promise.all([
    readAggregates(db, key, trendFrom, today, window),
    readCoverage(db, key, signupDays[0]!, signupDays[signupDays.length - 1]!, window),
    refundCounts(db, key, now, settings.afterSales.stageHours),
    officialFiguresForShop(db, shop, PILOT_DAYS + 1, today),
  ]);
  const official = officialDays(officialRecords);

  const trend: TrendPoint[] = Array.from({ length: TREND_DAYS }, (_, i) => {
    const day = addDays(trendFrom, i);
    const metrics = aggregates.get(day)?.metrics;
    const point: TrendPoint = { day, rate1h: metrics?.rate1h ?? null, rate5min: metrics?.rate5min ?? null, buyers: metrics?.buyers ?? 0 };
    const rate3min = official.get(day)?.figures.rate3min;
    if (rate3min !== undefined) point.official3min = rate3min;
    return point;
  });
  const signup = popupSignup({
    settings,
    today,
    now,
    window,
    days: signupDays,
    metricsOf: (day) => aggregates.get(day)?.metrics ?? null,
    coverageOf: (day) => coverage.get(day) ?? 0,
    official,
    agentsSeen: signupScope(account, accounts, 0).agentsSeen,
  });
  const empty =
    aggregates.size === 0 && coverage.size === 0 && refunds.seenAt === null && officialRecords.length === 0
      ? !(await hasAnyData(db, key))
      : false;

  return {
    account,
    accounts: accounts.some((a) => a.key === key) ? accounts : [account, ...accounts],
    today,
    metrics: metricsOf(aggregates.get(today), today),
    trend,
    signup,
    guard: aggregates.get(today)?.guard ?? {},
    guardTotal: messageGuardCounts(aggregates.get(today) ?? { guard: {} }),
    refunds,
    live: input.live,
    empty,
    storeError: input.storeError && input.storeError.day >= trendFrom ? input.storeError : null,
    official: officialSummary(shop, today, trendFrom, aggregates, official, latestPilot(officialRecords)),
  };
}

/** Days of 店铺体验's 30-day figure, read back with the rest. */
const PILOT_DAYS = 30;

function officialSummary(
  shop: string,
  today: BeijingDay,
  trendFrom: BeijingDay,
  aggregates: Map<BeijingDay, { metrics: DayMetrics }>,
  official: Map<BeijingDay, OfficialDay>,
  pilot: ReturnType<typeof latestPilot>,
): OfficialSummary {
  const past = daysBefore(today, TREND_DAYS - 1).filter((day) => day >= trendFrom);
  return {
    shop,
    pastDays: past.map((day) => {
      const o = official.get(day);
      return { day, estimate: aggregates.get(day)?.metrics ?? null, official: o ? { figures: o.figures, readAt: o.readAt, via: o.via } : null };
    }),
    missingDays: daysBefore(today, SIGNUP_CHECK_DAYS).filter((day) => !official.has(day)),
    pilot:
      pilot && pilot.figures.rate3min !== undefined
        ? { rate3min: pilot.figures.rate3min, from: pilot.from, to: pilot.to, readAt: pilot.readAt }
        : null,
  };
}
