/**
 * Rude service without a rude word, second round (issue 21 item 6, RULES §2
 * tier 1–3): shapes the fifteenth writer uses over and over and the earlier
 * writers share, each written as a frame, not a line: the fault handed back
 * to the agent as a question (坏了找我？), a skill asked back (洗衣服都不会吗), a
 * condition that dismisses (嫌吵就别用, 没见识就少说两句), the agent refusing to be
 * bothered (别老问我, 谁逼你了), a verdict on the buyer's sense (您这眼神我也是服了),
 * and veiled threats (地址我们存着呢 after a bad review, scare-quoted “关照”,
 * a funeral item after 再闹, a queue pushed back for asking). Read on the
 * folded text (，？！ are ,?!) from rare start characters (intent.ts). Twins in
 * test/unit/phrases/sarcasm-structure.test.ts: the agent blaming itself, an
 * offer to help, a product question, care.
 */
import type { IntentPattern } from './intent';

/** A dispute in the same message: what turns a fact the shop holds into a threat. */
const DISPUTE = '(?:差评|投诉|举报|闹|乱评|说话|曝光|删评)';
/** What follows a dismissal when it is help after all (不会装就别勉强，我们上门装). */
const HELP_AFTER = '(?![^。！？!?\\n]*(?:我们|我帮|我给|我教|免费|上门|可以|随时))';

