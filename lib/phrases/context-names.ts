/**
 * Context rules for names that only look like a contact, a platform or a
 * bank request (issue 21, precision; the twentieth and twenty-first writers):
 * a model or batch code glued to a hyphen and a short number or named as a
 * series, a title in 《》, the bank fields of an invoice to fill in; and a
 * scammer's ask reported to warn the buyer (有骗子冒充快递员让加QQ，您别信); the
 * platform's own red packet explained (平台的红包退款后会退回您的账户). Read with
 * context.ts's rules (first applying rule decides), before the diverting ones;
 * reasons and examples are in context-notes.ts.
 */
import type { ContextRule } from './context-rule';

export const NAME_RULES: readonly ContextRule[] = [
  // A code glued to a hyphen and a short number, or named as a series (WX-300P 带充电仓, WX系列的灯带, 印的 WX-2024 是批次编码).
  {
    id: 'model-hyphen',
    effect: 'pass',
    categories: ['contact', 'platform'],
    tokens: ['wx', 'vx', 'qq', 'tb', 'jd', 'dy'],
    // One digit is a style within a series (VX-1是标准款，VX-2带加热).
    after: /^(?:[-_]\d{1,5}[a-z]{0,4}(?![\d_]|[a-z])|\s?系列)/,
    // 型号 / 货号 / 编号 / 批号 name the code itself, not an account (型号WX-300和WX-300S的区别); 加热 / 加厚 are features.
    unless: /加(?![热湿厚长大速固绒宽高])|找我|联系|私聊|(?<![型货编批])号|搜|我的/,
  },
  // A title in 《》 (《微信营销实战》, 《淘宝天猫店运营手册》): a book or a course named, not an app or a platform to go to.
  {
    id: 'title',
    effect: 'pass',
    categories: ['contact', 'platform'],
    before: /《[^》《]{0,12}$/,
    after: /^[^》《]{0,12}》/,
    unless: /加|找我|联系我|私聊|搜/,
  },
  // The bank fields of an invoice to fill in (地址电话开户行请在订单发票栏补全): no account is given and nothing is to be paid.
  {
    id: 'invoice-fields',
    effect: 'pass',
    categories: ['bank'],
    tokens: ['开户行', '户名'],
    sentence: /发票|专票|普票|税号|抬头|开票/,
    sentenceUnless: /转|打款|汇|付|\d{10,}|\d{4}\s\d{4}\s\d{4}/,
  },
  // A scammer's request reported as a warning (骗子冒充客服让您加QQ，别信): the sentence names the fraud and tells the buyer not to follow.
  {
    id: 'scam-report',
    effect: 'pass',
    categories: ['contact', 'platform', 'qrcode', 'bank', 'deal'],
    sentence: /(?:骗子|冒充|诈骗)[^。！？!?\n]*[，,]\s?(?:您|你)?(?:千万)?(?:别信|不要信|别加|不要加|别理|别扫|不要扫)/,
    unless: /加我|找我|联系我|私聊|[a-z0-9_]{5,}|\d{5,}/,
  },
  // The platform's red packet explained where the sentence names it as the platform's (平台红包退款后会退回您的账户, 您说的红包是平台发的
  // 那种): the clause with 红包 may not say so itself, which platform-perk needs.
  {
    id: 'platform-red-packet',
    effect: 'pass',
    categories: ['deal'],
    tokens: ['红包'],
    sentence: /平台(?:的|发的|发)?红包|红包是平台|拼多多红包|多多红包/,
    unless: /转|发给|给我|给你|给您|好评|五星|晒|微信|支付宝|群|加|私/,
    sentenceUnless: /加我|私聊|好评|五星|晒图|微信|支付宝|vx|群|返现/,
  },
];
