/** The UI language and rule names in it, for every page and overlay. */
import { i18n } from '#i18n';
import { RULES, type RuleId } from '../rules';

/** The language of the messages in use ('zh' for zh_CN, else 'en'); picks the zh/en halves of lib texts. */
export function lang(): 'zh' | 'en' {
  return i18n.t('common.lang') === 'en' ? 'en' : 'zh';
}

/** A rule's name in the UI language, e.g. "5分钟回复率（低于70%二级限制）". */
export function ruleName(id: RuleId): string {
  return RULES[id][lang()];
}
