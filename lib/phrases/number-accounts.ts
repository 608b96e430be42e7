/**
 * An account's tail that looks like a landline (numbers.ts): 对公账户 1202 0212 0990 0123 456 read "0990 0123 456" as a
 * phone. A landline shape (from 0) found after a four-digit group of a longer run whose first groups formed no number of
 * their own is the rest of an account, not a phone; the whole run, 15 digits or more, is reported as the account (bank).
 * Eight tuning lines across seven writers (w15, w16, w22, w24, w27, w30, w31) label such runs a bank account and nothing else.
 */
import { detected } from './detected';
import type { Finding } from './types';

/** One group of digits in a run (numbers.ts). */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Only Chinese numerals: too common in prose to join a number unless long. */
  chinese: boolean;
}

/** An account is longer than any phone number. */
const ACCOUNT_DIGITS = 15;

/**
 * Whether the candidate found from group `g` is an account's tail; if so the whole run is pushed to `out` as a bank
 * account (unless a label such as 订单号 governs it) and the candidate is not a phone.
 */
export function accountRun(
  text: string,
  folded: string,
  groups: readonly DigitGroup[],
  g: number,
  best: { kind: 'phone' | 'bank'; digits: string },
  labelled: (folded: string, start: number) => boolean,
  out: Finding[],
): boolean {
  if (best.kind !== 'phone' || best.digits.charCodeAt(0) !== 48 || g === 0 || groups[g - 1]!.digits.length !== 4) return false;
  let digits = 0;
  for (const grp of groups) digits += grp.digits.length;
  if (digits < ACCOUNT_DIGITS) return false;
  const start = groups[0]!.start;
  if (!labelled(folded, start)) out.push(detected(text, 'bank', 'chat-third-party', start, groups[groups.length - 1]!.end));
  return true;
}
