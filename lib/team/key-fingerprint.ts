/**
 * Which key a team day file's ids were hashed with (issue 23 item 5), without
 * the key: a short fingerprint of each day's shop secret, so the Team page can
 * name a file made without the team key or with another one (its transferred
 * chats would not de-duplicate) instead of merging it silently.
 *
 * The fingerprint is 32 bits of SHA-256 iterated KEY_FINGERPRINT_ROUNDS times
 * over the shop's salt (lib/id-hash.ts), apart from the ids' own domain: it
 * gives no id away and no secret back (a generated secret has 128 random
 * bits); a guess at a weak, hand-typed secret costs thousands of hashes
 * instead of the one a hashed id costs. No secret (the salt is the shop id
 * alone, as before issue 22 item 7): null. Pure.
 */
import { addDays } from '../clock';
import type { BeijingDay } from '../clock';
import { sha256, shopSalt } from '../id-hash';

export const KEY_FINGERPRINT_LENGTH = 8;
export const KEY_FINGERPRINT_ROUNDS = 1024;
const DOMAIN = 'kefu-guard/key-fingerprint/v1';

/** A file's key of each day from `from` on: `key` is the fingerprint, null when no secret salted the ids. */
export interface FileKey {
  from: BeijingDay;
  key: string | null;
}

/** The fingerprint of a shop's secret; null for no secret. */
export function keyFingerprint(shopId: string, secret: string): string | null {
  if (secret.trim() === '') return null;
  let digest = sha256(new TextEncoder().encode(`${DOMAIN}\u0000${shopSalt(shopId, secret)}`));
  for (let i = 1; i < KEY_FINGERPRINT_ROUNDS; i += 1) digest = sha256(digest);
  return [...digest.subarray(0, KEY_FINGERPRINT_LENGTH / 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The keys of days `from`..`to` as a schedule: one entry where the secret changes (the first at `from`). */
export function fileKeys(shopId: string, from: BeijingDay, to: BeijingDay, secretOf: (day: BeijingDay) => string): FileKey[] {
  const out: FileKey[] = [];
  const cache = new Map<string, string | null>();
  let last: string | undefined;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const secret = secretOf(day).trim();
    if (secret === last) continue;
    last = secret;
    if (!cache.has(secret)) cache.set(secret, keyFingerprint(shopId, secret));
    out.push({ from: day, key: cache.get(secret)! });
  }
  return out;
}

/** The key of `day` in a file's schedule (the first entry's before it); undefined when the file names none. */
export function keyOn(keys: readonly FileKey[] | undefined, day: BeijingDay): string | null | undefined {
  if (!keys || keys.length === 0) return undefined;
  let key = keys[0]!.key;
  for (const k of keys) if (k.from <= day) key = k.key;
  return key;
}
