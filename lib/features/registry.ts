/**
 * Every feature, by the content script that runs it. A new feature is a
 * folder under lib/features ending in one declaration (feature.ts), listed here.
 */
import type { ChatPageDeps } from '../content/chat-deps';
import type { Feature } from '../content/feature';
import type { MmsPageDeps } from '../content/mms-deps';
import { officialFigures } from './official-figures';
import { phraseGuard } from './phrase-guard';
import { refundDeadline, type RefundDeadlineDeps } from './refund-deadline';
import { replyTimer } from './reply-timer';

/** The chat workbench (entrypoints/chat.content, which starts the chat session they share first, from document_start). */
export const CHAT_FEATURES: readonly Feature<ChatPageDeps>[] = [replyTimer, phraseGuard];
/** The after-sales pages of the MMS shell (entrypoints/aftersales.content, document_idle). */
export const AFTERSALES_FEATURES: readonly Feature<RefundDeadlineDeps>[] = [refundDeadline];
/** The data pages of the MMS shell (entrypoints/data-pages.content, document_start for the page's first responses). */
export const DATA_PAGE_FEATURES: readonly Feature<MmsPageDeps>[] = [officialFigures];
