/**
 * Contempt the independent writers share (issue 21 item 6, RULES §2 tier 1),
 * each idiom found in two or more writers' tuning text or in a writer's and
 * the team's own lines, written as a frame rather than one writer's words:
 * the buyer told to bring a brain or go back to primary school, a question
 * "even a child knows", a place's people lumped together, told to stop their
 * noise here, accused of grabbing a bargain, their motive named, a harm to
 * their details or family announced. Twins in test/unit/phrases/rude-structure.test.ts
 * (a product a child can use, a weather note for a region, a real tip).
 */
import type { IntentPattern } from './intent';

/** What the buyer is told to stop doing here (别在这絮叨, 少在这跟我讲条件). */
const NOISE = '(?:絮叨|叨叨|夸大其词|刷屏|刷了|闹|装|讲条件|吵|嚷嚷|废话|哔哔|胡说|瞎说|扯|演|唧唧歪歪|叽叽歪歪|来这套)';

export const CONTEMPT_PATTERNS: readonly IntentPattern[] = [
  // Bring a brain, go back to school (建议您下次买东西之前带上脑子哦, 先上个小学, 把小学语文补一补); a child's size is a product fact.
  {
    id: 'rude-school',
    category: 'abuse',
    starts: '建带上小麻',
    re: /建议[你您][^。！？!?\n]{0,12}?(?:脑子|上个?小学(?!生)|小学语文|识字)|(?:麻烦)?带上脑子|上个小学(?!生)|小学语文(?:补|重学|没学)/y,
  },
  // "Even a child knows": the buyer's question below a child's (你这问题小学生都知道, 这个道理三岁小孩都懂, 猪都比你会用);
  // a product a child can use (这款小学生都会用) is a selling point, not a question about the buyer.
  {
    id: 'rude-child-knows',
    category: 'abuse',
    starts: '问道常猪狗小三',
    re: /(?:问题|道理|常识)[^，。！？,!?]{0,4}?(?:小学生|三岁小孩|三岁孩子|小孩子?|幼儿园小朋友)都(?:知道|懂)|(?:猪|狗|小学生|三岁小孩)都比你/y,
  },
  // A place's people lumped together (你们那边的人是不是都这么难伺候, 你们东北人说话都这么冲吗, 你们山沟沟里快递慢正常).
  {
    id: 'rude-your-people',
    category: 'abuse',
    starts: '你',
    re: /你们(?:那边|那儿|那里|[东西南北]北|[东西南北]方|河南|河北|山东|山西|湖南|湖北|广东|广西|四川|新疆|农村|乡下|山里)?(?:的)?人[^，。！？,!?]{0,6}?都(?:这么|那么)(?!热情|好|实在|豪爽|客气|友善|会|有眼光|讲究|爽快)|你们(?:山沟沟|山沟)/y,
  },
  // Told to stop their noise here (别在这夸大其词, 老太太别在这絮叨了, 少跟我来这套).
  { id: 'rude-not-here', category: 'abuse', starts: '别少', re: new RegExp(`(?:别|少)(?:在这(?:儿|里)?|跟我)(?:跟我)?${NOISE}(?=$|[了啦呢吧啊，。！？,.!?~…\\s])`, 'y') },
  // Accused of grabbing a bargain or of a motive (就知道占小便宜, 净想着占便宜, 您就是想要赔偿吧, 一看就是没用过好东西的).
  {
    id: 'rude-motive',
    category: 'abuse',
    starts: '占想看',
    re: /占(?<=(?:就知道|净想着|光想着|一心想|就想|爱)占)(?:小)?便宜|想(?<=[你您]就是想)(?:要)?(?:赔偿|白嫖|占便宜|讹)|看就是(?<=一看就是)(?:没(?:用|见|买)过(?:好东西|世面)|职业(?:差评|打假|白嫖)|穷|白嫖|来找茬)/y,
  },
  // Taunts (早干嘛去了, 逗我玩呢, 你还能干点啥, 我看你能撑多久, 同样的话我要说几遍你才懂, 你到底有没有在听我说话,
  // 晚几天怎么了, 谁规定必须秒回, 凑合用呗, 这种问题也来问, 最难伺候的客人, 我是客服不是你保姆, 要啥自行车, 你能不能有点素质,
  // 做你的春秋大梦, 你那破房子也配装这个, 连猫都养不好，还养什么宠物, 这岁数还买什么新衣服).
  {
    id: 'rude-taunt',
    category: 'abuse',
    starts: '早逗干多几听晚慢迟谁凑种最保佣仆要素春白配连还',
    re: /早干(?:嘛|什么)去了|逗我(?:玩)?(?:呢|吗|是吧)|干(?<=你还能干)(?:点)?(?:啥|什么)|多久(?<=我看你能[^，。！？,!?]{1,4}多久)|几遍(?<=我要说几遍)|几遍你才(?:懂|明白|听得懂)(?<=说几遍你才..)|听(?<=有没有在听)我说(?:话)?|(?:晚|慢|迟)(?:了)?(?:几天|两天|一天|一点)怎么了(?!吗)|谁规定(?:必须|一定|要)|凑合(?:用|穿|着用)?呗|种(?<=这种)(?:问题|小事|事)(?:也|都)(?:来|要)?问|最(?:难伺候|难缠|难搞|奇葩|能作|事多)的(?:买家|客人|顾客|客户)|(?:保姆|佣人|仆人)(?<=不是你(?:家)?(?:的)?(?:保姆|佣人|仆人))|要啥自行车|素质(?<=(?:能不能|有没有)(?:有)?点?素质)|(?:春秋大梦|白日梦)(?<=做(?:你的)?(?:春秋大梦|白日梦))|配(?<=[你您][^，。！？,!?]{0,8}?(?:也|就|只)配)(?:装|用|砍价|买|穿|吃|住|提|谈|要)|连[^，。！？,!?都]{1,4}都[^，。！？,!?]{1,3}不(?:好|会|明白|清楚)[，,\s]*还[^，。！？,!?]{1,4}什么|还(?:买|用|养|穿|网购)什么(?![^，。！？,!?]*[吗呢?])/y,
  },
  // A cold 呵呵 opening a retort (呵呵，您说的都对 / 呵呵 您开心就好): six independent writers open sarcasm this way. A bare
  // 呵呵，真行 says too little, and 呵呵，谢谢亲 is an old-fashioned laugh.
  {
    id: 'rude-hehe',
    category: 'abuse',
    starts: '呵',
    re: /呵呵(?<=(?:^|[，。！？,.!?\s~])呵呵)呵*[，,。.！!~…\s]+(?=[^。！？!?\n]{4,})(?![^\n]*(?:谢谢|感谢|不客气|好的|没关系|欢迎))/y,
  },
  // Their details posted or their family named (把你的电话地址发网上, 把你身份证和地址发抖音上, 你女儿在哪上学我都查得到,
  // 我们就把您的信息挂出来, 你家在哪我们心里有数); a service reply that keeps the address to ship is its twin.
  {
    id: 'threat-expose',
    category: 'abuse',
    starts: '把你您',
    re: /把[你您](?:的)?[^，。！？,!?]{0,6}?(?:信息|照片|电话|地址|资料|身份证)[^，。！？,!?]{0,4}?(?:(?:挂|发|贴)(?:到)?(?:网上|抖音|微博|群里|朋友圈|小区群)|挂出来|曝光)(?![^。！？!?\n]*(?:发货|团长|统一|快递|物流|修改|核对))|[你您](?:的)?(?:女儿|儿子|老婆|老公|家人|爸妈)[^，。！？,!?]{0,6}?我(?:们)?(?:都)?(?:查得到|知道|清楚|找得到)|[你您]家(?:在哪|门牌号|住哪)[^，。！？,!?]{0,8}?我们?(?:这边)?(?:心里)?(?:有数|也有|都有|清楚)(?![^。！？!?\n]*(?:发货|放心|快递|物流|修改))/y,
  },
];
