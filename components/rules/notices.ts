import type { Text } from './rule-book';

/**
 * Where the extension's notices appear, as the rules page lists them under
 * its colour legend (docs/INSTALL.md says the same; a test holds it).
 */
export const NOTICE_PLACES: readonly Text[] = [
  {
    zh: '聊天页会话列表：每位等待人工回复的买家旁一个计时标记，颜色按上表；临近下一档时外圈加一道黄框。机器人已答的买家是白底灰框的“机器人已答 · 待人工”；北京时间 8:00–23:00 以外的留言标“不计”。',
    en: 'Chat page list: a timer beside each buyer waiting for a human reply, coloured as above, with a yellow ring when close to the next threshold. A robot-answered buyer shows a white, grey-bordered “robot answered · needs a human”; messages outside 08:00–23:00 Beijing are marked “not counted”.',
  },
  {
    zh: '聊天页右上角：“正在等待”提醒，显示人数和最久的等待；鼠标移上去展开列表，点一项直接打开该买家，快要跨入下一档的买家排最前。',
    en: 'Chat page, top right: the “waiting” alert with the count and the longest wait; hover to open the list, click one to open that buyer; the one about to cross its next threshold comes first.',
  },
  {
    zh: '电脑桌面（系统通知）：聊天页不在前台时，买家进入提醒阶段就弹出一条通知（每位买家每档一次，30 秒内最多一条），点一下打开该会话。',
    en: 'Desktop (system notification): while the chat page is not in front, a buyer reaching a warning stage raises one notification (once per buyer and stage, at most one per 30 s); a click opens that conversation.',
  },
  {
    zh: '浏览器工具栏的插件图标：红色数字是超过 30 秒还没人工回复的买家数。',
    en: 'The extension’s toolbar icon: the red number is how many buyers have waited over 30 s for a human reply.',
  },
  {
    zh: '回复框上方：发送前检查出违规词时的拦截或提醒面板，附可替换的说法。',
    en: 'Above the reply box: the panel that holds or warns about a banned phrase before sending, with a compliant wording.',
  },
  {
    zh: '售后列表：每条待处理退款旁的剩余时间标记，颜色按上表；列表旁的面板把最紧急的排在最前，可收起。',
    en: 'After-sales list: a time-left mark beside each pending refund, coloured as above; the panel beside the list puts the most urgent first and can be collapsed.',
  },
  {
    zh: '页面右上角“页面未识别”：页面改版、插件认不出时出现，插件在该页停止显示，页面照常使用。',
    en: 'Top right, “page not recognised”: shown when the page changed and the extension cannot read it; the extension steps aside on that page, which works as usual.',
  },
];
