/**
 * Which secret salts a shop's ids on which day (issue 22 items 6 and 7).
 *
 * - One key per day: a stored hash cannot be re-keyed (the raw id is gone),
 *   so a team secret set or changed mid-day takes effect from the next
 *   Beijing day; every event is hashed with the key of its own day, so a
 *   message reported again later keeps its hash and a day's buyers are never
 *   counted under two keys (120 buyers stayed 240 before).
 * - No secret set: the background generates a random one (128 bits) and
 *   writes it into the team settings, so the team settings file shares it
 *   with every agent of the shop. Without it the salt was the shop id alone,
 *   which the team day file carries in clear: a buyer id was recovered by
 *   trying every number in seconds.
 * - Ids stored before the book existed (older versions) keep the secret of
 *   that time, the book's baseline, for their days, and move to the
 *   settings' secret the next day; a shop with nothing stored starts on the
 *   settings' secret at once.
 * Kept in storage.local under ID_KEYS_KEY; the schedule itself is pure.
 */
import { addDays } from '../clock';
import type { BeijingDay } from '../clock';

export const ID_KEYS_KEY = 'idKeys';
/** Before any real day: the key of every day up to the first change. */
export const FROM_THE_START = '0000-01-01';

export interface KeyEntry {
  /** First Beijing day this secret salts. */
  from: BeijingDay;
  secret: string;
}

/** Per shop id, its keys by first day, oldest first. */
export type KeyBook = Record<string, KeyEntry[]>;

/** The secret of `day` in a shop's schedule ('' when it has none). */
export function secretOn(entries: readonly KeyEntry[] | undefined, day: BeijingDay): string {
  let secret = entries?.[0]?.secret ?? '';
  for (const e of entries ?? []) if (e.from <= day) secret = e.secret;
  return secret;
}

/**
 * A shop's schedule after the settings' secret is `wanted` on `today`:
 * unchanged when the latest key is already it; else the new key from
 * tomorrow (a change not yet in effect is replaced). A shop seen for the
 * first time takes `wanted` from the start.
 */
export function followSecret(entries: readonly KeyEntry[] | undefined, wanted: string, today: BeijingDay): KeyEntry[] {
  if (!entries || entries.length === 0) return [{ from: FROM_THE_START, secret: wanted }];
  if (entries[entries.length - 1]!.secret === wanted) return [...entries];
  const tomorrow = addDays(today, 1);
  const kept = entries.filter((e) => e.from <= today);
  return kept[kept.length - 1]?.secret === wanted ? kept : [...kept, { from: tomorrow, secret: wanted }];
}

/** A random secret: 128 bits as hex. */
export function newSecret(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The parts of extension storage the key book needs. */
export interface KeyArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What is stored: the secret in effect when the book was made, and each shop's schedule. */
export interface StoredKeys {
  baseline: string;
  shops: KeyBook;
}

const isEntry = (e: unknown): e is KeyEntry => typeof e === 'object' && e !== null && typeof (e as KeyEntry).from === 'string' && typeof (e as KeyEntry).secret === 'string';

/** The stored book, with anything malformed dropped; null when there is none yet. */
async function readBook(area: KeyArea): Promise<StoredKeys | null> {
  const raw = (await area.get(ID_KEYS_KEY))[ID_KEYS_KEY] as Partial<StoredKeys> | undefined;
  if (typeof raw !== 'object' || raw === null || typeof raw.baseline !== 'string') return null;
  const shops: KeyBook = {};
  for (const [shop, entries] of Object.entries(raw.shops ?? {})) if (Array.isArray(entries)) shops[shop] = entries.filter(isEntry);
  return { baseline: raw.baseline, shops };
}

/**
 * The key of each day for a shop, the schedule first brought up to the
 * settings' secret (stored when it changed). Calls are chained so two
 * batches never lose each other's entry.
 */
export class IdKeys {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: KeyArea) {}

  private chain<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Makes the book when there is none: `secret` (the settings' secret before any is generated) becomes its baseline. */
  init(secret: string): Promise<void> {
    return this.chain(async () => {
      if (!(await readBook(this.area))) await this.area.set({ [ID_KEYS_KEY]: { baseline: secret.trim(), shops: {} } satisfies StoredKeys });
    });
  }

  /** `isNew` (asked only for a shop the book has not seen): nothing of the shop is stored yet, so it starts on `wanted`. */
  keysOf(shopId: string, wanted: string, today: BeijingDay, isNew: () => Promise<boolean> = async () => false): Promise<(day: BeijingDay) => string> {
    return this.chain(async () => {
      const book = (await readBook(this.area)) ?? { baseline: wanted.trim(), shops: {} };
      const before = book.shops[shopId] ?? [{ from: FROM_THE_START, secret: (await isNew()) ? wanted.trim() : book.baseline }];
      const entries = followSecret(before, wanted.trim(), today);
      if (JSON.stringify(entries) !== JSON.stringify(book.shops[shopId])) await this.area.set({ [ID_KEYS_KEY]: { ...book, shops: { ...book.shops, [shopId]: entries } } });
      return (day: BeijingDay) => secretOn(entries, day);
    });
  }
}
