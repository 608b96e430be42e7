/**
 * A reply the page shows closes the wait (issue 20 item 3). When the page
 * moves a waiting buyer to 已回复 and no traffic brought the reply (a
 * colleague's seat, a push this tab missed), the session records a human
 * reply inferred from the page, marked as such, so that a reload, another tab
 * or the day's figures never bring the answered wait back.
 */
import type { ChatEvent } from '../../events';
import { MAX_ID_LENGTH } from '../../boundary';
import type { Waiting } from './wait-book';

/**
 * The page may list a buyer under 已回复 for a moment after a new message
 * came (its list follows the push or a fetch): a message this recent is not
 * taken as answered.
 */
export const PAGE_LAG_MS = 15_000;

/**
 * The inferred reply closing `waiting`, or null when nothing stored needs
 * closing (`storedTimes`, oldest first, the times of its unanswered buyer
 * messages that went to the store: none when the page alone suggested the
 * wait) or the last message is too recent for the page's grouping to be sure.
 * Which signal timed the wait does not matter: a question stored from a
 * stamped thread row while the page's countdown runs is closed as well.
 * Its id follows from the last buyer message, so every tab that sees the
 * same answered wait records the same event, stored once.
 */
export function inferredReply(waiting: Pick<Waiting, 'conversationId' | 'buyerId'>, storedTimes: readonly number[], now: number): ChatEvent | null {
  if (storedTimes.length === 0) return null;
  const last = storedTimes[storedTimes.length - 1]!;
  if (now - last < PAGE_LAG_MS) return null;
  return {
    kind: 'human',
    conversationId: waiting.conversationId,
    buyerId: waiting.buyerId,
    messageId: `page-reply-${last}-${waiting.conversationId}`.slice(0, MAX_ID_LENGTH),
    at: Math.max(now, last),
    inferred: true,
  };
}
