import { i18n } from '#i18n';
import type { GuardCounts } from '@/lib/messages';
import { RuleLink } from '@/lib/ui/RuleLink';
import { PHRASE_CATEGORIES, type PhraseCategory } from '@/lib/settings/types';

/**
 * Today's guard interceptions: held, warned, sent anyway (RULES §2). The
 * total counts messages (one held message with 2 categories is 1 hold); each
 * category row counts the messages that had that category.
 */
export function GuardTable({ guard, total }: { guard: Partial<Record<PhraseCategory, GuardCounts>>; total: GuardCounts }) {
  const rows = PHRASE_CATEGORIES.flatMap((category) => {
    const counts = guard[category];
    return counts && counts.held + counts.warned + counts.sentAnyway > 0 ? [{ category, counts }] : [];
  });
  return (
    <section class="card" data-testid="guard">
      <header class="card-head">
        <h2>{i18n.t('popup.guard.title')}</h2>
        <RuleLink id="chat-contact" />
      </header>
      {rows.length === 0 ? (
        <p class="muted" data-testid="guard-none">
          {i18n.t('popup.guard.none')}
        </p>
      ) : (
        <table class="counts">
          <thead>
            <tr>
              <th>{i18n.t('popup.guard.colCategory')}</th>
              <th class="num">{i18n.t('popup.guard.held')}</th>
              <th class="num">{i18n.t('popup.guard.warned')}</th>
              <th class="num">{i18n.t('popup.guard.sentAnyway')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ category, counts }) => (
              <tr key={category} data-testid={`guard-${category}`}>
                <td>{i18n.t(`guard.categories.${category}`)}</td>
                <td class={`num${counts.held > 0 ? ' held' : ''}`}>{counts.held}</td>
                <td class="num">{counts.warned}</td>
                <td class={`num${counts.sentAnyway > 0 ? ' anyway' : ''}`}>{counts.sentAnyway}</td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 && (
            <tfoot>
              <tr data-testid="guard-total">
                <td>{i18n.t('popup.guard.total')}</td>
                <td class="num">{total.held}</td>
                <td class="num">{total.warned}</td>
                <td class="num">{total.sentAnyway}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
