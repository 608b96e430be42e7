import { RULES, type RuleId } from '@/lib/rules';
import { ruleHref, ruleName } from '@/lib/ui/lang';

/**
 * A "§1" chip (or any text) that opens the rule's entry on the extension's
 * rules page in a new tab. Used by the popup, the pages and the overlays,
 * so every citation leads to the same place.
 */
export function RuleLink({ id, text, class: cls = 'rule', tabIndex }: { id: RuleId; text?: string; class?: string; tabIndex?: number }) {
  const shown = text ?? RULES[id].section;
  // "§1" alone says nothing to a screen reader and five of them read alike: the name is the chip's
  // text followed by the rule's name (the visible text first, WCAG 2.5.3).
  const label = text ? undefined : `${shown} ${ruleName(id)}`;
  return (
    <a class={cls} href={ruleHref(id)} target="_blank" rel="noreferrer" title={ruleName(id)} aria-label={label} data-rule={id} tabIndex={tabIndex}>
      {shown}
    </a>
  );
}
