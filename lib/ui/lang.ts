/** The UI language, rule names in it and where each rule is explained, for every page and overlay. */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ruleAnchor, RULES, type RuleId } from '../rules';

/** The language of the messages in use ('zh' for zh_CN, else 'en'); picks the zh/en halves of lib texts. */
export function lang(): 'zh' | 'en' {
  return i18n.t('common.lang') === 'en' ? 'en' : 'zh';
}

/** A rule's name in the UI language, e.g. "5分钟回复率（低于70%二级限制）". */
export function ruleName(id: RuleId): string {
  return RULES[id][lang()];
}

/** The extension's own rules page (entrypoints/rules), at a rule's anchor when one is given. */
export function ruleHref(id?: RuleId): string {
  const page = browser.runtime.getURL('/rules.html');
  return id ? `${page}#${ruleAnchor(id)}` : page;
}
