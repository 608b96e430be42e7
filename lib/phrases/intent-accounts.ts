/**
 * Accounts asked for or given in other words (issue 21 item 5, the label
 * rules' bank class): a structure — a payment app or a card named as WHERE
 * money goes, with an account noun or a person — not one writer's phrases.
 * Read on the folded text like every intent pattern (intent.ts tries them
 * only where a character they start with stands). Unlike the other bank
 * patterns, these carry no number, so a refusal or warning covering them
 * lowers them (scope.ts, LOWERED_INTENT): "支付宝账号不要发给任何人" stays clean.
 */
import type { IntentPattern } from './intent';
import { CARD_PATTERNS } from './intent-cards';

/** Alipay and UnionPay's app, in the spellings agents type (支fu宝, 支x宝, 支宝号, 花钱的宝, zfb, z f b, zhi fu bao, alipay, ysf, yun shan fu). */
const PAY_APP = '(?:支付宝|支fu宝|吱付宝|支负宝|支附宝|支 付 宝|支[a-z*×]宝|支宝号|花钱的宝|zfb|z[ .]f[ .]b\\.?|zh[iī] ?f[uù] ?b[aǎ]o|zh[iī]付宝|ali ?pay|云闪付|云shan付|云闪fu|yun ?shan ?fu ?|ysf ?|蚂蚁(?:那个)?(?:app|软件)|蓝色(?:那个|的)(?:app|软件))';
/**
 * The characters the app's names start with: the patterns below are tried only there, and a lookahead for the
 * name comes before any lookbehind (an 'a' or a 'z' in an id costs one failed literal, not a look back).
 */
const APP_STARTS = '支吱za云花y蚂蓝';
/** What names an account of it: its number, its holder's name, its code. */
const ACCOUNT_NOUN = '(?:收款)?(?:账号|帐号|账户|帐户|号码|号(?!码)|名字|实名|姓名|户名|全名|手机号|二维码|收款码|名(?=[和跟与+]))';
/** After an account noun: the account given or asked for (是 / : / 多少 / 发 / 给 / 和 / a number or id), not talked about (支付宝账号的问题, 账号登录). */
const GIVEN = '\\s?(?:是|为|就是|[:：]|多少|发|给|报|告诉|留|写|和|跟|与|[+、]|再|用于(?:打款|转账|退款|收款|赔|补)|\\s?[\\da-z])';
/** A third party that pays into the buyer's Alipay on its own (运费险理赔打到您支付宝), or the refund going back the way it came. */
const NOT_THE_SHOP = '(?<!(?:保险公司?|平台|系统|官方|原路|自动|理赔|多多|拼多多)[^，。！？,!?]{0,10})';

/** A bank by its name or short name (工行, 农业银行, 农信社). */
const BANK = '(?:[建工农招中交]行|(?:农业|工商|建设|招商|中国|交通|邮政|邮储|民生|浦发|兴业|光大|平安|农商|农村信用|信用|华夏|中信|广发)银行|农信社|邮储)';

