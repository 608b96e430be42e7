/** Shared fixtures for the store tests: a fresh database per test and Beijing-time event builders. */
import { IDBFactory } from 'fake-indexeddb';
import { beijingDayStart, HOUR_MS, MINUTE_MS, SECOND_MS } from '@/lib/clock';
import type { BeijingDay, Clock } from '@/lib/clock';
import type { AccountInfo, ChatEvent } from '@/lib/events';
import { hashIdSync } from '@/lib/id-hash';
import { accountSalt } from '@/lib/store/chat';
import { StoreConnection } from '@/lib/store/db';
import type { KefuDb } from '@/lib/store/schema';
import type { StoreErrorInfo } from '@/lib/messages';

export const TODAY = '2026-11-23';
export const ACCOUNT: AccountInfo = { key: 'mall1:agent1', mallName: '测试店', agentName: '小王' };
export const WINDOW = { startHour: 8, endHour: 23 };

/** Epoch ms of a Beijing wall-clock time 'HH:mm[:ss]' on a day. */
export function bj(day: BeijingDay, time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return beijingDayStart(day) + h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS;
}

/** A clock the test moves by hand. */
export function manualClock(now: number): Clock & { set(t: number): void } {
  let t = now;
  return { now: () => t, set: (v) => (t = v) };
}

/** A store on a brand-new fake IndexedDB (no state shared between tests). */
export function freshStore(clock: Clock = manualClock(bj(TODAY, '12:00'))): { store: StoreConnection; errors: StoreErrorInfo[] } {
  globalThis.indexedDB = new IDBFactory();
  const errors: StoreErrorInfo[] = [];
  const store = new StoreConnection({ name: 'kefu-guard-test', clock, onError: (info) => void errors.push(info) });
  return { store, errors };
}

export function chat(kind: ChatEvent['kind'], at: number, conversationId: string, messageId: string, buyerId = `buyer-${conversationId}`): ChatEvent {
  return { kind, at, conversationId, buyerId, messageId };
}

/**
 * A day of `buyers` conversations, one buyer message each at 10:00 + i s,
 * answered after `waitSec(i)` seconds (null: never, a robot answers).
 */
export function dayOfChats(day: BeijingDay, buyers: number, waitSec: (i: number) => number | null, prefix = day): ChatEvent[] {
  const events: ChatEvent[] = [];
  for (let i = 0; i < buyers; i += 1) {
    const at = bj(day, '10:00') + i * SECOND_MS;
    const c = `${prefix}-c${i}`;
    events.push(chat('buyer', at, c, `${prefix}-b${i}`));
    const wait = waitSec(i);
    if (wait === null) events.push(chat('robot', at + SECOND_MS, c, `${prefix}-r${i}`));
    else events.push(chat('human', at + wait * SECOND_MS, c, `${prefix}-h${i}`));
  }
  return events;
}

/** Every minute of the counted window as heartbeats. */
export function fullDayHeartbeats(day: BeijingDay, fromHour = 8, toHour = 23): number[] {
  return Array.from({ length: (toHour - fromHour) * 60 }, (_, i) => bj(day, `${fromHour}:00`) + i * MINUTE_MS + 5 * SECOND_MS);
}

/** An id as the store keeps it: hashed with the salt of the account's shop (no team secret unless given). */
export function stored(id: string, account: string = ACCOUNT.key, secret = ''): string {
  return hashIdSync(accountSalt(account, secret), id);
}

/** Every record of every store with its key, to show that an operation changed nothing. */
export async function dumpDb(db: KefuDb): Promise<Record<string, Array<[unknown, unknown]>>> {
  const out: Record<string, Array<[unknown, unknown]>> = {};
  for (const name of db.objectStoreNames) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    out[name] = keys.map((key, i) => [key, values[i]]);
  }
  return out;
}
