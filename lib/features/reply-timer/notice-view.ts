/**
 * The "page not recognised" notice of the reply timer (the view of
 * state.ts's Recognition): created when the state first asks for it, gone
 * when it no longer does.
 */
import { h } from 'preact';
import { createOverlay, type Overlay } from '../../content/overlay';
import { PageNotice } from '@/lib/content/PageNotice';

export class NoticeView {
  private notice: Overlay | null = null;
  private shows: readonly string[] | null = null;

  constructor(private readonly doc: Document) {}

  /** Shows the notice listing what is missing (null: none). */
  show(missing: readonly string[] | null): void {
    if (missing === this.shows) return;
    this.shows = missing;
    this.notice?.remove();
    this.notice = null;
    if (!missing) return;
    this.notice = createOverlay(this.doc, 'kefu-guard-notice');
    this.notice.render(h(PageNotice, { missing: [...missing] }));
  }
}
