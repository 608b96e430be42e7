/**
 * The UI language, rule names and citations in it, and where each rule is
 * explained: the one module for every page and overlay (issue 13: there was
 * a second lang.ts under components/pages).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ruleAnchor, RULES, type RuleId } from '../rules';

/** The language of the messages in use ('zh' for zh_CN, else 'en'); picks the zh/en halves of lib texts. */
export function lang(): 'zh' | 'en' {
  return i18n.t('common.lang') === 'en' ? 'en' : 'zh';
}

/** The half of a bilingual "中文 / English" error message in the UI language. */
export function localPart(message: string): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang() === 'en' ? message.slice(i + 3) : message.slice(0, i);
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

/** "5分钟回复率（低于70%二级限制），规则 §1" — the citation every figure carries. */
export function ruleCite(id: RuleId): string {
  return i18n.t('popup.ruleCite', { rule: ruleName(id), section: RULES[id].section });
}
