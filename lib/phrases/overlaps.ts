/**
 * Second labels a finding carries (issue 21, RULES §3b and the label rules'
 * overlaps): a bank card or account given or asked for to move money is also
 * dealing off the platform (bank + deal); a red packet, cash, coupon, gift or
 * group inducement riding on a contact id or a QR code in the same sentence
 * is a deal as well (加我vx，每周都有福利发), and so is a payment code (收款码). Only findings that survived
 * scope are read, so a refusal (不能加微信，平台上也有红包) adds nothing.
 */
import { sentenceAround } from './context';
import type { Finding } from './types';

/**
 * An inducement: money or a perk (the platform's red packets never get here: no contact stands beside them), a gift or a draw
 * for adding or registering (加一下送一年延保, 每月抽奖送耳钉, 加客服好友有礼, 进群领配件). A price for adding (加v给你便宜点) is
 * left: the writers split on it. A bare group beside a contact or a code (我拉你进群, 扫码进售后群) is a contact, not a deal:
 * fifty tuning lines without a perk leave deal off, twenty-three put it on; over the tuning files deal false alarms 396 -> 364
 * for 12 misses more.
 */
const INDUCEMENT = /红包|返现|返钱|返[你您]?[\d一二三四五六七八九十两几]|福利|优惠券|券|礼品|礼物|现金|补贴|赠品|送(?:你|您)|(?:补|退|转)(?:给)?[你您](?!们)|送(?:一|两|个|\d)(?!货|到)|抽奖|有礼|领(?:配件|礼品|奖品|小礼物)/;
const INDUCEMENT_SOURCE = INDUCEMENT.source;
/** After-sales material moved onto the contact channel (加个V 我把视频发你, 加我wx 我发你物流截图). */
const MATERIAL = /(?:视频|截图|照片|图片|教程|资料)[^，。！？,!?]{0,4}?(?:发|教|给)(?:你|您)|(?:发|教)(?:你|您)(?:看)?(?:视频|截图|照片|图片|教程)/;
/** A contact id or a QR code: what an inducement rides on. */
const isCarrier = (f: Finding) => f.category === 'contact' || f.category === 'qrcode';
/** Dictionary words naming a code that takes money. */
export const PAY_CODE = /收款码|付款码|收钱码|收款二维码|付款二维码|扫码支付|扫码付款/;

/** How far an inducement may stand from its contact or code: a chat sentence, not a pasted page. */
const REACH = 30;

/** The sentence around `f`, at most REACH characters either side. */
const sentenceOf = (folded: string, f: Finding) => folded.slice(...sentenceAround(folded, f.start, f.end, REACH));

/**
 * `list` with the deal finding it implies, if any (one per message is enough:
 * the message is held for the deal), and without phone numbers read inside a
 * card or account number (对公账号 1202 0210 0900 1234 567 is one account).
 */
export function withOverlaps<T extends Finding>(list: T[], folded: string): T[] {
  const cards = list.some((f) => f.category === 'bank') ? list.filter((f) => f.category === 'bank' && digitCount(folded, f) >= CARD_DIGITS) : [];
  const unread = cards.length === 0 ? list : list.filter((f) => f.category !== 'phone' || !cards.some((c) => c.start <= f.start && f.end <= c.end));
  const addressed = unread.some((f) => f.category === 'email') ? unread.filter((f) => !domainOfAddress(unread, f)) : unread;
  const kept = addressed.some((f) => f.category === 'qrcode') ? addressed.filter((f) => !bareAddByCode(addressed, f, folded) && !scannerOfCode(addressed, f, folded)) : addressed;
  const deal = impliedDeal(kept, folded);
  if (!deal) return kept;
  // 私聊 / 支付宝 that carried the inducement is the deal's own channel (晒了私聊我领红包): the deal takes its place.
  const channel = deal.entry !== undefined && MONEY_WORD.test(deal.entry) ? kept.find((f) => f.category === 'contact' && f.start === deal.start && f.end === deal.end) : undefined;
  const out = channel ? kept.filter((f) => f !== channel) : kept;
  out.push(deal);
  return out;
}

