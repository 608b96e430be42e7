/**
 * Scope (issue 21 item 2): a word the agent names in order to refuse it or
 * warn about it ("咱们这边不能用微信联系的哈", "平台规定不能发电话") is not a
 * violation, and neither is the buyer's complaint quoted to apologise for it
 * ("您说的'垃圾质量'，我们非常抱歉"). A refusal cue must cover the word: it
 * stands in the same clause, before it (不能加微信) or right after it (微信是
 * 不能加的). It lowers the finding to nothing unless the same clause still
 * gives a way to reach someone (an id, a number, a link, 加我): "实在不行就加
 * 我 V：abc123" stays held. Detector findings (numbers, links, addresses) and
 * findings raised by an intent pattern are never lowered: they are the way
 * to reach someone.
 */
import { clauseAround, sentenceAround } from './context';
import { ACCOUNT_IDS } from './intent-accounts';
import { ASK_IDS } from './intent-asks';
import { ALIPAY_WORDS, MONEY_WORD, PAY_CODE } from './overlaps';
import { platformMoney } from './scope-money';
import { disowned } from './scope-disown';
import type { Finding, PhraseCategory } from './types';

/**
 * Cues that refuse or warn about the word after them (a few characters away,
 * no 的话 between: "不要的话可以挂闲鱼" is not a refusal, nor a condition with 就: "传不了就发我薇信"). A 不 cue repeating
 * the character before it is a question, not a refusal (能不能, 是不是, 要不要).
 * A space inside the reach ends it (chat clauses are often set apart by a
 * space: "退款这边走不了 你把卡号发我"); one right beside the word does not ("不能加 微信").
 */
const REFUSE_BEFORE =
  /(不能|不可以|不允许|不支持|不方便|不提供|不会|不要|不用|不需要|无需|无法|没法|没办法|禁止|严禁|请勿|切勿|勿|谨防|小心|别信|别相信|别加|别用|别去|别在|不让|不接受|不接|不收|别给|拒绝|不得|不加|不留|不发|不给|没有|不是|警惕|防止|冒充|假冒|如果有人|若有人|凡是|任何人|任何理由|不了|不走|不做|不搞|不参与|不涉及|不包括|不在|没在|不建议|不推荐|不带|不自带|不含|别把|不要把|切勿把|请勿把)([^，。！？,!?;； ]{0,6}|[^，。！？,!?;； ]{0,10}[和或及、][^，。！？,!?;； ]{0,4}) ?$/;
const REFUSE_AFTER =
  /^ ?[^，。！？,!?;； ]{0,10}?(?:不安全|不合规|有风险|没有保障|没保障|容易被骗|不能|不可以|不允许|不支持|不方便|不提供|是不能|都不|一律不|没有|不加|不用|禁止|是假的|是骗子|的骗子|诈骗|已经结束|已结束|取消了|不是我们|不是本店|不是我家|不是咱|都是假|是假货|不发|不给|不需要|不需|无需|不用给|不会|没有的|是没有|不保证|不负责|不认可|没关系|无关|是违规|属于违规|违规的|不做|不搞|真不行|是不行的|做不了|办不了|不能做|(?:我们)?只能(?:按|走)平台|只能在(?:这里|这儿|这边|平台|拼多多)|真的不行|这个不行|不行哈|(?<!行|就|也)不行(?:的)?(?:哈|哦|呢|啊|呀|$)|也不行(?:哦|哈|呢)|看不了|打不开|处理不了|只处理拼多多|千万别|千万不要|别扫|不要扫|是仿的|仿品|高仿|(?<!要)不要|别(?:点|信|去|买|加|扫|给)|不接受|不收|不管|不让(?:发|加|用|留|说)|不清楚|不一定是|都是盗图|是盗图|盗图|是盗我们|盗用我们|屏蔽|发不出|不留|都没(?:有|开|在)|没(?:开|有)店|(?:加|给|发|留|提供|用|扫|收|管|比|拉)不了|扫不出|没(?:法|办法)(?:给|加|发|提供|比|拉)|不(?:好|方便)比)/;
/**
 * Refusals of money moved by hand that the lists above miss (您说让我们把钱直接转您，这个真的做不到 / 卡号我们用不上 / 您说想线下交易，
 * 我们只做线上 / 私下交易不行的 / 私下交易平台不保障): read after the word like REFUSE_AFTER.
 */
