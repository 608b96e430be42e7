/**
 * Rude service without a rude word (issue 21 item 6, RULES §2 tier 1), by its
 * structure as independent writers write it, not by one writer's phrases:
 * the buyer told that a trivial act is beyond them (拍个照都拍不清楚, 上网搜一下
 * 很难吗), asked whether their eyes or hands work (你手是抖的吗, 您是看不见吗),
 * blamed for the fault (是你自己手抖, 啥都赖我们, 跟我们有啥关系), dismissed
 * (爱约不约, 再问也没用, 催啥催, 不知道，自己查), sized up by where they live or
 * how old they are (河南的吧？难怪, 这岁数了还网购), or mocked (您说啥就是啥).
 * Each is read on the folded text from a rare start character (intent.ts);
 * each has clean twins in test/unit/phrases/rude-structure.test.ts: the agent
 * blaming itself (我们连地址都能写错), polite instructions (您可以自己点一下申请),
 * a concerned question (您的手是不是划伤了), the buyer quoted to apologise
 * (scope.ts lowers a quoted or reported finding).
 */
import type { IntentPattern } from './intent';

/** A clause ends here: end of text, punctuation, a space or a chat particle. */
const END = '(?=$|[，。！？,.!?~…\\s]|[哦哈呢啊呀吧嘛亲])';
/** Where the buyer comes from, guessed at to explain their complaint (河南的吧？难怪). */
const PLACE =
  '(?:北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|东北|西北|农村|乡下|山里|山沟沟?)';
/** A simple act the buyer is said to fail at (拍个照, 拼个团, 敷个面膜). */
const ACT = '[拍拼敷装插洗选填写穿扫量贴搜查看点开关按充接连剪撕拆叠泡冲煮挂系扣]';

