/**
 * A compliant rewrite for a held message (issue 21 item 7): which template
 * fits the findings. A contact detail of any kind → keep talking here;
 * another platform → the Pinduoduo wording; dealing off the platform → pay and
 * settle on the platform; a rude line → a polite apology. The text is the
 * buyer-facing Chinese in the locale files (guard.rewrite.*); the guard only
 * puts it into the input on the agent's trusted click, never sends it.
 */
import type { PhraseCategory } from '../../phrases';

export type RewriteKind = 'contact' | 'platform' | 'deal' | 'abuse';

const KIND: Partial<Record<PhraseCategory, RewriteKind>> = {
  abuse: 'abuse',
  platform: 'platform',
  deal: 'deal',
  bank: 'deal',
  contact: 'contact',
  phone: 'contact',
  email: 'contact',
  url: 'contact',
  qrcode: 'contact',
};

/** Most serious first: a rude line is answered with an apology whatever else it holds. */
const ORDER: readonly RewriteKind[] = ['abuse', 'deal', 'contact', 'platform'];

/** The rewrite to offer for these findings, or null (the shop's own words: the shop knows what it meant). */
export function rewriteKind(categories: readonly PhraseCategory[]): RewriteKind | null {
  const kinds = new Set(categories.map((c) => KIND[c]).filter((k): k is RewriteKind => k !== undefined));
  return ORDER.find((k) => kinds.has(k)) ?? null;
}