const REFUSE_AFTER_MONEY = /^ ?[^，。！？,!?;； ]{0,10}?(?:做不到|办不到|用不上|用不着|不保障|没(?:有)?保障|无保障|没法维权|无法维权|(?<!被)(?:直接)?拒绝|只(?:做|在|走|能在|能走)(?:线上|网上|平台|拼多多)|(?<!行|就|也)不行的(?!话))/;
/** Cues that refuse or report a third party's word before the word (您别听师傅说的私下付款, 遇到让您私下交易的，直接举报). */
const REFUSE_BEFORE_HEARD = /(?:别听|不要听|不用听|别理|不用理|(?:遇到|碰到|如果)?有人(?:让|叫|要)|(?:遇到|碰到)(?:让|叫|要求))[^，。！？,!?;； ]{0,6}$/;
/** An invitation refused is none (不需要找我私下改, 不用加我): dropped before REACH is read. */
const NOT_INVITED = /加我们|(?:不用|不需要|无需|不必|别|不要)再?(?:找|加|联系|私聊)我/g;

/** The account said to be needed by no one (…退款是系统原路退回的，不需要卡号) or not to be posted here (请不要在聊天里发您的银行卡号): a bank word in that sentence is a warning. */
const NOT_NEEDED =
  /(?:不需要|不用|无需|用不着|用不上|不必)(?:提供|发|给|告诉我们?)?(?:您的|你的)?(?:银行)?(?:卡号|卡信息|账号|银行卡)|(?:不要|别|请勿|切勿|不用|无需)在[^，。！？,!?]{1,8}?(?:发|提供|写|留|贴)(?:送)?(?:您|你)?的?(?:银行)?(?:卡号|卡信息|账号|银行卡)/;
const accountNotNeeded = (f: Finding, folded: string) =>
  f.category === 'bank' && NOT_NEEDED.test(folded.slice(...sentenceAround(folded, f.start, f.end, SENTENCE_REACH))) && !REACH_ID.test(folded.slice(...sentenceAround(folded, f.start, f.end, SENTENCE_REACH)));

/** A way to reach someone in the clause: an id or number, a link, an invitation. */
const REACH = /[a-z][a-z0-9_-]{4,}|\d{5,}|加我|找我|联系我|私聊我|加一下|搜我/;
const REACH_ID = /[a-z][a-z0-9_-]{4,}|\d{5,}/;

