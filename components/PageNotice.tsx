import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

/** The small "page not recognised" notice shown when an adapter's self-check fails. */
export function PageNotice({ missing }: { missing: string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div class="root notice" role="status" data-testid="page-notice">
      <span>{i18n.t('notice.notRecognised', { missing: missing.join(', ') })}</span>
      <button type="button" onClick={() => setDismissed(true)} aria-label={i18n.t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
