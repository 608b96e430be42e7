/**
 * The buyer's phone number asked for in other words (issue 21, RULES §2:
 * "asking for the buyer's number" is diversion): the number handed over by
 * a give verb (你把手机号留下, 把电话给我), asked as one of something (给我个手机号),
 * or named and then asked for (需要家长的手机号，您发我一个). The dictionary holds
 * the set phrases (留个电话, 手机号多少); this is their structure. Carrying no
 * number, a refusal covering it lowers it (scope.ts, LOWERED_INTENT): "不要把
 * 手机号发给陌生人" stays clean. Twins in test/unit/phrases/ask-structure.test.ts.
 */
import type { IntentPattern } from './intent';

/** The number asked for: a phone, its number, a mobile. */
const PHONE = '(?:手机号码?|电话号码|电话|手机)';

export const ASK_PATTERNS: readonly IntentPattern[] = [
  {
    id: 'phone-ask',
    category: 'phone',
    starts: '把给手电',
    re: new RegExp(
      // Handed over to the agent (把手机号留给我, 把电话给我; 留在订单上 is the order's own field) or asked as one of something.
      `把(?:你|您)?(?:的|家里的?|家人的?|家长的?)?${PHONE}(?:留(?!在)|(?:给|发给?|报给?|告诉)(?:我|咱))|给(?:我)?(?:个|一个)${PHONE}|` +
        // Named, then asked for in the next clause (家长的手机号，您发我一个).
        `(?:手机号|电话)(?:码)?,\\s?(?:你|您)?(?:发|给|报|留)(?:给)?我`,
      'y',
    ),
  },
];

/** Their ids: findings of these may be lowered by a refusal (they carry no number). */
export const ASK_IDS: ReadonlySet<string> = new Set(ASK_PATTERNS.map((p) => p.id));
