/**
 * Codes offered without the QR word, and a chat handle, by their structure (issue 21 item 5; the thirty-first writer): a
 * scan that leads to someone in the next clause (扫一下，拉你进群 / 扫它，工程师跟您视频), a scan with a surprise (扫它有惊喜),
 * a code that opens the agent's own account (那个码扫进去就是我私人号), our code left somewhere to scan later (码我放在快递单
 * 背面了，扫了就能加 / 店的码放在贺卡背面了，下次直接扫), a camera pointed at a picture we sent (摄像头对准我发的这个图案，
 * 会跳出我的名片), a Telegram handle after 飞机 (飞机 @shop_cs) and an id after 薇： (WeChat by one character). The code patterns share intent.ts's scan-code id, so a
 * refusal covering one lowers it (scope.ts: 别扫它); each is tried only where 扫 / 码 / 对 / 飞 stands.
 */
import type { IntentPattern } from './intent';

/** Someone reached after the scan: a group, an add, a follow, the agent, a call, the friend request's note. */
const LEADS = '(?:拉[你您]进|进[^。！？!?\\n,，]{0,5}群|加(?![湿热速厚长宽工])|关注|找我|跟[你您](?:视频|联系|聊)|联系[你您]|(?:到|跳到|跳出)我(?!们的?(?:店|页面|官方|平台))|私人号|备注(?:拼多多|订单))';

export const CODE_PATTERNS: readonly IntentPattern[] = [
  {
    id: 'scan-code',
    category: 'qrcode',
    starts: '扫',
    re: new RegExp(
      `扫(?<![打清]扫)(?:描|一扫|一下|下|完|了)?(?:它|这个|那个|这张|那张|(?:下方|下面|上面)?的?qr|[^，。！？,!?码\\n]{1,8}码)?(?:[,，]\\s?[^。！？!?\\n,，]{0,8}?${LEADS}|(?:就|会|还)?(?:能|可以)?${LEADS}|(?:就|会)?有(?:惊喜|福利|红包|礼))`,
      'y',
    ),
  },
  {
    id: 'scan-code',
    category: 'qrcode',
    starts: '码',
    re: /码(?<=(?:个|张|的|块|格)码)[^。！？!?\n]{0,4}?扫(?:进去|一下|了|完|出来)?[^。！？!?\n,，]{0,4}?是我(?:们)?(?:的)?(?:店长|老板)?(?:的)?(?:私人|个人)?(?:号|微信|账号)|码(?<=(?:这个|那个|这张|那张)码)扫(?:了|完|一下)?[^。！？!?\n,，]{0,3}?(?:付款|支付)|码(?:我|(?<=的码))(?:已经)?(?:放|贴|夹|塞)(?:在|到|进)?[^。！？!?\n]{0,16}?(?:直接扫|扫(?:了|完|一下)?[^。！？!?\n,，]{0,4}?(?:就能|就|能)?(?:加|找到我|找我|联系))/y,
  },
  {
    id: 'scan-code',
    category: 'qrcode',
    starts: '对',
    re: /对(?:准|着)(?:我发的|我给的|屏幕上的)(?:这个|这张|那个|那张)?(?:图案|图片|图|码)[^。！？!?\n]{0,8}?(?:扫|跳|识别|加我|名片)/y,
  },
  // WeChat by one character before an id (薇：tea_2024, 威: lin_home).
  { id: 'chat-handle', category: 'contact', starts: '薇威微', re: /[薇威微]\s?[:：]\s?[a-z][a-z0-9_-]{4,19}(?![a-z0-9_])/y },
  { id: 'chat-handle', category: 'contact', starts: '飞纸', re: /(?:纸)?飞机(?:号|上)?\s?(?:[:：]|是)?\s?@[a-z0-9][a-z0-9_]{3,19}(?![a-z0-9_])/y },
];
