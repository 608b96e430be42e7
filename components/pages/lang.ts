import { i18n } from '#i18n';
import { RULES, type RuleId } from '@/lib/rules';

/** The language of the messages in use ('zh' for zh_CN, else 'en'); picks the zh/en halves of lib texts. */
export function lang(): 'zh' | 'en' {
  return i18n.t('settingsFile.lang') === 'en' ? 'en' : 'zh';
}

/** A rule's name in the page language, e.g. "5分钟回复率（低于70%二级限制）". */
export function ruleName(id: RuleId): string {
  return RULES[id][lang()];
}

/** "5分钟回复率（低于70%二级限制），规则 §1" — the citation every figure carries. */
export function ruleCite(id: RuleId): string {
  return i18n.t('popup.ruleCite', { rule: ruleName(id), section: RULES[id].section });
}