/**
 * A bare "add me" (加我, 加个好友, 私聊) that names no app and no id only says what scanning the code does (扫这个码加我, 扫一扫➕我):
 * the code is the finding. Of the tuning lines with a code and a bare add, 37 label the code alone and 11 both; the team's own
 * lines label both where a perk or a group rides on it (扫码加好友领优惠), so those keep the contact (and carry the deal).
 */
const PERK_OR_GROUP = new RegExp(`${INDUCEMENT_SOURCE}|群|优惠`);
// The agent's own account named as where the code leads, no id (扫这个图就到我私人号, 那个码扫进去就是我私人号): four writers (w16,
// w23, w28, w31) label the code alone; one (w25) a private number given without a code.
const BARE_ADD = /^(?:[加➕+](?:我|个|一下|下|上)*(?:好友)?(?:我)?|私聊|私信|(?:我的?|我们的?)?(?:店长|老板)?(?:的)?(?:私人|个人)号)$/;
function bareAddByCode(list: readonly Finding[], f: Finding, folded: string): boolean {
  if (f.category !== 'contact' || !BARE_ADD.test(folded.slice(f.start, f.end).replace(/\s/g, ''))) return false;
  const [a, b] = sentenceAround(folded, f.start, f.end, REACH);
  if (PERK_OR_GROUP.test(folded.slice(a, b))) return false;
  return codeWithin(list, a, b);
}

/** Whether a QR code finding of `list` stands in [a, b) (the sentence around a contact word). */
const codeWithin = (list: readonly Finding[], a: number, b: number) => list.some((q) => q.category === 'qrcode' && q.start < b && a < q.end);

/**
 * The domain of an address written out (coop艾特meiyan点com, sales 小老鼠 tianyi-tea 点 cn, service at meiyuan dot net) is
 * the address, not a link: the writers label the e-mail alone (w10, w14, w16, w17, w28).
 */
const domainOfAddress = (list: readonly Finding[], f: Finding) =>
  f.category === 'url' && list.some((e) => e.category === 'email' && e.start <= f.start && f.end <= e.end);

/**
 * Alipay right before a scan (支付宝扫一扫这张图, 您用支付宝扫我发的码) is the buyer's scanner of the code beside it: the code is the
 * finding, as the writers label it (w10, w20, w31), and the label rules list no Alipay contact.
 */
const ALIPAY_SCANS = /^(?:支付宝|zfb|zhifubao|吱付宝|支负宝|支附宝)$/;
function scannerOfCode(list: readonly Finding[], f: Finding, folded: string): boolean {
  if (f.category !== 'contact' || folded[f.end] !== '扫' || !ALIPAY_SCANS.test(folded.slice(f.start, f.end).replace(/\s/g, ''))) return false;
  return codeWithin(list, ...sentenceAround(folded, f.start, f.end, REACH));
}

/** Alipay's dictionary words as a payment (also scope.ts's deal channel). */
export const ALIPAY_WORDS = '支付宝(?:支付|付|余额)?|zfb|zhifubao';
/**
 * Alipay, which the label rules never count as a contact, a private-message word (私聊我领红包) and WeChat Pay named as the
 * account money goes to (微信支付收款账户 wxp_88: w17, w23 label the account alone): the way money moves or is collected.
 */
export const MONEY_WORD = new RegExp(`^(?:${ALIPAY_WORDS}|吱付宝|支负宝|支附宝|私聊|私信|微信支付)$`);

/** A card or account number is longer than any phone number (an Alipay account that is a mobile number stays bank + phone). */
const CARD_DIGITS = 15;
const DIGITS = '0123456789零〇一二三四五六七八九';
const digitCount = (folded: string, f: Finding) => {
  let n = 0;
  for (let i = f.start; i < f.end; i++) if (DIGITS.includes(folded[i]!)) n++;
  return n;
};

