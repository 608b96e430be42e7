/**
 * Threats by their structure (issue 21 item 6, RULES §2 tiers 2–3), beside
 * the fixed ones in intent.ts: a condition on the buyer's review, complaint
 * or messages with a harm to them as its consequence (差评一个我让你以后收一个空包,
 * 你再投诉，师傅下次上门可就不一定这么客气了); the buyer's address, number or
 * name said to be kept (你的手机号我存了, 你家在哪我清楚得很); their family or
 * safety named (小心你全家, 晚上走夜路注意点); a visit (我有空过去看看你); funeral
 * items sent to them (寿衣给你留了一套). Threats speak to 你: the polite 您 of a
 * service reply ("您的地址我记下了，马上给您改") is its twin, and so is a sequel
 * that serves the buyer (…我记住了，明天发货) or care about the weather
 * (下雨了出门小心点). Twins: test/unit/phrases/rude-structure.test.ts.
 */
import type { IntentPattern } from './intent';

/** What the buyer did or may do that the threat is conditional on. */
const CONDITION = '(?:差评|投诉|举报|(?<=不)(?:删|改|撤)|再发|再闹|再退)';
/** The harm that follows from the agent: made to suffer, messaged day and night, found, treated roughly. */
const HARM =
  '(?:我(?:们)?(?:就|会|要|也)?(?:让|叫)你(?![看试们先]|满意|放心|开心|高兴|省心|知道|了解)|(?:天天|每天|一直|半夜|深夜|一天)[^，。！？,!?]{0,8}?给你(?:发|打)[^，。！？,!?]{0,6}?(?:消息|电话|短信|条)(?=$|[，。！？,!?])|(?:有的是办法|有办法)[^，。！？,!?]{0,4}?你|(?:就|可就)?(?:不一定|不会|没)(?:这么|那么)客气|看看谁(?:倒霉|吃亏))';
/** A sequel that serves the buyer: the detail kept in order to ship or change something. */
const SERVES = '(?![^。！？!?\\n]*(?:发货|修改|改好|改成|改一下|帮你|给你发|给你做|备注|放心|不会发错|安排|核实|退款|处理|寄出|方便|定制|下次|通知|联系你|快递|物流|到货|欢迎|常来|再来|谢谢|老客户|优惠))';
const FUNERAL = '(?:花圈|寿衣|纸钱|冥币|骨灰盒|棺材|丧葬用品|白事用品|白菊花|挽联|遗像)';
/** Care about the weather or the road: 下雨了出门小心点 is concern, not a threat. */
const CARE = '(?:下雨|路滑|天冷|降温|下雪|雪|冰|刮风|雾|保暖|安全|感冒|天黑)';

