/**
 * Money the shop does not move by hand (the label rules' clean cases, issue
 * 21): an account word or a payment named where the platform pays (平台小额打款
 * 打款到您的账户, 原路退回), where an invoice needs the company's bank details
 * (专票需要开户行和账号), or where the buyer's own number is named to warn them
 * (您发的卡号…建议撤回), or a card that holds no bank account (会员卡号发我).
 * scope.ts lowers such a bank or deal finding ('platform');
 * a detector's number is never lowered, and a private payment in the same
 * clause (我直接转您, 平台太慢) keeps it held.
 */
import { clauseAround, sentenceAround } from './context';
import type { Finding } from './types';

/** The payer named just before the word, in its clause: the platform paying (通过平台, 平台小额打款), an insurer, the refund going back (退款会退到您付款用的…); not the platform merely named (拼多多上拍太贵). */
const PLATFORM_PAYS = /(?:通过平台|(?:平台|系统|官方)(?:会|将|已经?|自动)?(?:小额)?(?:打款|退|赔|补|返)|小额打款|原路|保险公司|运费险|理赔|退款(?:会|将|就)|(?:付款|支付|付钱)(?:时)?用的)[^,。!?\n]{0,12}$/;
/** The refund going back the way it was paid, said anywhere in the sentence. */
const ORIGINAL_WAY = /原路(?:退回|返回|退|返)/;
/** Where money lands (打到您卡上), not an account asked for (卡号发我, 户名写一下). */
const WHERE_TO = /^(?:打|转|汇|退)[^发报给多写]*$/;
/** The platform's refund put aside for a payment by hand (原路退回太慢, 不用走平台, 算了转你). */
const ASIDE = /慢|算了|转[你您]|不用走|别走|不走/;
/** A VAT or ordinary invoice: the company's bank details are printed on it, no money moves to anyone. */
const INVOICE = /发票|开票|专票|增票|增值税|税号|抬头|买方信息|纳税人/;
/** The buyer's own detail, echoed (您发的卡号, 你刚才发来了一个卡号). */
const BUYER_SENT = /(?:您|你)(?:刚才|刚刚|之前)?(?:发的|发来的?|发了|发过来的?|给的)(?:了)?(?:一个|这个|的)?$/;
const WARNED = /撤回|删掉|删了|删一下|不能|不要|安全|不需要|不用/;
/** Money moved by hand: it keeps the finding whatever else the clause says. */
const BY_HAND = /私|个人|太慢|不走|别走|绕|我(?:直接|这边|自己)|给我|转我|打给我|差价|定金|尾款|我的?(?:微信|支付宝)|卡号多少|卡号发/;
/** Money moved beside an invoice: it keeps the finding (款到给您开专票 is the shop's account to pay into, not the buyer's details). */
const MONEY = /转|打款|退|差价|补|赔|返|定金|尾款|款到|到账/;
/** A card that holds no bank account (会员卡号, 礼品卡的卡号, SIM卡号, a paint's 色卡号): its number is a product fact. */
const OTHER_CARD = /(?:色|会员|保修|质保|三包|防伪|礼品|购物|储值|充值|sim|电话|手机|加油|油|超市|公交|校园|饭|门禁|就诊|医保|社保|游戏|积分|点|话费|提货|兑换|vip)(?:卡的?)?$/;

/** A deal word said to be the platform's own (拼单返现是平台的活动, 红包是平台发的): the platform pays, not the shop. */
const PLATFORM_OWN = /^[^,。!?\n]{0,6}?(?:是|属于|由)(?:拼多多|多多|平台|官方|系统)/;
/** The company's account given to be paid into (走公户，账号 1208 …，开票另算; 对公户走一下吧，发票我们开): an invoice beside it does not make it the buyer's details. */
/**
 * The sentence says the platform gave it (平台给您发了'补偿红包'，是平台发的，在您的红包列表里): every deal word in it is the platform's,
 * the later ones too, which PLATFORM_OWN (read after the word, in its clause) does not reach.
 */
const PLATFORM_GAVE = /(?:是|由)(?:拼多多|多多|平台|官方|系统)(?:统一)?(?:发放|发|给|送|补|返)的|是指(?:拼多多|多多|平台|官方)|(?:拼多多|多多|平台|官方|系统)(?:已经?)?给(?:您|你)(?:发|送|补)了/;
/** A card or account number inside the finding: the account is given to pay into, whatever the refund does later (押金转到 6228…，还帐篷时原路退你). */
const ACCOUNT_DIGITS = /\d{4}[\s-]?\d{4}/;
const PAY_COMPANY = /走(?:一下)?(?:对公|公户|公账)|(?:对公|公户|公账)[^,。!?\n]{0,3}走/;

/** How far before the word its payer or its owner may stand. */
const REACH = 16;

/** Whether bank or deal finding `f` names money the platform moves, an invoice's details, the buyer's own number warned about, or a non-bank card. */
export function platformMoney(f: Finding, folded: string): boolean {
  if (f.category !== 'bank' && f.category !== 'deal') return false;
  const [a, b] = clauseAround(folded, f.start, f.end);
  const before = folded.slice(Math.max(a, f.start - REACH), f.start);
  if (f.category === 'bank' && folded[f.start] === '卡' && OTHER_CARD.test(before)) return true;
  if (PLATFORM_PAYS.test(before)) return !BY_HAND.test(folded.slice(a, b));
  if (f.category === 'deal' && PLATFORM_OWN.test(folded.slice(f.end, b))) return !BY_HAND.test(folded.slice(a, b));
  const sentence = folded.slice(...sentenceAround(folded, f.start, f.end, 40));
  if (f.category === 'deal' && f.context === undefined && PLATFORM_GAVE.test(sentence)) return !BY_HAND.test(sentence);
  // The refund said to go back the way it was paid (退款打到您卡上…是原路退回，不用告诉我卡号): the platform pays.
  if (ORIGINAL_WAY.test(sentence) && WHERE_TO.test(folded.slice(f.start, f.end)) && !ACCOUNT_DIGITS.test(folded.slice(f.start, f.end)))
    return !BY_HAND.test(sentence) && !ASIDE.test(sentence);
  // The invoice's details are the buyer's company's (a bank word, or a deal word: 纸质发票线下寄; 私下 never is), unless the company's account is
  // given to be paid into; a deal pattern (不开票私下结, 款不走平台，公对公开票) names money moved by hand.
  if (INVOICE.test(sentence)) return (f.category === 'bank' || (!f.context && folded[f.start] !== '私')) && !PAY_COMPANY.test(sentence) && !MONEY.test(sentence);
  return BUYER_SENT.test(before) && WARNED.test(sentence);
}