export const SARCASM_PATTERNS: readonly IntentPattern[] = [
  // The fault handed back as a question (型号选错了来找我？, 马桶堵了找我？, 航空公司摔的找我干嘛, 出事了想起找我们了？):
  // 找我 after a mishap, ending in a question or a 真行; an offer (坏了就找我，包换) asks nothing.
  {
    id: 'rude-came-to-me',
    category: 'abuse',
    starts: '找',
    re: /找我(?:们)?(?:干嘛|干啥|干什么)(?![^\n]*(?:😊|😄|哈哈))|找(?<=(?:了|的|坏|掉|错|断|丢|碎|堵|板|上)(?:还|又|就|才)?(?:来|跑来|想起|想起来)?找)我(?:们)?(?:了)?(?:[?]|,\s*真行)/y,
  },
  // A trivial skill asked back (洗衣服都不会吗, 左右都分不清吗, 这都找不到？): 都 / 也, a lack, a question; a product
  // question (两件都不会起球吗) goes on after 不会.
  {
    id: 'rude-cannot-even',
    category: 'abuse',
    starts: '都也',
    re: /(?:都|也)(?<![我们]{1,2}(?:都|也))(?:不会用|不会|分不清|找不到|看不懂|看不明白|不认识|记不住|懒得看)(?=[吗啊么嘛呢?]|,\s*(?:我|还|那|学(?:啥|什么)|买(?:啥|什么)|玩(?:啥|什么)))/y,
  },
  // A condition that dismisses (嫌吵就别用, 不懂酒就别乱说话, 没见识就少说两句, 练不动就别逞强, 基本功都没有就别玩):
  // help after it (嫌麻烦就别自己装了，我们免费上门) leaves it.
  {
    id: 'rude-then-dont',
    category: 'abuse',
    starts: '不嫌没练用买都',
    re: new RegExp(
      `(?:不会|不懂|嫌(?!弃)|没(?:见识|本事|那本事|文化|技术|天赋|脑子|钱)|练不动|用不起|买不起|都没有)[^，。！？,!?就]{0,5}就(?:别|少)(?!担心|着急|急|客气|犹豫|勉强|怕|等|慌|操心)${HELP_AFTER}`,
      'y',
    ),
  },
  // The agent will not be bothered (别老问我, 别半夜找我, 别跟我哭, 别在这挑, 别拿机器撒气, 别动不动就要退, 别跟我掰扯了,
  // 谁逼你了, 又没人求您戴, 谁让你住那么偏, 谁让你贪便宜).
  {
    id: 'rude-bother-me',
    category: 'abuse',
    starts: '别谁没跟少',
    re: /别(?:老|总|再|一直|半夜|没事|动不动就?)?(?:问我|找我|烦我|跟我哭|跟我闹|跟我犟|跟师傅犟)(?!们)(?![^\n]*(?:随时|有事|有问题|尽管))|别在这(?:儿|里)?(?:挑|一句一句|骂人)|别动不动就|别(?:跟我)?(?:掰扯|瞎聊|磨叽)|跟我(?:磨|扯)(?:啥|什么|半天)|少在这(?:儿|里)?烦我|别来问我|别又(?:说|赖|怪)我们|没人(?:跟|和|理)(?:你|您)说话|别拿[^，。！？,!?]{1,5}撒气|谁逼(?:你|您)(?:了|的|买)|没人(?:求|逼)(?:你|您)|谁让(?:你|您)(?:住|非|自己|那么|这么|贪|图|不看|不听)/y,
  },
  // A verdict on the buyer's sense or skill (您这眼神我也是服了, 您这动手能力……, 您的舌头可能有点问题, 没长耳朵吗,
  // 我真是无语, 您对取暖器有什么误解, 您对质量的理解挺独特, 您生活挺清闲啊); praise (您这手艺真好) is left.
  {
    id: 'rude-verdict',
    category: 'abuse',
    starts: '您你没我误独清',
    re: /(?:您|你)这(?:眼神|动手能力|手艺|脑袋|脑子|智商|理解能力|理解力|记性|算盘|审美|身材)(?![^，。！？,!?]{0,4}(?:真(?!不|差|够)|很(?!差|不)|不错|厉害|太强|可以|(?<!也是)绝了|(?<!不)好|合适|正好))|(?:您|你)的?(?:舌头|鼻子|耳朵|眼睛|眼神|脑子|智商)(?:可能|确实|真|是)?(?:有(?:点)?问题|不行|不好使|不太好)(?!的话)|没长(?:耳朵|眼睛|眼|脑子)|我(?:也是|真是|真的|是真|真)?(?:服了|无语)(?![^，。！？,!?]{0,3}(?:自己|我们))|误解(?<=对[^，。！？,!?]{1,8}有什么误解)|独特(?<=理解(?:挺|真|很|还挺)独特)|清闲(?<=(?:生活|日子)?(?:挺|真|可真|是真)清闲)/y,
  },
  // Misuse alleged as a joke (您拿它当凳子坐了吧, 您这是把防晒当隐身衣用了吧): 拿 / 把 … 当 … 吧 / 吗 said of the buyer;
  // a tip (您可以把它当收纳盒用) offers a use.
  {
    id: 'rude-used-as',
    category: 'abuse',
    starts: '拿把',
    re: /(?:拿|把)(?<=[您你](?:这是|是|是不是)?[^，。！？,!?]{0,8}(?:拿|把))(?<!(?:可以|能|也能|还能|会|建议)[^，。！？,!?]{0,4}(?:拿|把))[^，。！？,!?]{0,5}当[^，。！？,!?]{1,6}?(?:用|坐|撑|使|玩|穿)?(?:了|着)?(?:吧|吗)/y,
  },
  // The buyer's details named as held, in a dispute (差评…您的收货地址我们存着呢); scare-quoted care (“特别关照”, 上门“帮”您);
  // a harm left open (我不保证这些照片会出现在哪); a power over them (我们有的是办法); a review to think twice about.
  {
    id: 'threat-veiled',
    category: 'abuse',
    starts: '地住电照信“"‘\'不保有差评投好',
    re: new RegExp(
      `(?:地址|住址|电话|照片|信息)[^。！？!?\\n]{0,6}(?:我们?|我这(?:儿|里|边)?)(?:都|可)?(?:存着|留着|记着|有)(?:呢|着呢)(?<=${DISPUTE}[^\\n]{0,30})|(?:地址|住址|电话|照片|信息)[^。！？!?\\n]{0,6}(?:我们?|我这(?:儿|里|边)?)(?:都|可)?(?:存着|留着|记着)(?:呢|着呢)(?=[^\\n]{0,30}${DISPUTE})|[“"‘'](?:特别)?(?:关照|照顾|关心|拜访|问候|帮|招待)[”"’'](?:[^\\n]{0,30}(?:差评|投诉|地址|上门|闹))?(?<=(?:差评|投诉|地址|上门|闹)[^\\n]{0,40})|(?:不保证|保证不了|不敢保证)[^。！？!?\\n]{0,12}?(?:出现在|发到|传到|流到)|有的是办法(?!帮|解决|处理|让|给|找)|(?:差评|评价|投诉)(?:之前|前)(?:最好)?(?:想|考虑)(?:一想|清楚|好|一下)|好好聊聊(?:差评|投诉|评价)`,
      'y',
    ),
  },
  // Retaliation for asking (你再催一句我就把你单子往后排) and a funeral item after "keep it up" (寿衣…您要是再闹，我免费给您家寄一套,
  // 骨灰盒…你再这么闹，给你留一个, 您再闹下去…也快用得上了); a funeral shop's service names no quarrel.
  {
    id: 'threat-retaliate',
    category: 'abuse',
    starts: '再骨寿花纸棺冥快早迟差',
    re: /再(?:催|问|闹|投诉|差评)[^，。！？,!?]{0,4}(?:我就|就)(?:把)?[^，。！？,!?]{0,8}?(?:往后排|排到最后|最后(?:一个)?发|不发|取消)|(?:骨灰盒|寿衣|花圈|纸钱|棺材|冥币)[^。！？!?\n]{0,20}?再(?:这么)?闹|再(?:这么)?闹[^。！？!?\n]{0,20}?(?:骨灰盒|寿衣|花圈|纸钱|棺材|用得上)|(?:快|早晚|迟早)用得上了|差评[^\n]{0,24}?(?:路上|出门|走路)(?:小心|当心)/y,
  },
];
