/**
 * Rude service without a rude word, fourth round (issue 21 item 6, RULES §2
 * tiers 1–2): frames the twenty-sixth and twenty-seventh writers share with
 * the earlier ones, each written as a frame, not a line: the buyer ranked
 * below a thing or a child (老人机都比你反应快), asked whether they finished
 * school, told their eyes could be donated or the goods are wasted on them;
 * brushed off (啧，又来了, 懒得回你, 有这时间跟我掰扯, 又不是我送的); defied (别以为…
 * 我就怕你, 看谁笑到最后); taunted with money (没钱就直说, 看看这价钱再说这话, 那您去
 * 买新的啊, 挺会过日子啊); their looks judged; mock deference (反正您说的都对);
 * and a mishap to their parcel hinted at. Read on the folded text (，？！ are
 * ,?!) from rare start characters (intent.ts). Twins in
 * test/unit/phrases/classes2627.test.ts: the agent speaking of itself, a
 * product compared, care for the parcel, a real suggestion.
 */
import type { IntentPattern } from './intent';

/** A clause ends here: end of text, punctuation, a space or a chat particle. */
const END = '(?=$|[，。！？,.!?~…\\s]|[哦哈呢啊呀吧嘛])';

export const SNIDE_PATTERNS: readonly IntentPattern[] = [
  // Ranked below a thing or a child (老人机都比你反应快, 孩子都比您淡定), asked whether they finished school (你这评价写的，小学毕业了没),
  // a plain truth they are said not to get (便宜没好货这道理您不懂？), their eyes to be donated (眼睛不用可以捐了), the goods wasted on them (可惜给你用浪费了), not one page read (您是真的一页都不翻).
  // We ourselves (我们都比您着急) and a child's school asked about (孩子小学毕业了吗) are left. Each read back from a rare character.
  {
    id: 'rude-below',
    category: 'abuse',
    starts: '比毕过捐浪糟页眼字句懂',
    re: new RegExp(
      `比(?<=(?<!(?:我|我们|大家|咱们))都比)[你您](?:反应|脑子|手脚)?(?:快|聪明|懂事|懂|淡定|明白|机灵|讲理|有耐心|耐心|有素质|会用|灵活|利索|靠谱|识字|灵光)${END}|` +
        `(?:毕业(?<=(?:小学|初中|幼儿园)毕业)(?:了)?|过(?<=[上念读]过)(?:学|书))(?<=[你您][^。！？!?\\n]{0,16})(?<!(?:孩子|宝宝|儿子|女儿|小孩|娃|学生)[^。！？!?\\n]{0,10})(?:没有|没|吗|么)(?![^，。！？,!?]{0,3}的话)|` +
        `捐(?<=(?:眼睛|脑子|耳朵)(?:不用|用不上|没用|不要)(?:的话)?(?:就|可以|还不如|不如)?捐)|` +
        `(?:浪费|糟蹋)(?<=给[你您](?:用|穿|吃|戴|喝|看)(?:都|也|真|就|简直)?(?:是)?(?:浪费|糟蹋))|` +
        `懂(?<=道理[你您]?(?:都|也)?不懂)(?:吗|[?？])|(?:页|眼|字|句)(?<=[你您](?:是)?(?:真的|根本|压根|从来|是真的?)?(?:一(?:页|眼|个字)|半句))(?:都|也)(?:不|没)(?:看|翻|读|听)`,
      'y',
    ),
  },
  // Brushed off: a tut (啧，又来了), no wish to answer (已读。不想回, 复制粘贴都懒得给您发了), the buyer's time spent arguing (有这时间跟我掰扯),
  // idle (问了二十分钟，真闲), the fault someone else's said with a shrug (快递又不是我开的, 不是我们的事), a regular greeted with a sigh
  // (又是你啊), singled out (就你事儿多), turned away (宁可不做这单), told to save it (我劝您还是省省吧), a dare to go on (你再发一个问号试试), 碰瓷 alleged. 不想回寄 is a return, not a reply; 您再重启一下试试 is advice.
  {
    id: 'rude-brush-off',
    category: 'abuse',
    starts: '啧回理搭懒间夫闲又怕事自碰再省宁',
    re: new RegExp(
      `啧+[,，\\s~…]*(?:又来了|又是你|又来|烦|无语|服了)|又是你(?<=(?:^|[,，。.!?！？\\s]|哦|唉|啊)又是你)(?:啊|呀|吧)?(?=[,，。.!?！？~…])|怕(?<=最怕)[你您]这种|` +
        `事(?<=不是我们的事)(?:儿)?(?=$|[，。！!~…,.])(?![^\\n]*(?:帮您|帮你|我们来|我来|给您|联系))|自己(?<=那[你您]自己)(?:来|去)[^，。！？,!?]{0,8}呗|碰瓷(?<=(?:真会|这是|就是|想)碰瓷)|` +
        `事儿?多(?<=就[你您]事儿?多)|宁可不(?:做|要|赚)(?:这单|这笔|你的|您的)|省省吧(?<=(?:劝[你您]|[你您]还是|[你您]就)[^，。！？,!?]{0,2}省省吧)|` +
        `再(?<=你再)(?:发(?:一个|个)?(?:问号|消息|差评)|问|催|闹|骂|差评|投诉)[^，。！？,!?]{0,6}试试|(?:回|理|搭理)(?<=(?:不想|懒得)(?:回|理|搭理))(?:你|您)?(?:了)?(?=$|[，。！？,.!?~…])|懒得(?:给|理|回|搭理)[你您]|` +
        `(?:间|夫)(?<=有(?:这|那)(?:闲)?(?:时间|功夫|工夫))(?:跟我|和我|在这|问我|找我|磨|掰扯|纠结|吵|闹|催)|` +
        `闲(?<=(?:问|聊|挑|纠结|磨|催)了[^。！？!?\\n]{1,12}(?:真|是真|可真|挺|够|太)闲)(?:啊|呀|的|了)?(?=$|[，。！？,.!?~…])|` +
        `又不是我(?:们)?(?:送|开|派|运|生产|造|做|修|摔|弄坏)(?:的)?(?=$|[，。！？,.!?~…])`,
      'y',
    ),
  },
  // Defied (别以为给个差评我就怕你, 我才不怕你, 我倒要看看谁笑到最后, 看谁耗得过谁); 别怕 comforts.
  {
    id: 'rude-defy',
    category: 'abuse',
    starts: '以怕笑耗熬斗',
    re: /以为(?<=别以为)[^。！？!?\n]{0,12}?(?:我|我们)(?:就)?(?:会)?怕(?:你|您|了)|怕(?<=(?:我|我们)(?:才|可)不怕)(?:你|您)|笑到最后(?<=谁笑到最后)|(?:耗|熬|斗)得过(?<=看(?:看)?谁(?:能)?(?:耗|熬|斗)得过)/y,
  },
  // Money thrown back (没钱就直说, 别找理由退货, 看看这价钱再说这话, 那您去买新的啊, 挺会过日子啊, 买个水果跟买金条似的,
  // 买盗版价的书还想要正版质量？); a budget asked about kindly (预算不多的话可以看这款) is left.
  {
    id: 'rude-money-taunt',
    category: 'abuse',
    starts: '钱理借价买日金黄祖古',
    re: new RegExp(
      `钱(?<=没钱)(?:就)?(?:直说|别买|别装|买什么)|(?:理由|借口)(?<=别(?:找|编)(?:理由|借口))|(?:价钱|价格|价|钱)(?<=(?:看看|看一下|瞧瞧)(?:这|这个)?(?:价钱|价格|价|钱))(?:再|然后再)(?:说|提|问|要求|挑)|` +
        `买(?<=(?:那|那就)[你您]?(?:就)?去买)(?:新的|贵的|好的|别家的?|正版)(?:啊|呀|呗|去)|日子(?<=(?:挺|真|可真|太)会过日子)(?:啊|呀|哈|了)|` +
        `(?:金条|金子|黄金|祖宗|古董)(?<=(?:跟|像)(?:买|捧|供)(?:金条|金子|黄金|祖宗|古董))(?:似的|一样)|` +
        `价(?<=(?:盗版|地摊|白菜|批发|便宜|[\\d.]+元?)价)(?:的)?[^，。！？,!?]{0,6}还想(?:要|让)[^，。！？,!?]{1,8}(?:[?]|$)`,
      'y',
    ),
  },
  // The buyer's looks judged (这颜色你穿不了的，皮肤太黑了); advice with a fix (腰围大的话建议选XL, 您说腰太粗了，帮您换大一码) is left.
  {
    id: 'rude-looks',
    category: 'abuse',
    starts: '皮肤腿腰脸身肚',
    re: /(?:皮肤|肤色|腿|腰|脸|身材|肚子)(?<=[你您][^。！？!?\n]{0,16}(?:皮肤|肤色|腿|腰|脸|身材|肚子))(?:也)?(?:太|这么|那么)(?:黑|胖|粗|矮|大|差|短|壮|肥)了?(?=$|[，。！？,.!?~…])(?![^\n]*(?:换|建议|推荐|可以选|试试|大一码|宽松))/y,
  },
  // Mock deference and mock surprise (反正您说的都对, 行行行，您说得都对, 当我们傻吗, 喝不出好坏就别装懂, 连自己开什么车都说不清, 用钢丝球刷锅，还问为什么掉涂层？).
  {
    id: 'rude-mock-2',
    category: 'abuse',
    starts: '反行当装出连还',
    re: /(?:反正|行行行)[,，\s]*(?:您|你)说(?:得|的|啥|什么)?(?:都|就)?(?:对|是对的|有理)|当(?:我们|我)(?:是)?(?:傻|傻子|傻瓜|瞎子|白痴|冤大头|好欺负|好骗)(?:吗|啊|呢|[?])|装(?<=别装)(?:懂|内行|专家|行家)|出(?<=[\u4e00-\u9fa5]不出)(?:好坏|区别|差别|真假)(?:来)?(?:就|还)(?:别|少|装)|连自己(?<!(?:我|我们)连自己)[^，。！？,!?都]{1,8}都(?:说不清|不知道|搞不清|分不清|记不住|不清楚)|还(?<=[,，]还)(?:问|好意思问|来问)(?:为什么|为啥|怎么|咋)[^。！？!?\n]{0,10}[?]/y,
  },
  // A mishap to the buyer's parcel hinted at (小心你下次的快递哦，路上出点什么事可不好说; 再这样半夜骚扰，我可不保证您的包裹能完整到您手上);
  // advice to insure (路上出点事不好说，建议保价) and care (小心您下次的快递被冒领) are left.
  {
    id: 'threat-mishap',
    category: 'abuse',
    starts: '出小保',
    re: /(?:出点|出个)(?:什么)?(?:事|意外)(?:可|就|也)?(?:不好说|难说|说不准)(?![^\n]*(?:保价|建议|保险|放心|理赔|负责|赔))|小心你(?:下次|以后|下回)的?(?:快递|包裹|订单|东西|货)(?=$|[哦啊呀吧,，。!！~…])|保证(?<=(?:再这样|再闹|再催|骚扰|差评|投诉)[^\n]{0,24}不(?:敢)?保证)[你您]的?(?:包裹|快递|东西|货)(?:能)?(?:完整|安全|平安|完好)/y,
  },
];
