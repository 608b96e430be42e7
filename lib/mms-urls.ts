/**
 * The merchant backend's addresses, written once (issue 25 item 2): the
 * content scripts' match patterns (entrypoints/*.content), the features'
 * `runsOn` tests (lib/content/chat-deps.ts, mms-deps.ts), the manifest's host
 * permission (wxt.config.ts) and the pages' "open the chat" link
 * (components/pages/urls.ts) all follow from these.
 * The chat workbench is its own app under /chat-merchant/ (shared/PDD-PAGES.md
 * (a)); every other page belongs to the MMS shell.
 */
export const MMS_ORIGIN = 'https://mms.pinduoduo.com';
const CHAT_PATH = '/chat-merchant/';

/** Match pattern of every backend page (content scripts). */
export const MMS_MATCH = `${MMS_ORIGIN}/*`;
/** Match pattern of the chat workbench: its content script, excluded from the shell's. */
export const CHAT_MATCH = `${MMS_ORIGIN}${CHAT_PATH}*`;
/** The chat workbench as an agent opens it. */
export const CHAT_URL = `${MMS_ORIGIN}${CHAT_PATH}index.html#/`;

/** The chat workbench is its own app (a full load per page): its path is enough. */
export const isChatPage = (url: string): boolean => url.startsWith(`${MMS_ORIGIN}${CHAT_PATH}`);

/** Any page of the merchant backend except the chat workbench (its own app, its own script). */
export const isMmsShellPage = (url: string): boolean => url.startsWith(`${MMS_ORIGIN}/`) && !isChatPage(url);
