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
  // The platform's refund or after-sales skipped for the agent's own money (别申请退款了，我直接退您; 别在订单里点退款，我私下退你);
  // a reship (不用申请售后，我们直接给您补发) or the platform's refund (直接给您退款) moves no money by hand.
  {
    id: 'skip-refund',
    category: 'deal',
    starts: '别不无',
    re: /(?:别|不用|不要|无需)(?:在(?:订单|平台)里?)?(?:申请|走|点|提)(?:平台)?(?:的)?(?:退款|售后|退货)[^。！？!?\n]{0,12}?(?:我|我们|私下)(?:直接|私下|单独)?(?:给(?:你|您))?(?:退(?!款|货)|补(?!发|寄)|转|赔)/y,
  },
  // Paid at the door, order skipped, a gift for a review, money out of pocket (intent-payee.ts).
  ...PAYEE_PATTERNS,
];
