/**
 * Money moved around the order in other words, second round (issue 21 item 5,
 * the label rules' deal class and the thirteenth writer's notes 4–5): the
 * price paid to whoever delivers or installs (尾款给师傅刷卡, 窗帘钱跟他结就行),
 * the order skipped (别在网上拍了, 不必经过拼多多下单), a gift or a code for a review
 * (好评带图的，寄一个杯垫给你当谢礼, 发个返现码), after-sales closed for money (您取消
 * 售后申请，我个人补您30块), the agent paying out of pocket (由我个人转给您), cash on
 * arrival (到了付我20就行), and money into "this" card (直接转这). Read on the
 * folded text from rare start characters; a refusal or a warning covering one
 * lowers it (scope.ts lowers deal intent findings). Twins in
 * test/unit/phrases/card-structure.test.ts.
 */
import type { IntentPattern } from './intent';

/** Who is paid at the door (送货的师傅, 安装师傅, 队长, 班主任, 他). */
const WORKER = '(?:送货的?|安装的?|上门的?|量尺寸的?)?(?:师傅|司机|小哥|队长|班主任|他)';
/** A review or a confirmed receipt (the label rules: any reward tied to one is deal). */
const REVIEW = '(?:好评|五星|5星|晒图|晒单|追评|带图|评价|确认收货|点确认|点收货)';

