/**
 * The platform's official figures (lib/pdd/official-figures.ts) per shop, per
 * day or range, shop-wide or per agent. Re-reading a day replaces it (the key
 * is [shop, source, agent, from, to]); a shop's figures are never read for
 * another shop. Rejected responses are only counted.
 */
import { addDays } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import { calibrate } from '../official-compare';
import type { Calibration } from '../official-compare';
import { readAggregates } from './aggregates';
import { DEFAULT_ACCOUNT } from '../events';
import { checkReading } from '../pdd/official-figures';
import type { OfficialFigures, OfficialReading, RejectReason } from '../pdd/official-figures';
import type { KefuDb, OfficialFiguresRecord, OfficialRejects } from './schema';
import { inTransaction } from './tx';
import type { Tx } from './tx';

const OFFICIAL_REJECTS_KEY = 'official-rejects';

/** Mall ids are digits on the real site; letters are allowed for tests and the default account. */
const SHOP_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** The shop whose official figures an account reads: the mall part of its key when it is a mall id (lib/id-hash.ts shopOfAccount takes any), else 'default'. */
export function officialShopOf(accountKey: string): string {
  const mall = accountKey.split(':')[0] ?? '';
  return SHOP_PATTERN.test(mall) ? mall : DEFAULT_ACCOUNT;
}

/** A shop id from a request, or null when it is not one. */
export function checkShop(value: unknown): string | null {
  return typeof value === 'string' && SHOP_PATTERN.test(value) ? value : null;
}

/**
 * Stores the readings of one page visit for `shop`, each replacing what was
 * stored for the same source, agent and days, except that a reading from the
 * page's rendered text never replaces one from the page's own response.
 * Readings that fail the check are skipped and counted as 'absurd'. Returns
 * how many were stored.
 */
export async function putOfficialReadings(
  db: KefuDb,
  shop: string,
  readings: readonly unknown[],
  readAt: number,
  now: number,
): Promise<{ stored: number; skipped: number }> {
  const checked = readings.map((r) => checkReading(r, now));
  const valid = checked.filter((r): r is OfficialReading => r !== null);
  const skipped = checked.length - valid.length;
  const stored = await inTransaction(db, ['officialFigures', 'meta'], 'readwrite', async (tx) => {
    const store = tx.objectStore('officialFigures');
    let count = 0;
    for (const r of valid) {
      // Figures read from the page's text never replace figures from its own response.
      if (r.via === 'text' && (await store.get([shop, r.source, r.agent, r.from, r.to]))?.via === 'response') continue;
      const record: OfficialFiguresRecord = { shop, source: r.source, agent: r.agent, from: r.from, to: r.to, figures: r.figures, via: r.via, readAt };
      await store.put(record);
      count += 1;
    }
    if (skipped > 0) await countRejects(tx, { absurd: skipped }, now);
    return count;
  });
  return { stored, skipped };
}

async function countRejects(tx: Tx, counts: Partial<Record<RejectReason, number>>, now: number): Promise<void> {
  const meta = tx.objectStore('meta');
  const existing = (await meta.get(OFFICIAL_REJECTS_KEY)) as OfficialRejects | undefined;
  const next: OfficialRejects = { counts: { ...(existing?.counts ?? {}) }, lastAt: now };
  for (const [reason, n] of Object.entries(counts)) next.counts[reason] = (next.counts[reason] ?? 0) + (n ?? 0);
  await meta.put(next, OFFICIAL_REJECTS_KEY);
}

const REJECT_REASONS: ReadonlySet<string> = new Set<RejectReason>(['not-json', 'error-response', 'no-result', 'absurd', 'no-figures', 'no-day', 'future']);

/** Counts rejected data-page responses by reason (unknown reasons are dropped, counts bounded). */
export async function recordOfficialRejects(db: KefuDb, counts: unknown, now: number): Promise<void> {
  if (typeof counts !== 'object' || counts === null) return;
  const clean: Partial<Record<RejectReason, number>> = {};
  for (const [reason, n] of Object.entries(counts)) {
    if (REJECT_REASONS.has(reason) && typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 1000) clean[reason as RejectReason] = n;
  }
  if (Object.keys(clean).length === 0) return;
  await inTransaction(db, ['meta'], 'readwrite', (tx) => countRejects(tx, clean, now));
}

/** The rejected-response counts so far. */
export async function officialRejects(db: KefuDb): Promise<OfficialRejects | null> {
  return ((await db.get('meta', OFFICIAL_REJECTS_KEY)) as OfficialRejects | undefined) ?? null;
}

/**
 * Every official record of `shop` whose days lie within the `days` Beijing
 * days ending `lastDay` (inclusive): single days, ranges, shop-wide and per
 * agent. The query the team report uses beside its merged estimate.
 */
