/** The chat workbench (shared/PDD-PAGES.md (a)), from the one list of backend addresses. */
export { CHAT_URL } from '@/lib/mms-urls';
/**
 * The merchant backend home. The platform's own figures are under 多多客服 →
 * 客服数据 (RULES.md §1 [004]); no public source confirms that page's own
 * address, so the link opens the backend and the text names the way there.
 */
export const PLATFORM_DATA_URL = 'https://mms.pinduoduo.com/home/';
/** 客服数据 · 服务数据, where the platform publishes the shop's figures per day (shared/PDD-PAGES.md (h)). */
export const SERVICE_DATA_URL = 'https://mms.pinduoduo.com/mms-chat/overview/service';
