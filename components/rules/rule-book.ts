/**
 * The rules page's content, as data: every rule the extension cites (lib/rules.ts),
 * with its figure, consequence and the merchant articles it is restated from.
 * Shipped inside the extension (rules.html) so every "§" chip has somewhere to
 * point; the articles are merchant-facing restatements, not the platform's own
 * text, and the page says so.
 */
import { RULES, type RuleId } from '@/lib/rules';

export interface Text {
  zh: string;
  en: string;
}

export type SourceId = '000' | '001' | '002' | '003' | '004';

export interface RuleSource {
  title: string;
  publisher: Text;
  date: string | null;
  about: Text;
}

/** The articles the digest was made from (titles as published, in Chinese). */
export const RULE_SOURCES: Record<SourceId, RuleSource> = {
  '000': {
    title: '拼多多客服介入对商家有什么影响？具体是什么？',
    publisher: { zh: '幕思城（经验分享）', en: 'Musicheng (merchant tips)' },
    date: '2022-12-06',
    about: { zh: '平台介入、扣分、子账号', en: 'platform intervention, penalty points, sub-accounts' },
  },
  '001': {
    title: '拼多多怎么申请售后',
    publisher: { zh: '商家经验文章', en: 'merchant how-to article' },
    date: null,
    about: { zh: '售后步骤、客服考核指标、聊天规则', en: 'after-sales steps, agent KPIs, chat rules' },
  },
  '002': {
    title: '拼多多客服账号的创建与管理',
    publisher: { zh: '素雅营销研究院', en: 'Suya Marketing Institute' },
    date: '2025-05-20',
    about: { zh: '客服账号与职责', en: 'agent accounts and duties' },
  },
  '003': {
    title: '2023年拼多多客服规则',
    publisher: { zh: '萌萌客', en: 'Mengmengke' },
    date: '2023',
    about: { zh: '聊天与售后规则、辱骂处罚分级', en: 'chat and after-sales rules, abuse tiers' },
  },
  '004': {
    title: '拼多多如何查看客服回复率',
    publisher: { zh: '卖家论坛', en: 'seller forum' },
    date: '2022-09-03',
    about: { zh: '回复率定义、人工回复的认定', en: 'reply-rate definitions, what counts as a human reply' },
  },
};

export interface RuleEntry {
  id: RuleId;
  /** What is measured or forbidden, and the figure. */
  figure: Text;
  /** What happens to the shop, or what the agent must do. */
  consequence: Text;
  /** What the extension does about it. */
  extension: Text;
  sources: readonly SourceId[];
}

export interface RuleSection {
  /** '§1', as on the chips (lib/rules.ts). */
  section: string;
  title: Text;
  intro: Text;
  rules: readonly RuleEntry[];
}

const COUNTED: Text = {
  zh: '只考核北京时间 8:00–23:00 发送的买家消息，只有人工回复才算回复。',
  en: 'Only buyer messages sent 08:00–23:00 Beijing time are assessed; only human replies count.',
};

