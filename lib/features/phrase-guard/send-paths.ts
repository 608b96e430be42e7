/**
 * Says at once, plainly, when the reply box is there but its send button is
 * not recognised (issue 11 item 6): the guard then holds clicks on anything
 * button-like in the reply area, and the agent should know why.
 */
import { h } from 'preact';
import { i18n } from '#i18n';
import { sendButtonMissing } from '../../pdd/chat-page';
import { Presence } from '../../pdd/selectors';
import { createOverlay, type Overlay } from '../../content/overlay';
import { PageNotice } from '@/lib/content/PageNotice';

/** How often the guard checks that it still finds every way to send. */
const SEND_PATH_CHECK_MS = 1_000;

/** Checks now and every second while the guard is `enabled`; returns the stop. */
export function watchSendPaths(doc: Document, win: Window, enabled: () => boolean): () => void {
  let notice: Overlay | null = null;
  const presence = new Presence();
  const check = () => {
    const missingButton = enabled() && sendButtonMissing(doc, presence);
    if (missingButton && !notice) {
      notice = createOverlay(doc, 'kefu-guard-send-notice');
      notice.render(h(PageNotice, { message: i18n.t('guardSafety.sendButtonMissing') }));
    } else if (!missingButton && notice) {
      notice.remove();
      notice = null;
    }
  };
  const timer = win.setInterval(check, SEND_PATH_CHECK_MS);
  check();
  return () => {
    win.clearInterval(timer);
    notice?.remove();
  };
}