export const PAYEE_PATTERNS: readonly IntentPattern[] = [
  // The price paid at the door (尾款给师傅刷卡, 窗帘钱跟他结就行, 钱给队长就行, 验完再付给师傅, 修好了你直接给他钱);
  // nothing due (安装费不用给师傅, 费用跟师傅无关) is left.
  {
    id: 'pay-worker',
    category: 'deal',
    starts: '钱尾款余货费安再直先刷现',
    re: new RegExp(
      `(?:钱|尾款|余款|货款|费用|安装费)[^，。！？,!?不别勿无免]{0,6}?(?:给|付给|交给|转给|跟|付)${WORKER}(?=就行|就好|结|即可|刷卡|手上|[,，。]|$)|(?:再|直接|先)(?:付|给)(?:给)?${WORKER}(?:钱)?(?=就行|就好|[,，。]|$)|刷(?:他|师傅)(?:那个|的)?(?:卡机|pos机|pos)|现金(?:给|交给|付给)${WORKER}|现金(?<=(?:给|付|交)(?:给)?${WORKER}现金)`,
      'y',
    ),
  },
  // The order skipped (下次买四件套就别在网上拍了, 不用在手机上买, 不必经过拼多多下单, 不用在这下单, 不在这个店下单, 别在店里付, 不在店铺拍, 不走链接,
  // 另行结算); "no need to buy again, we reship" (不用在网上拍了，给您补发) is left.
  {
    id: 'skip-online',
    category: 'deal',
    starts: '别不无另网线平到直报找',
    re: /(?:别|不用|不必|无需|不要|不)(?:再)?(?:在|经过|通过|走)(?:网上|手机上|线上|这里|这儿|这边|这|拼多多|这个店|店里|店铺|平台)(?:上)?(?:拍|付|买|下单|补|结|做|交易|卖)(?!错|的|过)(?![^。！？!?\n]*(?:补发|重发|已经|已为|给[你您]发|免费|的话))|(?:网上|线上|平台上?)(?:就)?(?:不用|不必|别|无需)(?:再)?(?:下单|拍|付)(?![^。！？!?\n]*(?:补发|重发|已经|已为|给[你您]发|免费|的话))|到店(?:现结|结算|付款|付钱)|别拍了[,，]?\s*(?:回头|到时|我)[^。！？!?\n]{0,6}?(?:发货|寄|送)|(?:直接|报我|找我)[^。！？!?\n]{0,10}?不用(?:再)?下单(?![^。！？!?\n]*(?:补发|售后|换货|重新))|不走链接|另行结算/y,
  },
  // A gift or a code for a review or a confirmed receipt (好评带图的，寄一个竹编小杯垫给你当谢礼, 评价写好点回头给你多塞两双,
  // 晒图追评给你包个8.8的, 确认收货后找我领瓶小酒, 发个返现码): a review asked for with nothing in return is left.
  {
    id: 'review-gift',
    category: 'deal',
    starts: '好五5晒追带评确点发给',
    re: new RegExp(
      `${REVIEW}(?![^，。！？,!?]{0,4}(?:看到|收到|说的|提到|反馈|里说|中说))[^。！？!?\\n不没无]{0,16}?(?:(?:寄|送|塞|补发|返)(?=个|一|两|几|你|您|给)[^。！？!?\\n]{0,10}?(?:谢礼|配件|给(?:你|您)|\\d|[一两三四五六七八九十](?:个|盒|双|张|卷|瓶|桶|件|份|条|支|套|包|袋|罐|斤|箱|束|把|块|副))|贴回去|谢礼|多塞|包(?:个|一个)\\s?\\d|(?:找我|私我)领|免费送)|(?:发|给)(?:你|您)?(?:个|一个)?[^，。！？,!?]{0,6}(?:暗号|返现码)`,
      'y',
    ),
  },
  // After-sales closed for money (您先把退款关了…另外补您20, 您取消售后申请，我个人补您30块, 您撤销申请，我直接退给您).
  {
    id: 'close-for-money',
    category: 'deal',
    starts: '退售投取差撤',
    re: /(?:(?:退款|售后|售后申请|退款申请|投诉)(?:关了|关掉|撤了|撤掉|取消了?)|取消(?:售后|退款)(?:申请)?|撤(?:销|回)(?:售后|退款)?申请|差评[^。！？!?\n]{0,8}?(?:删|撤)(?:了|掉))[^。！？!?\n]{0,14}?(?:补[你您]|另外补|个人补|返[你您\d]|红包|给[你您](?:补|返|转|打|送)|我(?:直接|私下|单独|自己)?(?:退|转|补|赔)给?[你您](?!们)|[\d一二三四五六七八九十两百]+\s*(?:元|块))/y,
  },
  // The agent paying out of pocket (我个人补您30块, 由我个人转给您, 我先用私人账号垫给你); 我个人建议 is advice.
  {
    id: 'pay-personal',
    category: 'deal',
    starts: '个私',
    re: /(?:个人|私人)(?<=我(?:先)?(?:个人|私人))(?:先)?(?:补(?!发|寄|拍)|转|垫|赔|退(?!货|回|换))|私人(?:账号|账户|帐户|卡)(?:先)?(?:垫|转|打|给)/y,
  },
  // The agent paying out of pocket in other words (我自己掏钱先退你, 自掏腰包补您) and cash handed by the agent (我给你现金赔, 差价现金退你,
  // 返3块现金给您): the platform's refund skipped. Read from 掏 / 现 (rare); a cash coupon (给您现金券) is the shop's own perk.
  {
    id: 'pay-cash',
    category: 'deal',
    starts: '掏现',
    re: /掏(?<=(?:我|自己|自)掏)(?:钱|腰包)[^。！？!?\n]{0,4}?(?:退|补|赔|给|转)(?:给)?(?:你|您)|现金(?<=(?:给|赔|补|退|返)(?:你|您)现金)(?![券卡])|现金(?:赔|补|退|返|给)(?:给)?(?:你|您)(?!们)/y,
  },
  // Cash on arrival to the agent (到了付我20就行, 到了再给钱, 让快递上门收钱) and money into "this" card (你多拿的那斤直接转这, 直接打这个卡就行).
  {
    id: 'pay-on-arrival',
    category: 'deal',
    starts: '到上转打汇块元钱再',
    re: /到了(?:再)?(?:付|给)(?:我)?(?:钱|现金|\d)|上门收钱|(?:块|元|钱)[^。！？!?\n]{0,14}?(?:一起|顺便)(?:给|转|付)我|再给(?:您|你)单独(?:优惠|便宜|减|返)|(?:转|打|汇)(?<=(?:钱|款|价|斤|费)[^，。！？,!?]{0,8}(?:转|打|汇))(?:到)?这(?:张|个)?(?:卡|账户|账号)?(?=$|[，。,!！]|就|吧)/y,
  },
];