export const RULE_BOOK: readonly RuleSection[] = [
  {
    section: '§1',
    title: { zh: '回复时效（多多客服 → 客服数据）', en: 'Reply speed (多多客服 → 客服数据)' },
    intro: COUNTED,
    rules: [
      {
        id: 'reply-30s',
        figure: { zh: '30 秒内得到人工回复的买家消息 ÷ 全部买家消息。', en: 'Buyer messages with a human reply within 30 s ÷ all buyer messages.' },
        consequence: { zh: '客服考核指标（KPI）。', en: 'An agent KPI.' },
        extension: { zh: '聊天页计时到 30 秒由绿变黄（颜色见“颜色与提醒”）；弹出窗口显示今日估算值。', en: 'The chat timer turns from green to gold at 30 s (see “Colours and alerts”); the popup shows today’s estimate.' },
        sources: ['001'],
      },
      {
        id: 'reply-3min',
        figure: { zh: '3 分钟内回复的买家消息占比。', en: 'Share of buyer messages answered within 3 minutes.' },
        consequence: { zh: '在客服数据中展示。', en: 'Shown in the data centre.' },
        extension: { zh: '计时按 3 分钟分段；弹出窗口显示今日估算值。', en: 'The timer stages at 3 minutes; the popup shows today’s estimate.' },
        sources: ['001'],
      },
      {
        id: 'reply-5min',
        figure: { zh: '5 分钟内回复的买家消息占比，按前一天计，不得低于 70%（或类目标准）。', en: 'Share answered within 5 minutes over the last day; must not fall below 70 % (or the category’s standard).' },
        consequence: { zh: '低于标准：店铺一天二级限制，全店商品降权。', en: 'Below it: a one-day level-2 restriction and down-ranking of all the shop’s goods.' },
        extension: { zh: '计时按 5 分钟分段；弹出窗口按设置的下限（默认 70%）着色。', en: 'The timer stages at 5 minutes; the popup colours the rate against the floor (70 % by default).' },
        sources: ['001', '004'],
      },
      {
        id: 'reply-1h',
        figure: {
          zh: '60 分钟内得到人工回复的买家 ÷ 咨询买家，按买家计（不是按消息）；当天咨询买家超过 100 位才计算。',
          en: 'Buyers with a human reply within 60 min ÷ buyers who consulted, per buyer (not per message); computed only above 100 buyers that day.',
        },
        consequence: {
          zh: '报名活动前检查报名前 3 天每一天的比率，有一天不达标就不能报名。',
          en: 'Before a promotion signup each of the 3 days before is checked; one day below the requirement blocks the signup.',
        },
        extension: { zh: '弹出窗口的“活动报名检查”逐日判断前 3 天。', en: 'The popup’s signup check judges each of the 3 days.' },
        sources: ['004'],
      },
      {
        id: 'reply-avg',
        figure: { zh: '每条买家消息到下一次人工回复的平均等待时间。', en: 'Mean wait from each buyer message to the next human reply.' },
        consequence: { zh: '客服考核指标（KPI）。', en: 'An agent KPI.' },
        extension: { zh: '弹出窗口显示今日估算值。', en: 'The popup shows today’s estimate.' },
        sources: ['001'],
      },
      {
        id: 'human-reply',
        figure: {
          zh: '算人工回复：客服发送的文字、表情、图片、视频；优惠券、商品卡片等卡片；单个订单的催付；修改地址、改价、代下单等操作结果。不算：自动回复（机器人）、批量或自动催付。',
          en: 'Human replies: text, emoji, images, video sent by an agent; coupons and goods cards; a single order’s payment reminder; results of address or price changes and orders placed for the buyer. Not: automatic (robot) replies, batch or automatic payment reminders.',
        },
        consequence: {
          zh: '客服离线时收到的消息照样计入；广告和骚扰消息也要回复（先回复再举报）。',
          en: 'Messages arriving while the agent is offline still count; spam must be answered too (reply, then report).',
        },
        extension: {
          zh: '机器人回复不停止计时：页面列在“已被自动回复”下的买家保留一个较淡的计时标记“机器人已答 · 待人工”，临近 1 小时（50 分钟起）才进入提醒和工具栏计数，1 小时回复率仍算未回复。',
          en: 'A robot reply does not stop the timer: a buyer the page lists under 已被自动回复 keeps a quieter badge “robot answered · needs a human”, joins the alert and the toolbar count only near the 1-hour line (from 50 min), and counts as unanswered in the 1-hour rate.',
        },
        sources: ['004'],
      },
    ],
  },
  {
    section: '§2',
    title: { zh: '客服聊天禁止内容', en: 'What an agent must never send' },
    intro: {
      zh: '违规词常被变形：字间加空格或符号、全角字母、谐音（薇信、V信）、拼音、中文或圈数字写的电话号码。',
      en: 'Banned words are disguised: spaces or symbols between characters, full-width letters, homophones (薇信, V信), pinyin, Chinese or circled digits.',
    },
    rules: [
      {
        id: 'chat-platform',
        figure: { zh: '提及淘宝、天猫、京东、美丽说、百度等其他平台或其链接。', en: 'Naming Taobao, Tmall, JD, Meilishuo, Baidu or other platforms, or linking to them.' },
        consequence: { zh: '罚款（商家手册中提到 10 万元）并限制店铺。', en: 'A fine (merchant handbooks quote 100 000 RMB) and restrictions.' },
        extension: { zh: '发送前检查，按设置拦截或提醒。', en: 'Checked before sending; held or warned as set.' },
        sources: ['003'],
      },
      {
        id: 'chat-contact',
        figure: { zh: '微信 / VX / WX、QQ、支付宝、手机或座机号码，或索要买家电话（站外导流）。', en: 'WeChat / VX / WX, QQ, Alipay, phone or landline numbers, or asking for the buyer’s number (off-platform diversion).' },
        consequence: { zh: '罚款并限制店铺。', en: 'A fine and restrictions.' },
        extension: { zh: '识破空格、谐音、全角、中文数字等变形后拦截。', en: 'Sees through spaces, homophones, full-width and Chinese digits, then holds the message.' },
        sources: ['001', '003'],
      },
      {
        id: 'chat-third-party',
        figure: { zh: '非拼多多链接、银行卡或支付账户、二维码、邮箱、实体店地址、广告。', en: 'Non-Pinduoduo links, bank or payment accounts, QR codes, e-mail, physical shop addresses, adverts.' },
        consequence: { zh: '违反聊天工具使用规则。', en: 'Breaks the chat-tool rules.' },
        extension: { zh: '发送前检查，按设置拦截或提醒。', en: 'Checked before sending; held or warned as set.' },
        sources: ['003'],
      },
      {
        id: 'chat-abuse',
        figure: { zh: '辱骂、人身攻击；频繁发消息或深夜联系买家。', en: 'Insults, personal attacks; spamming or contacting buyers late at night.' },
        consequence: {
          zh: '一级：全店商品下架、3 天不能上新；二级（严重骚扰、聊天或评价回复中威胁）：7 天；三级（情节恶劣，如邮寄丧葬用品）：15 天，平台可解除合作。',
          en: 'Tier 1: all goods delisted, no new listings for 3 days; tier 2 (serious harassment, threats): 7 days; tier 3 (grave, e.g. mailing funeral items): 15 days and the platform may end the contract.',
        },
        extension: { zh: '发送前检查，拦截。', en: 'Checked before sending; held.' },
        sources: ['001', '003'],
      },
    ],
  },
  {
    section: '§3',
    title: { zh: '售后', en: 'After-sales' },
    intro: {
      zh: '仅退款适用于所有订单；退货退款适用于已发货的非特殊商品（特殊：水果生鲜、虚拟商品）。',
      en: 'Refund-only applies to every order; return-and-refund to shipped orders of non-special goods (special: fresh food, virtual goods).',
    },
    rules: [
      {
        id: 'refund-48h',
        figure: { zh: '商家须在 48 小时内处理退款申请。', en: 'The merchant must act on a refund request within 48 hours.' },
        consequence: { zh: '48 小时内不处理，系统自动同意退款。', en: 'Left 48 hours without action, the system agrees to the refund.' },
        extension: { zh: '售后列表每条待处理退款显示剩余时间，最紧急的排在面板最前。', en: 'Each pending refund on the list shows the time left; the most urgent lead the panel.' },
        sources: ['003'],
      },
      {
        id: 'refund-shipped-refund-only',
        figure: { zh: '订单已发货且有运单号，买家却申请仅退款。', en: 'The buyer asks for refund-only on an order already shipped with a tracking number.' },
        consequence: { zh: '请买家改为退货退款，否则货款两失。', en: 'Ask the buyer to change it to return-and-refund; otherwise goods and money are both lost.' },
        extension: { zh: '在该售后单旁提示。', en: 'A hint beside the request.' },
        sources: ['003'],
      },
      {
        id: 'refund-escalate-reason',
        figure: { zh: '退款原因为假货、质量问题、描述不符、空包裹、缺货。', en: 'Refund reasons: fake goods, quality problem, not as described, empty parcel, out of stock.' },
        consequence: { zh: '会影响店铺记录：客服不要自行同意，交主管处理。', en: 'They weigh on the shop’s record: do not agree on your own, escalate to a supervisor.' },
        extension: { zh: '在该售后单旁提示“需主管处理”。', en: 'Marks the request “escalate”.' },
        sources: ['003'],
      },
      {
        id: 'refund-instant',
        figure: { zh: '极速退款订单。', en: 'Instant-refund (极速退款) orders.' },
        consequence: { zh: '记下订单，每天核对退货是否到达；买家用假运单号时申诉。', en: 'Note them; check daily that the return arrived; appeal if the buyer used a fake tracking number.' },
        extension: { zh: '在该售后单旁提示。', en: 'A hint beside the request.' },
        sources: ['003'],
      },
      {
        id: 'refund-no-logistics',
        figure: { zh: '发货后 2 天物流没有更新。', en: 'No logistics update 2 days after shipping.' },
        consequence: { zh: '此时买家申请退款会被直接通过。', en: 'A refund request is then approved at once.' },
        extension: { zh: '在该售后单旁提示。', en: 'A hint beside the request.' },
        sources: ['003'],
      },
    ],
  },
];

/** Every rule id on the page, in page order (each must be a RULES id, and every RULES id must be here). */
export const RULE_BOOK_IDS: readonly RuleId[] = RULE_BOOK.flatMap((s) => s.rules.map((r) => r.id));


/** True when the section on the page matches the section the chips show for every rule. */
export function sectionsAgree(): boolean {
  return RULE_BOOK.every((s) => s.rules.every((r) => RULES[r.id].section === s.section));
}
