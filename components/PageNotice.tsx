import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';

/**
 * The small "page not recognised" notice shown when an adapter's self-check
 * fails, or a message of its own (the reply box's send button not found). It
 * says what happened and what to do in plain words; the adapter's internal
 * names of the missing parts stay in an attribute for diagnosis, never in the
 * text an agent reads.
 */
export function PageNotice({ missing = [], message }: { missing?: string[]; message?: string }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div class="root notice" role="status" data-testid="page-notice" data-missing={missing.join(' ')}>
      <span>{message ?? i18n.t('notice.notRecognised')}</span>
      <button type="button" onClick={onTrusted(() => setDismissed(true))} aria-label={i18n.t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
