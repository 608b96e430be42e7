import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';

const PART_NAMES: Record<string, () => string> = {
  conversationList: () => i18n.t('guardSafety.parts.conversationList'),
  conversationRow: () => i18n.t('guardSafety.parts.conversationRow'),
  replyInput: () => i18n.t('guardSafety.parts.replyInput'),
  sendButton: () => i18n.t('guardSafety.parts.sendButton'),
};

/** What is missing, in the agent's words where the part has a name (the chat page's parts); other ids as they are. */
function partNames(missing: readonly string[]): string {
  const names = missing.map((id) => PART_NAMES[id]?.() ?? id);
  return [...new Set(names)].join('、');
}

/**
 * The small notice shown when an adapter's self-check fails: "page not
 * recognised" with the missing parts named plainly, or a message of its own.
 */
export function PageNotice({ missing = [], message }: { missing?: string[]; message?: string }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div class="root notice" role="status" data-testid="page-notice">
      <span>{message ?? i18n.t('notice.notRecognised', { missing: partNames(missing) })}</span>
      <button type="button" onClick={onTrusted(() => setDismissed(true))} aria-label={i18n.t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
