/**
 * A bank card or account asked for or given in the words independent writers
 * use when they avoid 银行卡号 (issue 21 item 5, the label rules' bank class),
 * second round: the card photographed (把卡拍个图, 银行卡正面照片), the card
 * named in shorthand (yhk, ka号, yin hang ka), the bank or the holder asked for
 * where money is to go (你那卡是哪个银行的, 你叫啥名字，哪个银行, 卡后六位和姓名),
 * a card written in financial digits (陆贰贰伍 捌捌柒零 …). Gathered into
 * ACCOUNT_PATTERNS (intent-accounts.ts): they carry no number, so a refusal
 * covering one lowers it ("不会要您的银行卡信息"). Twins in
 * test/unit/phrases/card-structure.test.ts: a warranty card photographed,
 * the refund back to the card the buyer paid with, a member card.
 */
import type { IntentPattern } from './intent';

/** The refund going back the way it came: naming the buyer's bank is then no request for an account. */
const WAY_BACK = '(?![^。！？!?\\n]*(?:原路|付的款|付款的|支付的|付款时|下单时))';
/** The card's picture or details refused after the ask (收到您的银行卡截图了，请撤回，我们不需要). */
const NOT_NEEDED = '(?![^\\n]*(?:撤回|不需要|不用发|不要发|原路))';
/** The agent's payment named next: which-bank-pay (intent-accounts.ts) reads that one. */
const PAY_NEXT = '(?![^。！？!?\\n]{0,14}?(?:我(?:让|叫)?(?:财务|会计)?(?:直接)?(?:打|转|退|汇|存)|报个?(?:卡)?号))';
/** A warning before it (请不要在聊天中发送任何银行卡信息). */
const WARNED = '(?<!(?:不要|勿|别|不会|无需|不需要|不用|谨防|小心)[^，。！？,!?]{0,12})';

export const CARD_PATTERNS: readonly IntentPattern[] = [
  // The card in a picture (你拍张银行卡正面照片过来, 把卡的照片拍来, 兄弟你把卡拍个图, 存钱的卡对着拍一下, 把账号写纸上拍给我);
  // a warranty, member or SIM card is not a bank one (把保修卡拍个照 has no 把卡).
  {
    id: 'card-picture',
    category: 'bank',
    starts: '银储存卡拍影账',
    re: new RegExp(
      `(?:(?:银行卡|储蓄卡|存折|存钱的卡|卡(?<=(?:把|你|您|你的|您的|你张|你那张?)卡)(?!片|套|扣|通|纸|槽|贴|包))(?:的)?[^，。！？,!?]{0,4}?(?:拍|照片|照|相|图)|(?:拍|影)(?:一下|下|张|个)?(?:你的?|您的?)?(?:银行卡|储蓄卡)(?:的)?(?:正面|反面|正反面|照片|图)?|账号[^，。！？,!?]{0,5}拍(?:给|发)我)${NOT_NEEDED}`,
      'y',
    ),
  },
  // The card in shorthand (你把yhk号码发一下, 直接ka号甩我, 你有yin hang ka吗): a spelling that avoids the word.
  { id: 'card-alias', category: 'bank', starts: 'yk', re: /(?<![a-z0-9])(?:yhk|yin ?hang ?ka|ka号)(?![a-z0-9])/y },
  // The bank or the holder asked for where money is to go (你那卡是哪个银行的, 你的卡是农行吗, 你叫啥名字，哪个银行,
  // 开户银行与账号, 银行帐户和名字, 卡后六位和姓名, 你卡是几几开头的, 信用社的卡也行，报个号); the bank the buyer paid with,
  // for the refund's way back (您用哪个银行卡付的款？原路退回), is left.
  {
    id: 'card-whose',
    category: 'bank',
    starts: '你您叫开银卡信邮农',
    re: new RegExp(
      `(?:你|您)(?:的|那|那个|张)?卡(?:是|系)?(?:哪个|哪家|什么|边间)(?:银行|行)?${WAY_BACK}${PAY_NEXT}|(?:你|您)的?卡是[建工农招中交]行(?:的)?吗${WAY_BACK}|叫(?:啥|什么)名字[,，\\s]*(?:哪个|哪家)银行|开户(?:银行|行)(?:与|和|及|跟)?(?:账号|帐号|卡号)|${WARNED}银行卡信息|银行(?:帐|账)户和(?:名字|姓名|户名)|卡(?:是)?几几开头|卡后(?:六|四|6|4)位(?:和|跟)?(?:姓名|名字)|(?:信用社|邮政|农商)的?卡(?:也行|就行|号)`,
      'y',
    ),
  },
  // A card's tail given with spaces and its bank (转我卡 尾号 5 5 1 2 的交行), or its head with the rest promised later
  // (钱打到 6217 8800 0123 后几位下条发, 6214 83开头，后面几位我等下发).
  {
    id: 'card-partial',
    category: 'bank',
    starts: '尾6',
    re: /尾号[:：\s]*\d(?:\s?\d){3}(?:\s*的)?\s*(?:[建工农招中交邮]行|(?:农业|工商|建设|招商|中国|交通|邮政|邮储|民生|浦发|兴业|光大|平安|农商)银行|信用社|农信社?)|6\s?2(?:\s?\d){4,}[^。！？!?\d]{0,8}?(?:后几位|后面几位|后面的?|剩下的?)[^，。！？,!?]{0,4}?(?:下条|等下|待会|一会|再|晚点|补全)(?:儿)?(?:发|给)/y,
  },
  // A card's rest given apart (后面接着 1234 5678，建行的 / 剩下的 1100 3344 556 我下一句发 / 招行那张的后半段是 1234 5678 09), or its head named as
  // the head (6222 0202 是收款卡前八位): nine digits or more, or a bank beside them; an order's or a parcel's number is left.
  {
    id: 'card-rest-2',
    category: 'bank',
    starts: '后第剩6',
    re: /(?<!(?:单号|订单|快递|运单|物流|编号|号码)[^。！？!?\n]{0,8})(?:后半(?:截|段|部分)|后面接着|第二段|后[几九十]+位|剩下的?)(?:是|为)?[:：\s]*\d(?:\s?\d){3,}(?!\s?(?:\d|年|月|日|号|点|元|块|件|个|积分|分|次|天|%))(?:(?<=\d(?:\s?\d){8,})|(?<=(?:银行|[建工农招中交]行|卡|户名|浦发|邮储)[^。！？!?\n]{0,24})|(?=[^。！？!?\n]{0,12}(?:银行|[建工农招中交]行|卡|户名|浦发|邮储)))|6\s?2(?:\s?\d){2,10}(?=[^。！？!?\n\d]{0,10}?卡(?:号)?的?(?:前|开头))(?<!(?:单号|订单|快递|运单|物流|编号)[^。！？!?\n]{0,8}6\s?2(?:\s?\d){2,10})/y,
  },
  // A card number in financial digits (陆贰贰伍 捌捌柒零 壹贰叁肆 伍陆柒捌): 62… as a UnionPay card starts.
  { id: 'card-financial', category: 'bank', starts: '陆', re: /陆\s?[贰两二](?:\s?[零〇壹贰叁肆伍陆柒捌玖一二三四五六七八九]){14,17}(?!\s?[零〇壹贰叁肆伍陆柒捌玖])/y },
];
