/**
 * A content app named as where an account is (issue 21, precision): "教程在
 * 抖音发了，抖音号 fa_shi_2022", "小红书搜我们号，私信我" give an account to
 * follow, which the label rules call a contact (抖音号/快手号/小红书号), not a
 * shop on another platform. The word is reported as a contact (retag) when
 * its sentence gives the account (…号, an id after 号, 私信, 关注我们, 粉丝,
 * 主页, 笔记) and names no shop, order or price there: "抖音小店下单更便宜"
 * stays a platform. Reason and examples in context-accounts-notes.ts.
 */
import { SENTENCE_REACH, type ContextRule } from './context-rule';

export const ACCOUNT_RULES: readonly ContextRule[] = [
  {
    id: 'content-account',
    reach: SENTENCE_REACH,
    effect: 'retag',
    retag: { category: 'contact', ruleId: 'chat-contact' },
    categories: ['platform'],
    tokens: ['抖音', 'douyin', '抖y', '斗音', '抖阴', 'dou音', '某音', '抖心音', '抖yin', '快手', 'kuaishou', '某手', '红书', '小红薯', 'xiaohongshu', '某书'],
    sentence: /(?:抖音|抖|dou音|快手|小红书|红书|书)号|号\s?(?:是|为)?\s?[:：]?\s?[a-z0-9_]{4,}|搜我们(?:的)?号|私信|关注我们|粉丝|主页|笔记/,
    // 拍 as buying, not 实拍 / 拍照 (a photo to look at).
    sentenceUnless: /小店|店铺|旗舰|下单|买|购|(?<!实)拍(?!照)|价|便宜|链接|优惠/,
  },
];
