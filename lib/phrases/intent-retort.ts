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
  // The fault handed back or the product declared unrelated (是您自己姿势的问题, 跟床垫有什么关系, 搬不上去也怪我们？);
  // 不是您自己的问题 takes the fault, 跟颜色没什么关系 explains, 有什么关系吗 asks.
  {
    id: 'rude-your-fault',
    category: 'abuse',
    starts: '是跟也都还',
    re: /是(?<!不是)(?:您|你)自己[^，。！？,!?]{1,6}的问题|跟[^，。！？,!?没无]{1,5}(?:有)?(?:什么|啥)关系(?=$|[。!?]|啊|呀|呢)|(?:也|都|还)(?:要|得)?怪我们(?=[?？]|吗|啊)/y,
  },
  // A check the buyer skipped, asked back (买之前不量一下的吗), or a basic skill questioned (会不会做饭啊).
  {
    id: 'rude-skipped',
    category: 'abuse',
    starts: '买拍会',
    re: /(?:买|拍)(?:之前|前)(?:都)?不(?:先)?(?:量|看|问|查|试)(?:一下|下)?(?:的)?(?:吗|嘛)|会不会(?:做饭|用|看|穿|开车|说话|养|做|装|玩)(?:啊|呀)(?=$|[。!?\s,])/y,
  },
];
