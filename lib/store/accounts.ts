/**
 * Accounts (shop + agent) seen on the pages. Every write names its account, so
 * two agents sharing a computer never mix figures; a request without an
 * account reads the most recently seen one.
 */
import { DEFAULT_ACCOUNT } from '../events';
import type { AccountInfo } from '../events';
import { RequestError } from './errors';
import { boundedName, MAX_ID_LENGTH } from './stored-ids';
import type { Tx } from './tx';
import type { AccountRecord, KefuDb } from './schema';

/** The account's storage key; 'default' when the page did not tell. */
export function accountKey(account: AccountInfo | string | undefined | null): string {
  const key = typeof account === 'string' ? account : account?.key;
  return key && key.trim() !== '' ? key : DEFAULT_ACCOUNT;
}

/** Records that the account was seen now; names the page told before are kept when it omits them. */
export async function touchAccount(tx: Tx, account: AccountInfo, now: number): Promise<void> {
  const store = tx.objectStore('accounts');
  const key = accountKey(account);
  const existing = await store.get(key);
  const record: AccountRecord = { key, lastSeenAt: Math.max(existing?.lastSeenAt ?? 0, now) };
  const mallName = account.mallName ?? existing?.mallName;
  const agentName = account.agentName ?? existing?.agentName;
  if (mallName !== undefined) record.mallName = mallName;
  if (agentName !== undefined) record.agentName = agentName;
  await store.put(record);
}

/** An account record without storage fields. */
function toAccountInfo(record: AccountRecord): AccountInfo {
  const info: AccountInfo = { key: record.key };
  if (record.mallName !== undefined) info.mallName = record.mallName;
  if (record.agentName !== undefined) info.agentName = record.agentName;
  return info;
}

/** Every known account, most recently seen first. */
export async function listAccounts(db: KefuDb): Promise<AccountRecord[]> {
  const all = await db.getAll('accounts');
  return all.sort((a, b) => b.lastSeenAt - a.lastSeenAt || a.key.localeCompare(b.key));
}

/** The account a read is about: the one asked for, else the most recently seen, else 'default'. */
export async function resolveAccount(db: KefuDb, requested?: string): Promise<{ account: AccountInfo; accounts: AccountInfo[] }> {
  const records = await listAccounts(db);
  const accounts = records.map(toAccountInfo);
  const key = requested && requested.trim() !== '' ? requested : records[0]?.key ?? DEFAULT_ACCOUNT;
  const account = accounts.find((a) => a.key === key) ?? { key };
  return { account, accounts };
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** True for an account key the store accepts: 1–128 characters, no control characters (names may hold spaces and Chinese). */
function isAccountKey(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_ID_LENGTH && !CONTROL.test(value);
}

/**
 * An AccountInfo from an untrusted request: the key ('default' when absent)
 * and bounded string names. A key that is there but malformed (2 MB, control
 * characters) is refused, not filed under 'default'.
 */
export function normalizeAccount(value: unknown): AccountInfo {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof AccountInfo, unknown>>;
  if (raw.key !== undefined && raw.key !== '' && !isAccountKey(raw.key)) throw new RequestError('账号标识不正确 / account: malformed key');
  const info: AccountInfo = { key: accountKey(typeof raw.key === 'string' ? raw.key : undefined) };
  const mallName = boundedName(raw.mallName);
  const agentName = boundedName(raw.agentName);
  if (mallName !== undefined) info.mallName = mallName;
  if (agentName !== undefined) info.agentName = agentName;
  return info;
}

/** Whether anything of the shop is stored: an account `shop` or `shop:agent` (lib/background/id-keys.ts asks once per shop). */
export async function hasShop(db: KefuDb, shop: string): Promise<boolean> {
  if (await db.getKey('accounts', shop)) return true;
  return (await db.getAllKeys('accounts', IDBKeyRange.bound(`${shop}:`, `${shop}:\uffff`), 1)).length > 0;
}
