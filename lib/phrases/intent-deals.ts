/**
 * Dealing off the platform named by its structure, no banned word (issue 21
 * item 5): a price set against the platform's (比拼单便宜, 省得平台扣点, 绕开平台,
 * 不走网上) and buying at the shop's own place (直接来店里挑). Read on the folded
 * text like every intent pattern, from rare start characters (直, 比, 省, not 来 / 到); a refusal covering one lowers it (scope.ts
 * lowers deal intent findings).
 */
import type { IntentPattern } from './intent';
import { PAYEE_PATTERNS } from './intent-payee';

/** The platform, its order or its listing: what an off-platform price is set against. */
const PLATFORM = '(?:平台|拼多多|多多|拼单|网上|线上|店里|店铺|下单|拍(?:的)?|链接)';

export const DEAL_PATTERNS: readonly IntentPattern[] = [
  // A price below the platform's, or the platform's cut avoided: the sale moves off the order.
  {
    id: 'cheaper-off',
    category: 'deal',
    starts: '比省免绕网线',
    re: new RegExp(
      `比${PLATFORM}(?:上)?(?:还|要)?(?:便宜|划算|低|实惠|少)|(?:省(?:得|了|掉|下)?|免得)(?:平台|拼多多)(?:的)?(?:扣点|抽成|手续费|佣金|扣的)|绕(?:开|过)(?:平台|拼多多|订单)|(?<=不走)(?:网上|线上)`,
      'y',
    ),
  },
  // Buying at the shop's own place, straight (直接来店里挑, 欢迎来果园直接买): the label rules' offline sale.
  {
    id: 'offline-shop',
    category: 'deal',
    starts: '直',
    re: /直接(?:来|到|去)(?:我们的?)?(?:店里|门店|实体店|果园|厂里|工厂|仓库|档口|农场|基地|家里)(?:挑|买|拿|提|选|看货|拿货)|直接(?=挑|买|拿|提|选)(?<=(?:来|到)(?:我们的?)?(?:店里|门店|实体店|果园|厂里|工厂|仓库|档口|农场|基地)直接)(?:挑|买|拿货|拿|提|选)/y,
  },
  // Paid at the door, order skipped, a gift for a review, money out of pocket (intent-payee.ts).
  ...PAYEE_PATTERNS,
];
