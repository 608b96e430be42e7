import { i18n } from '#i18n';
import { lang, ruleName } from '@/lib/ui/lang';
import { RULES, type RuleId } from '@/lib/rules';

export { lang, ruleName };

/** "5分钟回复率（低于70%二级限制），规则 §1" — the citation every figure carries. */
export function ruleCite(id: RuleId): string {
  return i18n.t('popup.ruleCite', { rule: ruleName(id), section: RULES[id].section });
}
