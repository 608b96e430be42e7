/**
 * Reply timers (issues 4 and 15): a wait badge on every buyer waiting for a
 * human reply, the longest-wait alert, the toolbar count; a click on the
 * background's desktop notification opens that conversation.
 */
import { isOpenConversationCommand } from '../../messages';
import { isChatPage, type ChatPageDeps } from '../../content/chat-deps';
import type { Feature } from '../../content/feature';
import { startReplyTimer } from './timer';

export const replyTimer: Feature<ChatPageDeps> = {
  id: 'reply-timer',
  runsOn: isChatPage,
  async init(deps, signal) {
    await deps.ready;
    if (signal.aborted) return;
    const timer = startReplyTimer({ ...deps, signal });
    const stop = deps.onCommand((message) => {
      if (isOpenConversationCommand(message)) timer.open(message.buyerId);
    });
    signal.addEventListener('abort', stop, { once: true });
  },
};