export const RUDE_PATTERNS: readonly IntentPattern[] = [
  // "Even this you cannot do": a trivial act, 都 / 也, and failing at it (拍个照都拍不清楚, 这么简单都装不上, 敷个面膜都不会).
  // The agent's own slip (我们连地址都能写错) is not about the buyer: 我 in the clause (20 characters back from its end), an
  // apology or reassurance after it, or a condition (…的话) leaves it. Tried from 连 / 这 / 个, the act read back from 个.
  {
    id: 'rude-even',
    category: 'abuse',
    starts: '连这个',
    re: new RegExp(
      `(?:连(?:这个|这点|这么简单的?)[^，。！？,!?都也]{0,4}|这么(?:简单|容易)(?:的)?(?:事|东西|问题)?|这点(?:小)?事|这么点(?:小)?(?:事|问题)|个(?<=${ACT}个)[^，。！？,!?都也]{1,4})(?:都|也)(?:不会(?=$|[，。！？,.!?~…\\s吗啊吧呀嘛还])|[^，。！？,!?]{1,2}不(?:清楚|明白|好|会|懂|上|对|来|了|到)|能[^，。！？,!?]{0,3}(?:错|坏|反|丢|砸)|能[^，。！？,!?]{0,2}半天)(?<!我[^，。！？,!?]{0,20})(?![^，。！？,!?]{0,2}的话)(?![^\\n]*(?:抱歉|对不起|不好意思|我们的(?:问题|失误|错)|是我们|我们没|不对|疏忽|没关系|很正常|很多人|别担心|我教|视频))`,
      'y',
    ),
  },
  // A trivial act asked back as if it were hard (上网搜一下很难吗, 翻上去看看会死啊, 百度不会吗).
  {
    id: 'rude-hard',
    category: 'abuse',
    starts: '一看翻搜查动下百问',
    re: /(?:一下|看看|一眼|翻翻|搜搜|查查|动动手|下单|百度)(?:很难|有那么难|有多难|会死)(?:吗|啊|么|嘛|\?)(?![^\n]*(?:不难|很简单|挺简单|一点都不|我教|别担心))|(?:百度|搜索|搜一下|查一下|问度娘)(?:都|也)?不会(?:吗|啊|么|嘛|\?)/y,
  },
  // The buyer's eyes, hands or brain asked about as broken or ornamental (你手是抖的吗, 您的脑子是摆设吗,
  // 你眼睛长着干嘛用的); a concerned question (您的手是不是划伤了) names no such use.
  {
    id: 'rude-body',
    category: 'abuse',
    starts: '眼脑手耳',
    re: /(?:眼睛|眼(?![镜霜罩线影膜药])|脑子|脑袋|手(?![机表链环套柄镯账续])|耳朵)(?<=[你您](?:的|这)?(?:眼睛|眼|脑子|脑袋|手|耳朵))(?:是|长着|长来)?[^，。！？,!?]{0,3}?(?:摆设|装饰|装饰品|白长|干嘛用|干什么用|做什么用|借来的|出气的|(?<=是)(?:抖的|瞎的))/y,
  },
  // Asked whether they can see what stands written (图片上都写了，您是看不见吗 / 那个按钮那么大你看不见): the
  // obvious stated first, then the question; "您看不到图片吗？我重新发" states nothing obvious.
  {
    id: 'rude-blind',
    category: 'abuse',
    starts: '都就写明那这清',
    re: /(?:都写|就写|写着|写了|写得|明明|那么大|这么大|清清楚楚|明明白白)[^。！？!?]{0,16}?[你您](?:是)?(?:看不见|看不到|没看见|没看到|不会看|不识字|眼瞎)(?:吗|啊|么|嘛|\?|$)(?![^\n]*(?:我拍|我发|截图给|给[你您]|再发|重新发|没关系|不要紧|可能))/y,
  },
  // Blame turned on the buyer: the shop or the product blamed by them (啥都赖我们, 这也赖我们, 赖谁呢, 别赖粮),
  // the fault theirs (是你自己手抖, 是您自己选的码, 是你喂的问题, 是你不会洗). 不赖您 / 不是您的问题 / 如果是您自己… leave it.
  {
    id: 'rude-blame',
    category: 'abuse',
    starts: '赖是',
    re: /赖(?<=(?:啥都|什么都|就|又|还|别)赖)(?<!(?:这|那|这个|那个|都|全)(?:就|又|还)赖)(?:我们|我|商家|店家|客服|产品|东西|质量|衣服|[^，。！？,!?我你您在着床]{1,2}(?=$|[，。！？,!?]))|赖(?<=这也赖)[^，。！？,!?]{0,4}?(?:吗|\?)|赖谁(?<!(?:不|不能|没法|怨不得|怪不得)赖谁)(?:呢|啊|呀)?(?![^。！？!?\n]*(?:帮[你您]|给[你您]|补发|换))|是(?=[你您])(?<!(?:不|如果|要是|若|是不|还|不管|无论|不论|万一)是)[你您](?:自己)?(?:(?:喂|用|洗|放|装|穿|选|拆|摔|泡|晒|烘|存|操作|使用|保存|保管|安装|搭配)的问题|不会[^，。！？,!?吗]{1,3}(?=$|[，。,!！])|自己[^，。！？,!?吗]{0,4}?(?:手抖|手笨|弄坏|弄的|搞的|选的|放的|摔的|洗的|拆的|拍的|装的|没看|不看|不会))(?![^，。,!！]*[吗?])(?![^。！？!?\n]*(?:帮[你您]|给[你您]|没关系|可以|换|补发))/y,
  },
  // The fault put on the buyer's body or senses against the product (穿不进去是脚的问题，不是鞋的问题; 是您腰的问题; 你是不是鼻子有问题;
  // 是你手机屏幕太烂吧): read from the body part, the sense or the screen (rare). Advice that names a measure or a screen (可能是腰围的问题，建议
  // 选大一码; 色差可能是您手机屏幕的问题) has neither the contrast nor a plain 是你 / 您.
  {
    id: 'rude-blame',
    category: 'abuse',
    starts: '脚腿腰肚屁身舌鼻耳味嗅屏',
    re: /(?:脚|腿|腰|肚子|屁股|身材)(?:型|围)?(?:太[大胖宽肥粗长短])?的?问题(?=[，,\s]*(?:又)?不是(?:鞋|衣服|裤子|裙子|产品|商品|东西|我们|尺码|帽子|鞋子))|(?<=(?<!可能|应该|也许|或许|大概|如果|要是|不)是(?:你|您)(?:自己)?的?)(?:脚|腿|腰|肚子|屁股|身材)(?:型|围)?(?:太[大胖宽肥粗长短])?的?问题|(?:舌头|鼻子|耳朵|味觉|嗅觉)(?<=(?:你|您)是不是(?:舌头|鼻子|耳朵|味觉|嗅觉))(?:有)?(?:问题|毛病)|屏幕太烂(?<=(?<!可能|应该|也许|或许|大概|如果|要是|不)是(?:你|您)的?(?:手机|电脑)?屏幕太烂)/y,
  },
  // The agent no servant of the buyer's (我不是您保姆，安装视频自己去看; 我也不是您秘书): read from the servant named (rare).
  {
    id: 'contempt-2',
    category: 'abuse',
    starts: '保秘佣仆',
    re: /(?:保姆|秘书|佣人|仆人)(?<=(?:我|我们)(?:也|又|可)?不是(?:你|您)(?:的|家的?)?(?:私人)?(?:保姆|秘书|佣人|仆人))/y,
  },
  // The shop taken for something it is not (你当我们这是菜市场啊, 当我们是瞎子？): asked, not offered (您就当我们是朋友).
  { id: 'rude-treat-as', category: 'abuse', starts: '当', re: /当(?:我们|我)(?:这|这里|这儿)?是[^，。！？,!?]{1,6}?(?:啊|吗|呢|\?)/y },
  // Idle, useless, or not worth a word (没别的事干了吗, 会不会过日子, 成天盯着那几块钱，至于吗, 懒得跟你费口舌, 你再废话我就不回了).
  {
    id: 'rude-idle',
    category: 'abuse',
    starts: '没怎会至懒你',
    re: new RegExp(`没(?:别的)?事(?:干|做)了?(?:吗|啊|是吧|\\?)(?![^\\n]*(?:哈哈|😂|😄|😆|🤣|😁))|(?:怎么|会不会)过日子|至于(?:吗|嘛)${END}|懒得(?:跟|和)[你您]|你再[^，。！？,!?]{1,4}我就(?:不回|拉黑|不理)`, 'y'),
  },
  // What happened is none of the shop's business (跟我们有啥关系, 找我有什么用, 跟我说有啥用).
  {
    id: 'rude-not-mine',
    category: 'abuse',
    starts: '跟和找问',
    re: /(?:跟|和)我们?(?:有啥|有什么|有毛|啥|有个屁)关系(?<!问[^，。！？,!?]{0,16})(?![吗?])(?![^\n]*(?:我们是|其实|是这样|授权|解释))|(?:找|问|跟)我(?:们)?(?:说)?(?:有啥|有什么|有个屁)用(?![得法途处])(?![^\n]*(?:抱歉|对不起|不好意思))/y,
  },
  // Take it or leave it as a verb doubled, said to the buyer or as its own clause (你爱约不约, 爱咋评咋评); a child's or a
  // pet's appetite (宝宝爱吃不吃) is not. The fixed ones are dictionary words.
  {
    id: 'rude-take-it',
    category: 'abuse',
    starts: '爱',
    re: /爱(?<=(?:^|[，。！？,.!?\s~]|你|您|就|反正)爱)(?:([\u4e00-\u9fa5])不\1(?!释|的)|(?:咋|怎么|怎样)([\u4e00-\u9fa5])(?:就)?(?:咋|怎么|怎样)\2)/y,
  },
  // Told to stop asking, or that asking is useless (再问也没用, 别再问了, 别一直发, 催啥催, 催命啊).
  {
    id: 'rude-stop-asking',
    category: 'abuse',
    starts: '再别催',
    re: new RegExp(
      `再(?:问|催|闹)(?:也|都)(?:没用|白问|白搭)|别(?<!您别)(?:再|一直|老是?|总)(?:问|催|发消息|发|刷屏|叨叨)(?:了)?${END}(?![^\\n]*(?:看到|我在|马上|一条|稍等|会回|回您|回你))|催(?:啥|什么|个屁)催|催命`,
      'y',
    ),
  },
  // Sent away (不知道，自己查 / 自己点去 / 滚去问快递): the buyer told to do it themselves and go.
  {
    id: 'rude-go-away',
    category: 'abuse',
    starts: '不自滚别隔其以',
    re: new RegExp(
      `不知道[，,\\s]*自己(?:查|看|找|问|百度|搜)|自己(?:${ACT}|找|问|退|买|修|学|试|百度)去${END}|滚(?<=(?:^|[，。！？,.!?\\s]|你|给我|就|快)滚)(?:去|回|出去)(?!的)|(?=别家|隔壁|别处|其他地方|以外的地方)(?<=(?:去|找|到)[^。！？!?，,]{0,6}?)(?:别家|隔壁|别处|其他地方|以外的地方)[^。！？!?]{0,8}?[，,\\s]\\s*不送(?=$|[。！!~…])`,
      'y',
    ),
  },
  // Sizing the buyer up by where they come from or how old they are (河南的吧？难怪 / 这岁数了还网购 / 老年人就是事多 /
  // 胖成这样就别买修身款了, 学生家长就是事多).
  {
    id: 'rude-sized-up',
    category: 'abuse',
    starts: '吧岁年龄老大胖穷丑矮山乡农事难矫磨啰麻',
    re: new RegExp(`吧(?<=${PLACE}(?:的|人)(?:是)?吧)[？?，,]\\s*(?:难怪|怪不得|我就知道|果然)(?:了|呢|啊)?(?=$|[。！!…~，,])|(?:岁数|年纪|年龄)了还(?<=(?:这|这把)(?:岁数|年纪|年龄)了还)(?<!(?:宝宝|孩子|宝贝|娃|小朋友|狗|狗狗|猫|猫咪)(?:这|这把|您这|你这)(?:岁数|年纪|年龄)了还)(?!这么|那么|很|挺|真)(?![^\\n]*(?:真|厉害|时髦|棒|羡慕|佩服|😄|哈哈))|(?:老年人|老人家|老人|老太太|老头子?|大妈)(?:就是|都是|就)(?:事多|难伺候|矫情|磨叽|啰嗦)|(?:事多|难伺候|矫情|磨叽|啰嗦|麻烦(?![你您]))(?<=(?:家长|宝妈|女人|男人|年轻人|这种人|这些人|买家|顾客|客户|客人)(?:就是|都是|就)(?:事多|难伺候|矫情|磨叽|啰嗦|麻烦))|[胖穷丑矮老]成这样(?:了)?(?:就别|还)|(?:山沟沟|山沟|乡下|农村|山里)(?:里)?的(?:人)?就别(?:买|网购|指望|想|在网上)`, 'y'),
  },
  // Mock deference, its sarcasm anchored (您说啥就是啥，行了吧 / 您最有理了呗 / 插头都能插反，您真是个人才): a compliment alone
  // (您真是个人才，这么快就装好了) is left, and so is deference that goes on to serve (您说啥就是啥，我们全力配合).
  {
    id: 'rude-mock',
    category: 'abuse',
    starts: '都也啥什最真太',
    re: /(?:都能|也能)[^。！？!?]{0,6}?(?:反|错|坏|丢)[^。！？!?]{0,8}?(?:人才|有才|本事|厉害)|(?:真是个?人才|太有才了)[^。！？!?]{0,12}?(?:都能|也能)[^。！？!?]{0,6}?(?:反|错|坏|丢)|(?:啥|什么)就是(?:啥|什么)(?<=[你您](?:说)?(?:啥|什么)就是(?:啥|什么))(?:吧|呗)?[，,]?\s*(?:行了吧|行吧|可以了吧|满意了吧)|最(?<=[你您]最)(?:有理|懂行)(?:了)?(?:行吧|行了吧|呗|吧)|真是个?[“"'‘「]好[”"'’」]/y,
  },
];
