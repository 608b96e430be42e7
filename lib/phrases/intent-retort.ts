/**
 * Rude service without a rude word, third round (issue 21 item 6, RULES §2
 * tier 1): retorts whose frame carries the contempt, whatever the product —
 * a presumption about the buyer closing the reply (您家孩子是拆迁队的吧), the
 * fault handed back as the buyer's own (是您自己姿势的问题), the product or the
 * shop declared unrelated (跟床垫有什么关系), blame refused as a question (也怪
 * 我们？), a check the buyer skipped asked back (买之前不量一下的吗) and a basic
 * skill questioned (会不会做饭啊). Read on the folded text (，？！ are ,?!) from
 * rare start characters (intent.ts). Twins in
 * test/unit/phrases/retort-structure.test.ts: a question about the order
 * (您是河北的吧？), a checked fact (收到的是白色对吧), the shop's own fault.
 */
import type { IntentPattern } from './intent';

export const RETORT_PATTERNS: readonly IntentPattern[] = [
  // A presumption about the buyer (您是… / 您家…是… / 您这…是… 吧) that closes the reply after a first clause, no question
  // mark: a verdict, not a question. 对吧 checks a fact; a question mark or anything after it asks. Tried only where
  // 您是 / 您家 / 您这 stand (您 alone is in most messages).
  {
    id: 'rude-presume',
    category: 'abuse',
    starts: '您你',
    re: /(?<=[^\n][,?!。~\s][^,?!。~\s]{0,6})(?:您|你)(?:(?:家(?:的)?|这)[^，。！？,!?]{0,4})?是(?!不是)[^，。！？,!?]{1,10}?(?<!对)吧(?=\s*(?:[。!~]|😂|🙂|🙃)?\s*$)/y,
  },
  // The same presumption closed by 吗 after the buyer's complaint restated (还说, 才来问, 还嫌, 没风的天, 漏了？: 开了两万公里
  // 还说轮胎不行，您是开坦克的吗); asking who the buyer is or what they want (收到了哈，您是老顾客吗, 您是要退款吗, 您是说尺码吗)
  // is service. Read
  // backwards from a closing 吗 (the finding is that word: 您 and 是 are in most messages).
  {
    id: 'rude-presume',
    category: 'abuse',
    starts: '吗',
    re: /吗(?=\s*(?:[。!~]|😂|🙂|🙃)?\s*$)(?<=(?<=(?:(?:还|才|嫌|没|不(?!好意思|客气))[^\n]{0,12}[,?!。~\s]|[?])[^,?!。~\s]{0,6})(?:您|你)(?:(?:家(?:的)?|这)[^，。！？,!?]{0,4}|[^，。！？,!?]{1,2})?是(?!不是|要|需要|想要|在|用|说|指|问|哪|什么|多少)[^，。！？,!?]{1,10}?吗)/y,
  },
  // The fault handed back or the product declared unrelated (是您自己姿势的问题, 是你手机太老了, 跟床垫有什么关系, 搬不上去
  // 也怪我们？); 不是您自己的问题 takes the fault, 可能是您网络太慢 guesses, help after it (是您买的尺码太小了，可以换大一号)
  // serves, 跟颜色没什么关系 explains, 有什么关系吗 asks.
  {
    id: 'rude-your-fault',
    category: 'abuse',
    starts: '是跟也都还',
    re: /是(?<!不是)(?:您|你)自己[^，。！？,!?]{1,6}的问题|是(?<!(?:不|可能|应该|也许|或许)是)(?:您|你)(?!自己太)(?:自己)?(?:的)?[^，。！？,!?]{0,4}太(?:用力|大|多|老|胖|小|粗|猛|急|懒|笨|差|久|旧|脏)(?![^。！？!?\n]*(?:我们|我帮|我给|我教|免费|上门|可以|随时))|跟[^，。！？,!?没无]{1,5}(?:有)?(?:什么|啥)关系(?=$|[。!?]|啊|呀|呢)|(?:也|都|还)(?:要|得)?怪我们(?=[?？]|吗|啊)/y,
  },
  // The hour thrown at the buyer (都十二点了还问, 都几点了还发): contempt for a late message; the shop's own late reply
  // (都十二点了还没发货，抱歉) has no 问 / 发 / 找 after 还.
  { id: 'rude-late', category: 'abuse', starts: '都', re: /都(?:几|十一|十二|一|两|三|半夜|凌晨|深夜)(?:点)?(?:多)?了(?:你|您)?还(?:在)?(?:问|发|找|催)/y },
  // A check the buyer skipped, asked back (买之前不量一下的吗), or a basic skill questioned (会不会做饭啊).
  {
    id: 'rude-skipped',
    category: 'abuse',
    starts: '买拍会',
    re: /(?:买|拍)(?:之前|前)(?:都)?不(?:先)?(?:量|看|问|查|试)(?:一下|下)?(?:的)?(?:吗|嘛)|会不会(?:做饭|用|看|穿|开车|说话|养|做|装|玩)(?:啊|呀)(?=$|[。!?\s,])/y,
  },
];