/**
 * Money moved by hand around an account: paid to the agent (转过来 / 打这里 / 定金 / 尾款 / 转给我 / 付完截图) or
 * transferred by the agent (我转你 / 给您打过去 / 打款到您卡上). The account is given or asked for to move money off
 * the order, which the writers label bank + deal. An account alone ("卡号 6230 5200 …", "开户行写全") is bank only,
 * and so is the buyer's account asked for a refund or compensation named only as such (卡号发我，差价退你 / 赔你 /
 * 补你): the writers split on those (w3 and w13 leave deal off most, w4 and w7 put it on). Ten writers' tuning sets
 * pooled, deal P / R: 0.827 / 0.958 with any money word as the cue (退, 赔, 补, 差价, a sum), 0.921 / 0.907 with no
 * cue, 0.899 / 0.937 with this one (0.900 / 0.947 with the perks of INDUCEMENT's second line).
 * Twenty-three tuning files later (w30, 2026-12-08) the writers still split: where this cue is a message's only deal, 119
 * lines label deal and 127 do not; by file, 12 put it on (w4, w7, w9, w10, w13, w14, w15, w22, w31, the team's own three)
 * and 9 leave it off (w3, w16, w17, w20, w21, w23, w24, w27, w30), w8 even. Kept, as most files label it. Split by
 * direction, the agent paying the buyer (我转你, 打给您) is deal on 47 lines and not on 11; the buyer paying into the
 * agent's account (定金打这里) on 70 lines and not on 112: bank only there would lower deal false alarms 307 -> 198 for
 * 54 more misses, against the team's corpus, its tests and most files.
 */
const PAYS_AGENT =
  /转过来|打过来|汇过来|打这|转这|转到(?!你|您)|打到(?!你|您)|付款|定金|押金|尾款|货款|转我|打我|付我|先付|付完|付了|转完|付尾款|付剩下|补我|扫了付|[转打汇付](?:给)?我(?!们)|(?:打|转|汇)(?:款|账)(?:到|进)(?!你|您)|[转打汇](?:给)?(?:你|您)(?!们)|(?:打|转|汇)(?:款|账)?(?:到|进)(?:你|您)|(?:打|转|汇)过去|给(?:你|您)(?:转|打|汇)/;
/** How far from the account that word may stand (a chat message, not a pasted page). */
const MONEY_REACH = 40;
/**
 * Where the paying words stand around account `f` ([start, end) in `folded`), or null: the deal is reported there, not on the account
 * (定金先打这张卡，6228 … : bank on the number, deal on 打这): the writers who label both put deal on the payment, never on the number.
 */
function paysAgent(folded: string, f: Finding): [number, number] | null {
  const from = Math.max(0, f.start - MONEY_REACH);
  const m = PAYS_AGENT.exec(folded.slice(from, f.end + MONEY_REACH));
  return m ? [from + m.index, from + m.index + m[0].length] : null;
}

function impliedDeal<T extends Finding>(list: readonly T[], folded: string): T | null {
  let bank: T | undefined;
  for (const f of list) {
    if (f.category === 'deal') return null;
    if (f.category === 'bank') bank ??= f;
  }
  // A payment code (收款码, 付款码) takes money by what it is: deal whatever is said around it.
  const payCode = bank ? undefined : list.find((f) => f.category === 'qrcode' && PAY_CODE.test(f.entry ?? folded.slice(f.start, f.end)));
  if (payCode) return { ...payCode, category: 'deal', ruleId: 'chat-contact', severity: 'block', clear: true };
  const paid = bank && paysAgent(folded, bank);
  if (bank && paid) {
    // The paying words are no dictionary word and no pattern of their own: the deal carries neither the account's entry nor its context.
    const deal: T = { ...bank, start: paid[0], end: paid[1], category: 'deal', ruleId: 'chat-contact', severity: 'block', clear: true };
    delete deal.entry;
    delete deal.context;
    return deal;
  }
  for (const f of list) {
    if (!isCarrier(f)) continue;
    const sentence = sentenceOf(folded, f);
    if (INDUCEMENT.test(sentence) || (f.category === 'contact' && MATERIAL.test(sentence))) {
      return { ...f, category: 'deal', ruleId: 'chat-contact', severity: 'block', clear: true };
    }
  }
  return null;
}
