/**
 * Scope, sentence cues (issue 21, precision): a word the agent names in order
 * to disown it or to warn about someone else's offer is not a violation
 * though no refusal cue stands right beside it. The thing is disowned
 * ("卡片上写的加微信返现，那个不是我们放的", "罐上的扫码领积分跟我们店没关系",
 * "说明书上的QQ群是厂家以前的"), someone else's request is warned against
 * ("师傅如果私下要求转账，请不要给", "有人私信说是厂家让你加好友的，别理他",
 * "有骗子冒充客服拉人进群"), a place the shop is not ("您朋友说在微信上买更便宜？我们家只在这里卖"), or the buyer's question is echoed and denied
 * ("师傅是京东服务+的合作师傅？不是哦"). A report followed by the warning in
 * the next sentence counts ("有人说加他QQ能拿内部价？不是我们哈，注意防骗").
 * Never when the sentence still gives a way to reach someone or asks for
 * money to the agent: "那个不是我们放的，扫这个码付给我" stays held.
 */
import { clauseAround, sentenceAround } from './context';
import type { Finding } from './types';

/** The thing disowned, or someone else's offer warned against. */
const DISOWNED =
  /不是我们(?:店|家)?(?:放|发|印|做|搞|寄)的|不是我们(?:店|家)?的(?:活动|卡片|号|账号)|假冒的|不是我们(?:店|家)?(?:的)?(?=$|[,。!?~哈哦呢啊])|(?:跟|和|与)(?:我们|本店|咱们)(?:店|家)?(?:(?:没|无)(?:有)?关系|无关)|与本店无关|(?:是|属于)(?:厂家|品牌方?|厂商)(?:自己|以前)?的|(?:不要|别|不用)理(?:他|她|会|睬)?|有骗子|(?:那|这|都)是骗子|冒充|要小心|注意防骗|请不要给|(?:不要|别)给(?:他|她|对方)|不靠谱|(?:我们|本店|咱们?)(?:家|店)?只在(?:这里|这儿|这边|拼多多|平台|多多)(?:卖|开|有)?|(?:那个|这个)?我们(?:也)?不(?:清楚|了解)(?:的)?(?=$|[,。!?~哈哦呢啊])|不知情/;
/** Someone else's claim reported (有人说…, 陌生人私信…): the warning may follow in the next sentence. */
const REPORTED = /^(?:亲|您好|宝|亲亲)?[,，~ ]*(?:有人|有顾客|有买家|有客人|陌生人|别人|遇到|如果有人|[您你](?:的)?(?:朋友|家人|同事|邻居|亲戚)说)/;
/** The buyer's question echoed, denied at the start of the next sentence (…师傅？不是哦). */
const DENIED = /^\s?(?:不是|没有|不会|没|不)(?:的|哦|哈|呢|啊|呀|,|。|!|$)/;
/** A way to reach someone, or money to the agent, left in the sentence. */
const STILL_REACHES = /[a-z][a-z0-9_-]{4,}|[\d零〇一二三四五六七八九幺]{5,}|加我|找我|联系我|私聊我|加一下|搜我|扫这|扫我|付给我|转我|转给我|打给我|给我转|发我|给我|账户|账号|卡号/;
/** Named things a shop disowns; an account or a number asked for is never disowned. */
const DISOWNABLE: ReadonlySet<string> = new Set(['platform', 'contact', 'qrcode', 'deal']);
const REACH = 30;

/** Where the cues stand in the text, and whether it holds a question (found once per text; the last text is remembered). */
let lastText: string | null = null;
let lastCues: number[] = [];
let lastAsks = false;
const CUES = new RegExp(DISOWNED.source, 'g');
function cuesIn(folded: string): number[] {
  if (folded !== lastText) {
    lastText = folded;
    lastCues = [];
    lastAsks = folded.includes('?');
    CUES.lastIndex = 0;
    for (let m = CUES.exec(folded); m; m = CUES.exec(folded)) lastCues.push(m.index);
  }
  return lastCues;
}

const cueIn = (cues: readonly number[], from: number, to: number) => cues.some((p) => p >= from && p < to);

/** Whether finding `f` is disowned or warned about by its sentence (or, after a report or an echoed question, the next one). */
export function disowned(f: Finding, folded: string): boolean {
  if (!DISOWNABLE.has(f.category)) return false;
  const cues = cuesIn(folded);
  if (cues.length === 0 && !lastAsks) return false;
  const [a, b] = sentenceAround(folded, f.start, f.end, REACH);
  const asked = folded[b] === '?';
  // The cue stands in the word's own clause or after it: a warning about something else earlier in the sentence does not cover it.
  const own = cueIn(cues, a, b) && cueIn(cues, Math.max(a, clauseAround(folded, f.start, f.end)[0]), b);
  // Else the next sentence: the answer to an echoed question (…？不是哦), or the warning after a report (有人说…？注意防骗).
  if (!own && (b >= folded.length || (!asked && !cueIn(cues, b + 1, b + 2 + 2 * REACH)))) return false;
  const end = b < folded.length ? sentenceAround(folded, b + 1, b + 1, REACH)[1] : b;
  if (!own && !(asked && DENIED.test(folded.slice(b + 1, end))) && !(cueIn(cues, b + 1, end) && REPORTED.test(folded.slice(a, b)))) return false;
  return !STILL_REACHES.test(folded.slice(a, end).replace(/[加找]我们/g, ''));
}