export const THREAT_PATTERNS: readonly IntentPattern[] = [
  // A harm made the consequence of the buyer's review or complaint (差评不改我每天半夜给你发一百条消息, 你有本事就给差评，我有的是办法找到你).
  { id: 'threat-if', category: 'abuse', starts: '差投举删改撤再', re: new RegExp(`${CONDITION}[^。！？!?\\n]{0,16}?${HARM}`, 'y') },
  // The same harms said outright (我会一直给你打电话直到你删评为止, 看看谁倒霉, 我有的是办法找到你).
  {
    id: 'threat-harm',
    category: 'abuse',
    starts: '够办谁直客',
    re: /够你受(?:的)?(?<=(?:差评|投诉|举报)[^。！？!?\n]{0,14})|办法(?<=我(?:们)?(?:有的是|有)办法)(?:找到|对付|收拾|整)你|谁(?<=看看谁)(?:倒霉|吃亏)|直到你(?:删|改|撤)|客气了(?<=(?:可就|就)(?:不一定|不会|没)(?:这么|那么)客气了)/y,
  },
  // The buyer's address, number, name or photo said to be kept (你的收货地址我可记得清清楚楚, 你的照片和地址我截图了,
  // 你这订单我记住了，你的名字我也记住了), with no sequel that serves them.
  {
    id: 'threat-kept',
    category: 'abuse',
    starts: '你记',
    re: new RegExp(
      `你(?:的|家|这个?)?(?:收货)?(?:地址|住址|电话|手机号|号码|名字|照片|在哪|这个人|人)[^，。！？,!?]{0,6}?我(?:这)?(?:可|都|也|已经)?(?:记得清清楚楚|清楚得很|一清二楚|存了|截图了|截了图|记住了|记下了|拍下来了)${SERVES}|记下(?:来)?了(?<=我(?:都|已经)?记下(?:来)?了)[，,\\s]*(?:小心点?|当心点?|等着瞧|走着瞧|你等着)(?=$|[，。！？,.!?~…\\s吧啊])|你(?:住的|家|孩子|老家|小区|单位)[^。！？!?\\n]{0,10}?我(?:们)?(?:都)?(?:熟得很|一打听|门儿清|打听得到|查得到)${SERVES}`,
      'y',
    ),
  },
  // Family and safety named (小心你全家, 你全家都会遭报应的, 晚上走夜路注意点, 以后别让我碰到, 这事没完, 劝你别惹我们).
  {
    id: 'threat-safety',
    category: 'abuse',
    starts: '小咒诅全遭早投出走晚夜以别这劝最对认',
    re: new RegExp(
      `(?:小心|咒|诅咒)你(?:的)?(?:全家|家人|家里人|孩子|老婆|老公|爸妈)|全家(?<=你全家)[^。！？!?]{0,6}?(?:报应|不得好死|不得安宁|倒霉)|遭报应|早日投胎|投胎成功|(?:出门|走路|晚上|夜里|走夜路)(?:走路|走夜路|的时候|时|可|最好|还是)?(?:小心|当心|注意)(?:点|些)(?<!${CARE}[^。！？!?]{0,16})[吧啊哦哈呢亲~…!.。\\s]*$|(?:以后)?别让我(?:再)?(?:碰到|遇到|看到|撞见|逮到)(?:你)?(?=$|[。！!…~，,])|这事(?:儿)?(?:还)?没完(?:了)?[吧啊!！。~…\\s]*$|认识你(?<=有人认识你)(?![的们])|最好(?<=你最好)(?:祈祷|(?:别|不要)(?:惹|招惹|得罪)(?:我|他|老板))|劝[你您](?:别|不要)(?:惹|招惹|得罪)(?:我|他|老板)|对你没(?:有)?(?:好处|好果子)(?<=(?:惹|闹|差评|投诉|举报)[^。！？!?\\n]{0,16})`,
      'y',
    ),
  },
  // A visit announced (我有空过去看看你, 找人上门跟你聊聊, 晚上陪你聊聊); a technician's call (师傅上门帮您看看) serves the buyer.
  {
    id: 'threat-visit',
    category: 'abuse',
    starts: '过上去到登晚半深',
    re: /(?:过去|上门|去你家|到你家|登门)(?:跟你(?:聊聊|谈谈)|(?:看看你|陪你)(?=$|[。！!…~，,吧哈]))(?<!(?:师傅|安装|维修|售后|快递)[^。！？!?\n]{0,16})|(?:晚上|半夜|深夜)陪你(?:聊|玩)/y,
  },
  // Funeral items sent to the buyer (寿衣给你留了一套, 寄了个骨灰盒给你当赠品, 丧葬用品一套已经下单寄你了).
  {
    id: 'threat-funeral',
    category: 'abuse',
    starts: '花寿纸冥骨棺丧白挽遗给寄送',
    re: new RegExp(`(?:${FUNERAL}[^。！？!?]{0,10}?(?:给你(?:留|包邮|寄|送|准备了|备了)|寄你|送你|你先穿|穿上吧|当赠品|当礼物)|(?:给你(?:寄|送)|寄了个|送了个|寄了一[个套束盒副]|送你一[个套束盒副])(?:个|点|件|些|一[个套束盒副件])?${FUNERAL})(?![^\\n]*(?:节哀|发货|顺丰|快递|尺码|面料|订单|送到|殡仪馆|追悼|灵堂|葬礼|家属|告别|逝者|定制|款式|规格|库存|清明|祭|扫墓|中元|寒衣|祖|先人|长辈|谢谢|不用谢))`, 'y'),
  },
];
