/**
 * Scorn for the buyer without a rude word, second round (issue 21 item 6,
 * RULES §2 tier 1), beside intent-sarcasm.ts: the buyer told they need
 * teaching or lack the basics (这也要我教？, 物理课没上过吗, 常识呢), dared to
 * complain (不服你去平台告我啊, 有什么好投诉的), the fault left with them (您自己
 * 端着吧, 这锅我们可不背, 怨谁), scolded like a child (下次长点记性, 先反省反省,
 * 现在知道听人劝了吧, 心里没数啊, 不知道的还以为…), a group or a parent lumped
 * (城里人就是不懂, 当妈的基本常识). Read on the folded text (，？！ are ,?!) from rare
 * start characters (intent.ts). Twins in test/unit/phrases/scorn-structure.test.ts:
 * the agent blaming itself, an offer to teach, a complaint route offered.
 */
import type { IntentPattern } from './intent';

/** A clause ends here: end of text, punctuation or a space. */
const END = '(?=$|[，。！？,.!?~…\\s])';

export const SCORN_PATTERNS: readonly IntentPattern[] = [
  // Teaching asked back (这也要我教？, 这种常识还要我来科普？) and the basics denied (物理课没上过吗, 驾照怎么考的, 常识呢,
  // 一分钱一分货懂吗, 说明书白送你的？, 我会算命吗, 我能猜出来？, 我这边教不会); an offer (还要我帮您查吗) is left.
  {
    id: 'rude-basics',
    category: 'abuse',
    starts: '也还课驾常一白我教',
    re: new RegExp(
      `(?:也|还)要我(?:来)?(?:教|科普|手把手)|课(?<=[\\u4e00-\\u9fa5]课)没上过(?:吗|啊|么|[?])|驾照(?:是)?(?:怎么|咋)考的|常识呢${END}|一分钱一分货(?:懂吗|懂不懂|知道吗)|白送(?:你|您)的(?:吗)?[?]|我(?:会|能|又不会)(?:算命|猜出来|未卜先知)|教(?<=我(?:这边)?教)不会${END}`,
      'y',
    ),
  },
  // Dared to complain (不服你去平台告我啊, 投诉也没用, 有什么好投诉的); the complaint route offered (您可以向平台投诉) is left.
  {
    id: 'rude-dare',
    category: 'abuse',
    starts: '不告投举有',
    re: /不服(?:你|您)?(?:就)?(?:去)?[^，。！？,!?]{0,4}(?:告|投诉|举报)(?:我|我们)?(?:啊|呀|吧|去)|(?:告|投诉|举报)了也没用|有什么好(?:投诉|抱怨|生气|吵|闹|退|计较)的/y,
  },
  // The fault left with the buyer (您自己端着吧, 您自己看着办, 这锅我们可不背, 自己技术烂怨谁, 水印不找您找谁, 切到手是你自己笨);
  // the agent taking it (这锅我们背, 这事不怨谁) is left.
  {
    id: 'rude-fault-theirs',
    category: 'abuse',
    starts: '您这锅怨不你',
    re: /您自己(?:看着办|端着|想办法去|弄去)|锅(?:我们|我)(?:可|才)?不背|怨谁(?<!(?:不|不能|没法|怨不得)怨谁)(?:呢|啊)?|不找(?:您|你)找谁|(?:你|您)自己(?:太)?(?:笨|蠢|手笨)/y,
  },
  // Scolded like a child (下次长点记性, 先反省反省, 先考虑一下减肥吧, 现在知道听人劝了吧, 心里没数啊, 不知道的还以为您买的是金条,
  // 您但凡往上翻一下呢, 想啥呢, 这么闲, 管天管地, 您跟太阳去投诉); 我们长点记性 is the shop's own.
  {
    id: 'rude-scold',
    category: 'abuse',
    starts: '长反减知心不但想这管您你',
    re: new RegExp(
      `长点(?:记性|心眼|脑子)(?<!我们?[^，。！？,!?]{0,4}长点..)|反省反省|减(?:肥|减手)(?<=(?:先|考虑一下|去)减(?:肥|减手))(?:吧|去)?[?？]?(?=$|[。！!?])|知道(?:听人劝|厉害|错)了吧|心里没(?:点)?数(?:吗|啊|吧|[?])|不知道的还以为|但凡(?<=[您你]但凡)[^，。！？,!?]{1,10}呢|想啥呢${END}|这么闲(?=$|[。！!?吗啊])|管天管地|(?:您|你)跟[^，。！？,!?]{1,4}去(?:投诉|说|讲理)`,
      'y',
    ),
  },
  // A group or a parent lumped (城里人就是不懂, 工地上的人都这么闲吗, 干活的人哪有那么娇气, 你们那穷地方, 当妈的基本常识,
  // 也不知道平时怎么带孩子的, 跟家长学的吧, 难怪要分手).
  {
    id: 'rude-lumped',
    category: 'abuse',
    starts: '城农乡人穷破当怎咋跟难',
    re: /(?:城里人|农村人|乡下人|人)(?<=(?:城里人|农村人|乡下人|的人))(?:就是不懂|都这么(?:闲|矫情|娇气|事多)|哪有那么(?:娇气|矫情|金贵))|(?:穷|破)地方|当妈的(?:也是|真是|基本常识|连)|(?:怎么|咋)带孩子的|跟家长学的|难怪(?:要)?(?:分手|嫁不出去|没人要|离婚)/y,
  },
];
