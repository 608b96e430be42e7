/**
 * The chat session: listens to the page's own traffic from document_start,
 * keeps who waits since when, and sends every chat event (ids, roles, times;
 * never text) to the background for the day's counters.
 */
import { isChatPage, type ChatPageDeps } from '../chat-deps';
import type { Feature } from '../feature';

export const chatSession: Feature<ChatPageDeps> = {
  id: 'chat-session',
  runsOn: isChatPage,
  init: (deps) => deps.session.start(),
};