/** The buyer's words quoted to apologise for them. */
const QUOTE_OPEN = '「『“‘"\'【';
const QUOTE_CLOSE = '」』”’"\'】';
const QUOTED = /[「『“‘"'【]/;
const APOLOGY = /抱歉|对不起|不好意思|接受批评|确实过分|说得不对|理解您|我也能理解|我们认|确实(?:是我们|很差|不好|没做好)|您(?:刚才|刚刚|生气|之前|气头上)?(?:说|骂)|您反映|您反馈|您留言|您评价|您的评价|您提到|您觉得|给您带来|非常遗憾|我们会改进|虚心接受/;

/** Intent findings other than deal that a refusal may lower: accounts and phones asked for without a number (intent-accounts.ts, intent-asks.ts), a code scanned (不要扫任何二维码付款). */
const LOWERED_INTENT: ReadonlySet<string> = new Set([...ACCOUNT_IDS, ...ASK_IDS, 'scan-code']);
const LOWERED: ReadonlySet<PhraseCategory> = new Set(['platform', 'contact', 'phone', 'email', 'url', 'bank', 'qrcode', 'deal']);

/** Where a finding comes from: a dictionary word, an intent pattern (intent.ts) or a detector. */
export type FindingSource = 'word' | 'intent' | 'detector';

/** How far around a word scope looks (a cue covers a word a few characters away; an id sits near its word). */
const CUE_REACH = 16;
const ID_REACH = 30;

/** The reason a finding is lowered to nothing, or null. `quoted`: the text holds a quotation mark and an apology. */
export function scopeReason(
  f: Finding,
  folded: string,
  source: FindingSource,
  quoted = true,
  warned: () => readonly Span[] = () => warnedSentences(folded),
): 'refusal' | 'quote' | 'platform' | null {
  if (source === 'detector') return null;
  if (platformMoney(f, folded)) return 'platform';
  if (quoted && insideQuote(f, folded) && APOLOGY.test(folded)) return 'quote';
  if (f.category === 'abuse' && reported(f, folded)) return 'quote';
  if (!LOWERED.has(f.category) || (source === 'intent' && f.category !== 'deal' && !LOWERED_INTENT.has(f.context ?? ''))) return null;
  const [a, b] = listClause(folded, f.start, f.end);
  const from = Math.max(a, f.start - CUE_REACH);
  const before = folded.slice(from, f.start);
  // The buyer's question echoed and answered ("微信？我们这边不用的"): the answer is the clause after the question mark.
  // Or the buyer's wish reported and refused in the next clause ("您说想加微信沟通，这边平台不允许").
  const mark = folded.charCodeAt(b);
  const answered = ((mark === QUESTION || mark === COMMA) && REQUESTED.test(folded.slice(a, f.start))) || (mark === QUESTION && b - f.end <= 4);
  let echoed = answered ? clauseAround(folded, b + 1, b + 1)[1] : b;
  // An apology clause between the wish and the answer is skipped (…打到您支付宝上，不好意思，我们只能按平台原路退).
  const sorry = answered && folded.charCodeAt(echoed) === COMMA && SORRY_CLAUSE.test(folded.slice(b + 1, echoed)) ? echoed + 1 : 0;
  if (sorry) echoed = clauseAround(folded, sorry, sorry)[1];
  const after = sorry
    ? folded.slice(f.end, b) + folded.slice(sorry, Math.min(echoed, sorry + CUE_REACH))
    : folded.slice(f.end, Math.min(echoed, f.end + CUE_REACH)).replace(mark === COMMA ? ',' : '?', '');
  if (!refusedBefore(before, from, folded) && !REFUSE_AFTER.test(after) && !REFUSE_AFTER_MONEY.test(after) && !REFUSE_BEFORE_HEARD.test(before))
    // A code scanned is lowered only by a cue beside it (不要扫任何二维码付款), not by one elsewhere in the sentence.
    return f.context !== 'scan-code' && (inSpans(f, warned()) || refusedSentence(f, folded) || disowned(f, folded) || accountNotNeeded(f, folded)) ? 'refusal' : null;
  // The word's own span counts too: "加我vx：kefu8888" carries its id.
  const near = folded.slice(Math.max(a, f.start - ID_REACH), Math.min(b, f.end + ID_REACH));
  // The buyer's own wish (您说要加我微信) names 加我 without offering it: only an id or a number is a way to reach.
  return (answered && mark === COMMA ? REACH_ID : REACH).test(near.replace(NOT_INVITED, '')) ? null : 'refusal';
}

/** A scam warning anywhere in the sentence ("有人说返现让您加他，千万别信") covers what it names. */
const SCAM_WARNING = /骗人的|是骗人|都是骗|千万别信|别信|不要信|不要相信|是骗子|是诈骗|是骗局|谨防|防骗|小心被骗|别上当|不要上当|没有这种说法|没有这回事|从来没有|都是假的/;

/** A refusal of the act anywhere in the sentence ("以前有顾客让我们加微信，现在…都不加了"); read only around a finding no nearer cue covers. */
const SENTENCE_REACH = 40;
const REFUSED_SENTENCE = /(?:不能|不会|不允许|禁止|不可以|不得)[^。！？!?\n]{0,8}(?:联系方式|外部|站外|第三方)|不用发给我|不需要发给我|不用提供给|那不是我们|不会加任何|不能发任何|不能提供任何|不会发任何|不要理会|别理会|不用理会|不允许的|平台不允许|没办法加|没法加|加不了|(?<!能)不能加|都不加|不加了|做不了主|是违规的|属于违规|(?<!可)不可以加/;

function refusedSentence(f: Finding, folded: string): boolean {
  // A chat sentence, not a pasted page: at most SENTENCE_REACH characters either side.
  const sentence = folded.slice(...sentenceAround(folded, f.start, f.end, SENTENCE_REACH));
  return REFUSED_SENTENCE.test(sentence) && !REACH.test(sentence.replace(NOT_INVITED, ''));
}

type Span = readonly [number, number];
const SCAM_WARNINGS = new RegExp(SCAM_WARNING.source, 'g');

/** The sentences of `folded` that hold a scam warning and no way to reach someone (found once per scan). */
function warnedSentences(folded: string): Span[] {
  const spans: Span[] = [];
  const all = SCAM_WARNINGS;
  all.lastIndex = 0;
  for (let m = all.exec(folded); m; m = all.exec(folded)) {
    const [a, b] = sentenceAround(folded, m.index, m.index);
    all.lastIndex = b;
    if (!REACH.test(folded.slice(a, b).replace(NOT_INVITED, ''))) spans.push([a, b]);
  }
  return spans;
}

const inSpans = (f: Finding, spans: readonly Span[]) => spans.some(([a, b]) => a <= f.start && f.end <= b);

/** 不 / 别 right before a word that starts with its verb (不加微信 found as 加微), not a suggestion (要不, 何不, 怎么不). */
const CUE_START = /[不无没禁严请切勿谨小别拒警防冒假如若凡任]/;
const BARE_NOT = /(?<!要|何|还|怎么|为什么|干嘛|为啥)[不别勿]$/;

/** The clause around a word, a list joined by 、 taken whole ("微信、QQ、电话都不能提供": the cue covers every item). */
function listClause(folded: string, start: number, end: number): [number, number] {
  let [a, b] = clauseAround(folded, start, end);
  while (folded.charCodeAt(b) === LIST_MARK) b = clauseAround(folded, b + 1, b + 1)[1];
  while (a > 0 && folded.charCodeAt(a - 1) === LIST_MARK) a = clauseAround(folded, a - 1, a - 1)[0];
  return [a, b];
}

const LIST_MARK = 0x3001;
const QUESTION = 63;
const COMMA = 44;
/** The buyer's wish reported before the word (您说想加微信, 您问能不能用支付宝), or granted before a refusal (我知道加微信方便，但是真不行). */
const REQUESTED = /(?:您(?:这边|刚才|刚刚)?(?:说|想|要|问|希望|提到|要求)|我(?:也)?(?:知道|明白|理解)|虽然|虽说)[^,。!?\n]{0,12}$/;
/** An apology clause before the answer (您说让我们打到您支付宝上，不好意思，我们只能按平台原路退): the answer is the clause after it. */
const SORRY_CLAUSE = /^\s?(?:亲|宝)?(?:不好意思|抱歉|对不起|非常抱歉|真的很抱歉|理解的?|明白的?|能理解)(?:亲|哦|哈|呀|啊|呢)?$/;

function refusedBefore(before: string, from: number, folded: string): boolean {
  if (BARE_NOT.test(before)) return true;
  // Every cue starts with one of these: most clauses hold none, and one class test is cheaper than the cue list.
  if (!CUE_START.test(before)) return false;
  const m = REFUSE_BEFORE.exec(before);
  if (!m || m[2]!.includes('的话') || m[2]!.startsWith('就')) return false;
  const at = from + m.index;
  // 能不能 / 是不是 / 要不要: the character before 不 repeats after it.
  return !(m[1]![0] === '不' && at > 0 && folded[at - 1] === m[1]![1]);
}

/** The buyer's words reported without quotation marks ("您说客服态度垃圾，我们很抱歉"): a rude word a few characters after 您说 / 您骂, with an apology in the text. */
const REPORTED = /您(?:说|骂|反映|提到|觉得|认为|评价)(?:的|我们|我们是|我们的)?[:：]?[^，,。！？!?\n]{0,10}$/;
const SORRY = /抱歉|对不起|不好意思|理解|虚心|重视|改进|难过/;
const reported = (f: Finding, folded: string) => REPORTED.test(folded.slice(Math.max(0, f.start - 16), f.start)) && SORRY.test(folded);

/** Whether [start, end) lies between an opening and a closing quotation mark. */
function insideQuote(f: Finding, folded: string): boolean {
  const open = lastIndexOfAny(folded, QUOTE_OPEN, f.start - 1, f.start - QUOTE_SPAN);
  if (open < 0) return false;
  const close = indexOfAny(folded, QUOTE_CLOSE, f.end);
  return close >= 0 && close - open < QUOTE_SPAN && indexOfAny(folded.slice(open + 1, f.start), QUOTE_CLOSE, 0) < 0;
}

/** A quotation is short: the buyer's words, not a paragraph. */
const QUOTE_SPAN = 40;

function lastIndexOfAny(s: string, chars: string, from: number, stop = 0): number {
  for (let i = from; i >= Math.max(0, stop); i--) if (chars.includes(s[i]!)) return i;
  return -1;
}

function indexOfAny(s: string, chars: string, from: number): number {
  for (let i = from; i < Math.min(s.length, from + QUOTE_SPAN); i++) if (chars.includes(s[i]!)) return i;
  return -1;
}

/**
 * Alipay or 站外 named as the way money moves (支付宝付给我, 站外交易) is the
 * channel of a deal, not a contact: RULES §3b calls paying by Alipay
 * off-platform dealing, and the label rules list no Alipay contact. WeChat is
 * also the chat it moves the buyer to: 微信转我 is contact + deal, as every
 * independent writer labels it (w3, w4, train26; the label rules' overlaps).
 * An id after it or an invitation keeps it a contact.
 */
const CHANNEL = new RegExp(`^(?:${ALIPAY_WORDS}|站外)$`);

/** A deal that moves money (a paying word or pattern), not a paid review or a group. */
const isPayment = (g: Finding) => g.category === 'deal' && (!g.context || g.context === 'pay-off-platform' || g.context === 'pay-me' || g.context === 'refund-private' || g.context === 'app-payee-buyer');
/** How far a payment app may stand from the paying words ("微信直接转我"). */
const CHANNEL_GAP = 4;

const CLAUSE_BREAK = /[,。!?;\n，；]/;
const SENTENCE_BREAK = /[。!?\n]/;

function channelOfDeal(f: Finding, kept: readonly Finding[], folded: string): boolean {
  if (f.category !== 'contact' || !f.entry || !CHANNEL.test(f.entry)) return false;
  // Inside a bank account's span (支付宝 zhangsan@163.com) the app names the account, id after it or not.
  if (kept.some((g) => g.category === 'bank' && g.start <= f.start && f.end <= g.end)) return true;
  // The app that scans a code to pay (用微信扫这个码付款给我): the deal's channel, the payment anywhere in the sentence.
  if (folded[f.end] === '扫' && kept.some((g) => isPayment(g) && !SENTENCE_BREAK.test(folded.slice(Math.min(f.end, g.end), Math.max(f.start, g.start))))) return true;
  if (f.end - f.start > f.entry.length + 2 || f.context) return false;
  // 加下我微信，给您返现: a clause break between the app and the money keeps the app a contact.
  return kept.some((g) => isPayment(g) && g.start - CHANNEL_GAP < f.end && f.start < g.end + CHANNEL_GAP && !CLAUSE_BREAK.test(folded.slice(Math.min(f.end, g.end), Math.max(f.start, g.start))));
}


/**
 * The findings left once scope has spoken: those lowered by a refusal or a
 * quote are reported to `lowered`; a payment app that is a deal's channel
 * gives way to the deal (微信转给我 is deal, not contact: one label per span).
 */
export function inScope<T extends Finding>(list: readonly T[], folded: string, sourceOf: (f: T) => FindingSource, lowered: (f: T, rule: string) => void): T[] {
  const quoted = QUOTED.test(folded) && APOLOGY.test(folded);
  // Whether the text holds a scam warning at all: asked only when a word has no refusal cue of its own.
  let warnedSpans: Span[] | undefined;
  const warned = () => (warnedSpans ??= SCAM_WARNING.test(folded) ? warnedSentences(folded) : []);
  const kept = list.filter((f) => {
    const reason = scopeReason(f, folded, sourceOf(f), quoted, warned);
    if (reason) lowered(f, reason);
    return !reason;
  });
  return kept.filter((f) => !channelOfDeal(f, kept, folded) && !besideMoney(f, kept, folded));
}

/** A money word with a bank, deal or payment-code finding in its sentence is that finding's account or channel (one label per thing), unless an id follows it. */
function besideMoney(f: Finding, kept: readonly Finding[], folded: string): boolean {
  if (f.category !== 'contact' || !f.entry || !MONEY_WORD.test(f.entry) || f.end - f.start > f.entry.length + 2) return false;
  return kept.some((g) => (g.category === 'bank' || g.category === 'deal' || (g.category === 'qrcode' && PAY_CODE.test(folded.slice(g.start, g.end)))) && !SENTENCE_BREAK.test(folded.slice(Math.min(f.end, g.end), Math.max(f.start, g.start))));
}
