import { Component } from 'preact';
import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';

interface PageNoticeProps {
  missing?: string[];
  message?: string;
}

/**
 * The small "page not recognised" notice shown when an adapter's self-check
 * fails, or a message of its own (the reply box's send button not found). It
 * says what happened and what to do in plain words; the adapter's internal
 * names of the missing parts stay in an attribute for diagnosis, never in the
 * text an agent reads. A class, not a hook: it is the only stateful view in
 * the content scripts, and preact/hooks would add a kilobyte to each of them.
 */
export class PageNotice extends Component<PageNoticeProps, { dismissed: boolean }> {
  override state = { dismissed: false };

  private readonly dismiss = onTrusted(() => this.setState({ dismissed: true }));

  override render({ missing = [], message }: PageNoticeProps) {
    if (this.state.dismissed) return null;
    return (
      <div class="root notice" role="status" data-testid="page-notice" data-missing={missing.join(' ')}>
        <span>{message ?? i18n.t('notice.notRecognised')}</span>
        <button type="button" onClick={this.dismiss} aria-label={i18n.t('notice.dismiss')}>
          ×
        </button>
      </div>
    );
  }
}
