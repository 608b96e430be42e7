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
      `比${PLATFORM}(?:上)?(?:还|要)?(?:便宜|划算|低|实惠|少)|比(?:页面|详情页|标价)(?:价|上)?(?:还|要)?(?:便宜|划算|实惠)|(?:省(?:得|了|掉|下)?|免得)(?:平台|拼多多)(?:的)?(?:扣点|抽成|手续费|佣金|扣的)|绕(?:开|过)(?:平台|拼多多|订单)|(?<=不走)(?:网上|线上)`,
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
  // An order placed for show (帮我们拍一单空包, 帮忙做个单子，下单后我全额返您再加5元, 刷一单给12，本金当天返, 拍下这个链接冲个销量,
  // 钱我转回给您再加五块辛苦费): brushing, which the label rules count as deal whatever the words; an order asked for needs
  // such a cue (帮我下个单，我给您改价 is the platform's price change). The agent ordering for the buyer (帮您拍一单) is a service.
  {
    id: 'fake-order',
    category: 'deal',
    starts: '帮拍刷做空冲本辛返',
    re: /帮(?:忙|我|我们|个忙)?(?:拍|刷|做|下)(?:一|个|几|两)(?:单|个单子|单子)(?=[^。！？!?\n]*(?:不发货|货不发|不用发|不发|空包|本金|佣金|辛苦费|冲量|销量|全额|返(?:你|您)|退(?:你|您)|转回))|(?:拍|刷|做)(?:一|个)?单空包|空包(?:单|刷)|冲(?<=帮(?:忙|我|我们)?[^。！？!?\n]{0,10}冲)(?:个|一下|点)?销量|刷(?:一|个|几)单(?:给|返|佣金|\d)|本金(?:当天|马上|秒|立即|立马)?返|辛苦费(?<=(?:给|加|还)(?:给)?(?:你|您)?[^，。！？,!?]{0,4}?辛苦费)|返(?:你|您)?(?:再|另外?)加\s?[\d一二三四五六七八九十两几]+\s*(?:块|元)/y,
  },
  // The order skipped in other words (不走这个店铺的单, 别在订单里体现, 配件费咱俩单独算, 这款不用平台买, 不用平台那么麻烦,
  // 走老客户专属渠道下单, 我拿别的渠道给您发，还便宜20); a reship or a free part (不用平台下单，给您补发), the buyer's own
  // order dropped (单子不下了), a carrier's channel (换其他渠道给您发) are left.
  {
    id: 'skip-order-3',
    category: 'deal',
    starts: '不无单别咱你走其另',
    re: /不走(?:这个)?(?:店铺|店里|店|平台|订单)?的?单(?:子)?(?![号据独价])|(?:别|不要|不用)在订单(?:里|上)?(?:体现|显示)|(?:咱俩|咱们|你我)(?:私下|单独|另外)(?:算|结|谈)|(?:别|不用|不必|无需|不要)(?:走)?(?:平台|拼多多|网上|线上)(?:上)?(?:拍|买|下单|那么麻烦|这么麻烦)(?![^。！？!?\n]*(?:补发|重发|已经|给[你您]发|免费|的话))|走(?:我们的?)?(?:老客户?|专属|内部|私人)[^，。！？,!?]{0,4}?渠道|(?:别的|其他|另外的?)渠道给(?:你|您)(?:发|寄|拿|买)(?=[^。！？!?\n]{0,10}(?:便宜|优惠|省|低))/y,
  },
  // Money asked for straight, in the agent's words (另外给我20块, 你付我80块, 定金先付我200，鞋到了再付尾款 — a bare sum, no 元, 保证金交我这里, 定金先过来, 差价微过来就行, 您转我钱 / 差价,
  // 尾款转我个人, 付款到我个人账户, 定金交给我个人, 我给您发个别的付款方式):
  // the same id as intent.ts's payment, so scope reads it as one.
  {
    id: 'pay-off-platform',
    category: 'deal',
    starts: '付给转打交定订尾差押保运汇发',
    re: /(?:付|给|转)(?:给)?我(?!们)\s?[\d一二三四五六七八九十两几百]+\s*(?:块|元)(?!的?(?:券|优惠|红包|无门槛))|(?:付|转)(?:给)?我(?!们)\s?\d{2,5}(?![\d.])(?=\s*(?:[,，。!！~]|$|就|吧|锁|我))|(?<=(?:钱|款|费|金)\s?(?:先|就|都|直接)?)交(?:到)?我(?!们)(?:这里|这儿|这边|这)(?=就|吧|即可|[,，。\s]|$)|(?:定金|订金|尾款|差价|押金|保证金|运费)(?:先|就|直接)?(?:微|v)?过来(?=就|吧|即可|[,，。]|$)|(?:转|打|付)(?:给)?我(?!们)(?:钱|款|差价|运费|定金|订金|尾款)|(?<=(?:钱|款|费|金)\s?(?:先|就|都|直接)?)交(?:给|到)?我(?:的)?个人|(?:给(?:您|你)发|发(?:给)?(?:您|你))(?:个|一个)?(?:别的|其他|另一个|另外的?|私人的?)(?:付款|支付|收款)(?:方式|渠道|码|链接)|(?:转|打|付|汇)(?:款|钱|账)?(?:给|到)?我(?:的)?个人(?!的?(?:信息|名义|觉得|认为|建议|意见|感觉|看法|来说|理解|电话|手机|号))|(?:订金|定金|押金|保证金)[^，。！？,!?码不别没]{0,4}(?:(?:转|打|付)给|(?<!交)给)我(?!们)/y,
  },
  // A review held back until the agent has paid (先别点确认，等我这边把返现给你再点, 收到货先别评价，等我把返现给你了再评).
  {
    id: 'hold-review',
    category: 'deal',
    starts: '先别不',
    re: /(?:先)?(?:别|不要)(?:急着)?(?:点|给|写)?(?:确认收货|确认|评价|评|收货)[^。！？!?\n]{0,6}?等(?:我)?[^。！？!?\n]{0,10}?(?:返现|红包|返(?:你|您|\d)|补(?:你|您)(?:\d|[一二三四五六七八九十两几]+(?:块|元)|钱))/y,
  },
  // A review changed or deleted for money, with the review first (要是能把那条中评删了，我退你一半货款, 把评价改成“物流很快”，我给您返运费).
  {
    id: 'change-review',
    category: 'deal',
    starts: '中差评',
    re: /(?:中评|差评|评价|评论)(?:能不能|可不可以|可以|麻烦)?(?:删|撤|改)(?!不)(?:了|掉|成|为|一下)?[^。！？!?\n]{0,14}?(?:补(?!发|寄|充)|返(?!回)|红包|给[你您](?:返|补|转|打)|退[你您]|送[你您]|[\d一二三四五六七八九十两百]+\s*(?:元|块)|一半)/y,
  },
  // A one-cent listing ordered to hold the place while the real price is paid aside (您拍那个一分钱的链接，剩下的我们另外补, 拍个1分钱的链接
  // 占位): read from 分 (rare), the sum behind it; the platform's own one-cent trial (1分钱试吃) names no rest to pay.
  {
    id: 'placeholder-link',
    category: 'deal',
    starts: '分',
    re: /分(?<=[一1]分)钱(?:的|那个|那)?(?:个)?链接(?=[^。！？!?\n]{0,12}?(?:占位|占个位|剩下|余款|余下|其余|尾款|另外(?:补|转|付|给)))/y,
  },
  // Paid at the door, order skipped, a gift for a review, money out of pocket (intent-payee.ts).
  ...PAYEE_PATTERNS,
];
