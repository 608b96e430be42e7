/** Why the rule of context-accounts.ts exists, and what it decides and leaves ("[word]" marks the word); merged into CONTEXT_NOTES. */
import type { ContextNote } from './context-notes';

export const ACCOUNT_NOTES: Readonly<Record<string, ContextNote>> = {
  'content-account': {
    reason: '在抖音、快手、小红书给出账号（抖音号、号：id、私信、关注我们）：按联系方式提示，不是在说别的平台的店',
    reasonEn: 'an account on Douyin, Kuaishou or Xiaohongshu given to follow (…号, an id, 私信, 关注我们) is a contact, not a shop on another platform',
    examples: {
      decides: ['教程我们发在[抖音]了，抖音号 abc_2024', '[小红书]搜我们号，私信我发色卡'],
      leaves: ['[抖音]小店下单更便宜', '去[抖音]搜我们店'],
    },
  },
};