export const ACCOUNT_PATTERNS: readonly IntentPattern[] = [
  // The app's account asked for or given (支付宝号是多少, 支付宝姓名和账号发我, 你支F宝多少, 支 付 宝 发我一下, 你支付宝是不是就是手机号, 支付宝搜 186…,
  // 支付宝是 1 5 9…, 您孙女的支付宝给我一下): the app's own checkout words (支付宝账号付款, 余额, 登录, 绑定) are the
  // platform's, not an account for money.
  {
    id: 'app-account',
    category: 'bank',
    starts: APP_STARTS,
    re: new RegExp(
      `${PAY_APP}(?:的)?\\s?(?:(?:绑定?的|注册的)?${ACCOUNT_NOUN}(?=${GIVEN})|\\s?[:：]\\s*(?=[a-z0-9_.-]{4,})[a-z][a-z0-9_.-]*|[^。！？!?\\n]{0,12}?(?:转|付|打)[^。！？!?\\n]{0,8}?(?<!(?:单|编|交易|流水|批次)号)[:：]\\s*(?=[a-z0-9_.-]{5,})[a-z][a-z0-9_.-]*[0-9_.][a-z0-9_.-]*|[^。！？!?\\n]{0,10}?搜(?:我的?)?(?:号|账号|名字|id)?\\s*[a-z0-9]|多少(?![钱人元块次天个位])|(?:是不是|就是|是){1,2}(?:叫|手机号|我的?手机号|我的?邮箱|多少|\\d{3}开头)|(?:实名|名字)?叫(?:什么|啥|啥名)|搜(?:一下|下)?\\s*(?:\\d|[a-z])|(?:号|账号)?(?:是|为)?\\s?[:：]?\\s*(?:1(?:\\s?\\d){10}|[一幺](?:\\s?[零〇一二三四五六七八九幺两]){10}|1\\d{2}[*]{3,4}|[a-z][a-z0-9_.*-]*@)|(?:给|发|报|告诉)(?:给)?我(?:一下|下)(?![转打付汇])|(?:发|报)(?:给)?我(?=$|[，。！？,!?\\s吧哈]))`,
      'y',
    ),
  },
  // The app's account asked for with the app after the verb (报一下你的支付宝, 发下您支付宝, 给我个支宝号); 给您支付宝转 is a payment, not an ask.
  {
    id: 'app-account-ask',
    category: 'bank',
    starts: APP_STARTS,
    re: new RegExp(`(?=${PAY_APP})(?<=(?:(?:报|留|告诉我)(?:一下|下|个)?|发(?:一下|下))(?:你|您)(?:的)?|给我(?:个|一个))${PAY_APP}`, 'y'),
  },
  // A bare 账号 asked for or given where money moves by an app or by hand (给你转支fu宝，账号多少 / 接龙付款走支付宝，
  // 账号 135 2877 4096): read backwards from 账号, only when the app or a paying word stands before it.
  {
    id: 'account-after-pay',
    category: 'bank',
    starts: '账帐',
    re: new RegExp(
      `(?=账号|帐号|账户|帐户)(?<=(?:${PAY_APP}|转|打(?!开|印|包|电话)|退|付款|汇|赔|补)[^。！？!?\\n]{0,16})(?:账号|帐号|账户|帐户)(?:再)?(?:(?:发|给|报|告诉|留)|(?:是|就是)?(?:多少|啥|什么|你的?手机号)|(?:是|为)?\\s?[:：]?\\s*(?:1(?:\\s?\\d){10}|[a-z][a-z0-9_.*-]*@|(?=[a-z0-9_.-]{5,})[a-z][a-z0-9_.-]*[0-9_.][a-z0-9_.-]*))`,
      'y',
    ),
  },
  // A mobile number given as the Alipay to pay into (直接转 18857123456 这个支付宝): read backwards from the app.
  {
    id: 'phone-is-app',
    category: 'bank',
    starts: APP_STARTS,
    re: new RegExp(`(?=${PAY_APP})(?<=(?:转|打|付|汇)(?:到|给|进)?\\s?1[3-9]\\d(?:[ -]?\\d){8}\\s?(?:这个|那个|的)?)${PAY_APP}`, 'y'),
  },
  // Money paid into the agent's Alipay (转我支付宝, 打到我支付宝, 付到我老婆支付宝, 走我支付宝): the agent gives the
  // account the buyer is to pay, so it is bank (the label rules: an Alipay account given for payment).
  // Read backwards from the app (a rare start; the verbs are everywhere).
  {
    id: 'app-payee',
    category: 'bank',
    starts: APP_STARTS,
    re: new RegExp(`(?=${PAY_APP})(?<=(?:转|打|付|汇|存|发|走)(?:款|钱|账)?(?:到|进|给)?我(?!们)(?:老婆|老公|媳妇|家人|朋友|同事|爸|妈|的)*\\s?)${PAY_APP}`, 'y'),
  },
  // Money paid by hand into the buyer's Alipay (打到你支付宝, 差价我发你支付宝): off the order (deal); no account is
  // given or asked. 退 is left out, and so is the platform or an insurer paying (退回您的支付宝, 理赔打到您支付宝).
  {
    id: 'app-payee-buyer',
    category: 'deal',
    starts: APP_STARTS,
    re: new RegExp(`(?=${PAY_APP})(?<=${NOT_THE_SHOP}(?:转|打|付|汇|存|发)(?:款|钱|账)?(?:到|进|给)?(?:你|您)(?:的)?)${PAY_APP}`, 'y'),
  },
  // Money into the agent's card or account, no number (押金交到我卡里, 定金先打一半到我卡上, 转公账): paying off the
  // order (deal); no account is given, so not bank. Into the buyer's card (退款会打到您的卡上) is the refund's way back.
  {
    id: 'card-payee',
    category: 'deal',
    starts: '银卡账帐存公',
    re: /(?=(?:银行卡|卡|账户|帐户|存折)(?:上|里))(?<=(?:转|打|汇|交|付|存)[^，。！？,!?]{0,6}?(?:到|进)我(?:的|们的?)?[^，。！？,!?卡]{0,4}?)(?:银行卡|卡|账户|帐户|存折)(?:上|里)|(?=公账)(?<=(?:转|打|汇)(?:到)?(?:我们的?|我的?)?(?:对)?)公账/y,
  },
  // An account asked for by what it is for (给我一个能用的卡, 发你个银行账户, 存折账号告诉我); gift, member and
  // SIM cards never match: the card must be a bank one or one that takes money.
  {
    id: 'account-ask',
    category: 'bank',
    starts: '卡账帐存',
    re: /(?=卡|账户|帐户|账号|帐号)(?<=(?:给|发|留|报)(?:我|你|您)?(?:一下)?(?:一)?个(?:能用的|能收钱的|收钱的|收款的?)?银行|(?:给|发|留|报)(?:我|你|您)?(?:一下)?(?:一)?个(?:能用的|能收钱的|收钱的|收款的?))(?:卡|账户|帐户|账号|帐号)|存折(?:的)?(?:账号|帐号|号)/y,
  },
  // A card's photo asked for (把银行卡照片拍给我, 银行卡正反面发一下): the account in a picture.
  {
    id: 'card-photo',
    category: 'bank',
    starts: '银储把',
    re: /(?:银行卡|储蓄卡)(?:的)?(?:照片|正反面|正面|反面)(?:拍|发|给)|把(?:你|您)?(?:的)?(?:银行卡|储蓄卡)(?:照片|正反面)?(?:拍|发)(?:给|一下|下|过来)/y,
  },
  // The account named as the agent's phone or e-mail where money moves (ZFB 转我就行，号是我手机号 / 云闪付转我，手机号就是账号);
  // the platform's own login (登录账号就是您的手机号) names no payee.
  {
    id: 'account-is-phone',
    category: 'bank',
    starts: '账帐号手电',
    re: new RegExp(
      `(?=(?:账号|帐号|账户|号)(?:就)?是我|(?:手机号|手机|电话)(?:就)?是(?:账号|帐号|账户))(?<=(?:${PAY_APP}|转|打(?!开|印|包|电话)|付|汇)[^。！？!?\\n]{0,16})(?:(?:账号|帐号|账户|号)(?:就)?是我的?(?:手机号|手机|电话|邮箱)|(?:手机号|手机|电话)(?:就)?是(?:账号|帐号|账户))`,
      'y',
    ),
  },
  // Part of a card after its bank (打钱到 招商 6214 8301 **, 打到 民生 六二二六 零九零零): the payee's bank and card head.
  {
    id: 'bank-card-part',
    category: 'bank',
    starts: '建工农招中交民浦兴光平邮',
    re: /(?:[建工农招中交]行|招商|民生|浦发|兴业|光大|平安|邮储|邮政|工商|农业|建设|交通|中国)(?:银行)?(?:的)?(?:卡)?[:：\s]*(?:6\s?2(?:\s?[\dx*]){6,}|六\s?二(?:\s?[零〇一二三四五六七八九]){6,})/y,
  },
  // A card given in two pieces (6217 0012 后面是 3390 5521 776): its head, then the rest named.
  { id: 'card-rest', category: 'bank', starts: '6', re: /6(?=\s?2)(?<!(?:单号|订单|快递|运单|物流|编号|号码)[^。！？!?\n]{0,6}6)\s?2(?:\s?\d){2,}[^。！？!?\n\d]{0,6}?(?:后面|后几位|后半段?|剩下的?|第二段)(?:是|为)?[:：\s]*\d(?:\s?\d){3,}/y },
  // The bank asked for once money is to go into the buyer's card (我直接退你卡里吧，哪个银行的？).
  {
    id: 'which-bank',
    category: 'bank',
    starts: '哪什',
    re: /(?=(?:哪个|哪家|什么)银行)(?<=我(?:们)?[^。！？!?\n]{0,6}?(?:退|转|打|汇|存)[^。！？!?\n]{0,3}?(?:你|您)的?(?:卡|银行卡|账户)[^。！？!?\n]{0,8}?)(?:哪个|哪家|什么)银行/y,
  },
  // The bank asked for where the agent is to pay (你的卡是哪个行的，我让财务打 / 你用的哪家银行，报个号 / 你网银是哪个行的).
  {
    id: 'which-bank-pay',
    category: 'bank',
    starts: '哪',
    re: /(?=(?:哪个|哪家)(?:行|银行))(?<=(?:我|财务|会计|网银|钱)[^。！？!?\n]{0,12}?)(?:哪个|哪家)(?:行|银行)|(?:哪个|哪家)(?:行|银行)(?:的)?(?=[^。！？!?\n]{0,12}?(?:我(?:让|叫)?(?:财务|会计)?(?:直接)?(?:打|转|退|汇|存)|报个?(?:卡)?号))/y,
  },
  // A bank account or its details asked for by their noun (你那个银行账户报给我, 农行那张卡的号码发来, 收款方式发我一下, 账户信息私信给我).
  {
    id: 'account-noun-ask',
    category: 'bank',
    starts: '银卡储网账帐收',
    re: /(?:(?:银行|卡|储蓄卡|网银)(?:的)?(?:账户|帐户|账号|帐号|号码)|(?:账户|帐户|收款)(?:信息|方式))[^，。！？,!?]{0,2}?(?:报|发|给|告诉|私信|私发|写)(?:给)?(?:我|来|过来|一下|下)/y,
  },
  // Whether the buyer has a card, for the agent to pay into (你有银行卡吗，我直接打给你).
  { id: 'has-card', category: 'bank', starts: '有用', re: /(?:有|用)(?:没有)?银行卡(?:吗|没|么)[^。！？!?\n]{0,12}?(?:我|财务)[^。！？!?\n]{0,4}?(?:打|转|退|汇|存)/y },
  // The payee named with a bank (收款人李四，建设银行杭州分行 / 收款银行：交通银行), or money into a named person's or the agent's
  // card at a bank (钱转到张伟的招行卡, 打到我爱人的工行卡上); into the buyer's own card (退到您的建行卡) is the refund's way back.
  {
    id: 'payee-bank',
    category: 'bank',
    starts: '收开持账转打汇存',
    re: new RegExp(
      `(?:收款人|开户人|持卡人|开户名|账户名|收款方)(?:是|叫|写|填)?[:：\\s]*(?!本人|是|去|到|在)[\\u4e00-\\u9fa5*]{1,4}[，,\\s]+${BANK}|收款(?:银行|行)[:：\\s]*${BANK}|(?:转|打|汇|存)(?:到|进)[^，。！？,!?\\n]{0,6}?${BANK}(?:的)?(?:卡|账户)(?<![您你][^，。！？,!?\\n]{0,14})(?<!退款[^，。！？,!?\\n]{0,16})`,
      'y',
    ),
  },
  // An id with the app named after it (就用这个账户 kid_toys_wang（支付宝）): read backwards from the bracket.
  { id: 'id-then-app', category: 'bank', starts: '(', re: new RegExp(`\\((?=${PAY_APP}\\))(?<=[a-z][a-z0-9_.-]*[0-9_.][a-z0-9_.-]*\\s?\\()`, 'y') },
  // A card asked for to pay into (你给我个卡，我今天就转你).
  { id: 'card-to-pay', category: 'bank', starts: '给发留', re: /(?:给|发|留)我(?:一)?(?:个|张)卡(?![片券套包贴扣通密])(?=[^。！？!?\n]{0,10}?(?:转|打|汇|退)(?:给)?(?:你|您))/y },
  // The card photographed, in shorthand, its bank or holder asked for (intent-cards.ts).
  ...CARD_PATTERNS,
];

/** Their ids: findings of these may be lowered by a refusal (they carry no number). */
export const ACCOUNT_IDS: ReadonlySet<string> = new Set(ACCOUNT_PATTERNS.map((p) => p.id));
