import { RULES, type RuleId } from '@/lib/rules';
import { ruleHref, ruleName } from '@/lib/ui/lang';

/**
 * A "§1" chip (or any text) that opens the rule's entry on the extension's
 * rules page in a new tab. Used by the popup, the pages and the overlays,
 * so every citation leads to the same place.
 */
export function RuleLink({ id, text, class: cls = 'rule' }: { id: RuleId; text?: string; class?: string }) {
  return (
    <a class={cls} href={ruleHref(id)} target="_blank" rel="noreferrer" title={ruleName(id)} data-rule={id}>
      {text ?? RULES[id].section}
    </a>
  );
}