export async function officialFiguresForShop(db: KefuDb, shop: string, days: number, lastDay: BeijingDay): Promise<OfficialFiguresRecord[]> {
  const first = addDays(lastDay, -(days - 1));
  const all = await db.getAll('officialFigures', IDBKeyRange.bound([shop], [shop, []]));
  return all.filter((r) => r.shop === shop && r.from >= first && r.to <= lastDay);
}

/**
 * The shop whose figures were read most recently: for a browser that never
 * saw a chat account (an owner who opens only 客服数据, issue 23), the shop
 * its popup shows. Null when no figures were read.
 */
export async function latestOfficialShop(db: KefuDb): Promise<string | null> {
  let latest: OfficialFiguresRecord | null = null;
  for (const r of await db.getAll('officialFigures')) if (!latest || r.readAt > latest.readAt) latest = r;
  return latest?.shop ?? null;
}

/** One shop-wide day of official figures, as the popup and the signup check use it. */
export interface OfficialDay {
  day: BeijingDay;
  figures: OfficialFigures;
  readAt: number;
  via: 'response' | 'text';
}

/** The shop-wide single-day figures of 服务数据 by day. */
export function officialDays(records: readonly OfficialFiguresRecord[]): Map<BeijingDay, OfficialDay> {
  const days = new Map<BeijingDay, OfficialDay>();
  for (const r of records) {
    if (r.source !== 'service-overview' || r.agent !== '' || r.from !== r.to) continue;
    days.set(r.from, { day: r.from, figures: r.figures, readAt: r.readAt, via: r.via });
  }
  return days;
}

/** The latest 店铺体验 30-day 3-minute rate of a shop, or null. */
export function latestPilot(records: readonly OfficialFiguresRecord[]): OfficialFiguresRecord | null {
  return records.filter((r) => r.source === 'pilot-mall').sort((a, b) => b.to.localeCompare(a.to) || b.readAt - a.readAt)[0] ?? null;
}

/** Days the calibration looks back over. */
const CALIBRATION_DAYS = 30;

/** The plugin's estimates against the platform's figures for each of the 30 days before `today` that has both. */
export async function officialCalibration(db: KefuDb, accountKey: string, today: BeijingDay, window: CountedWindow): Promise<{ shop: string; calibration: Calibration }> {
  const shop = officialShopOf(accountKey);
  const last = addDays(today, -1);
  const first = addDays(today, -CALIBRATION_DAYS);
  const [records, aggregates] = await Promise.all([
    officialFiguresForShop(db, shop, CALIBRATION_DAYS, last),
    readAggregates(db, accountKey, first, last, window),
  ]);
  const input = [...officialDays(records).values()].map((o) => ({ day: o.day, estimate: aggregates.get(o.day)?.metrics ?? null, official: o.figures }));
  return { shop, calibration: calibrate(input) };
}

/** Deletes the official records that end before `cutoff` (the retention period); returns how many. */
export async function pruneOfficialBefore(db: KefuDb, cutoff: BeijingDay): Promise<number> {
  return inTransaction(db, ['officialFigures'], 'readwrite', async (tx) => {
    let deleted = 0;
    for (let c = await tx.objectStore('officialFigures').openCursor(); c; c = await c.continue()) {
      if (c.value.to < cutoff) {
        await c.delete();
        deleted += 1;
      }
    }
    return deleted;
  });
}

/** A shop-wide day as the Team page gets it: the rates, 咨询人数 (whether the 1-hour rule assesses the day) and how it was read. */
export interface OfficialShopDay {
  rate30s?: number;
  rate3min?: number;
  consultUsers?: number;
  via?: 'response' | 'text';
}

/** Every shop's shop-wide day figures of the `days` days ending `lastDay`, for the Team page. */
export async function officialShopDays(
  db: KefuDb,
  days: number,
  lastDay: BeijingDay,
): Promise<Record<string, Record<BeijingDay, OfficialShopDay>>> {
  const first = addDays(lastDay, -(days - 1));
  const byShop = new Map<string, OfficialFiguresRecord[]>();
  for (const r of await db.getAll('officialFigures')) {
    if (r.from < first || r.to > lastDay) continue;
    byShop.set(r.shop, [...(byShop.get(r.shop) ?? []), r]);
  }
  const out: Record<string, Record<BeijingDay, OfficialShopDay>> = {};
  for (const [shop, records] of byShop) {
    const daysOf: Record<BeijingDay, OfficialShopDay> = {};
    for (const [day, o] of officialDays(records)) daysOf[day] = { rate30s: o.figures.rate30s, rate3min: o.figures.rate3min, consultUsers: o.figures.consultUsers, via: o.via };
    out[shop] = daysOf;
  }
  return out;
}

