/**
 * Which data page a location is, which of its calls a tapped URL is, and the
 * mall id its user-info response names (to keep shops apart).
 */
import type { OfficialSource } from './official-figures';
import { isObj } from './official-values';

/** Which data-page call a tapped URL is, or null. */
export function officialSourceOfUrl(url: string): OfficialSource | null {
  if (/\/desert\/stat\/mallServiceOverviewData(?:[?#]|$)/.test(url)) return 'service-overview';
  if (/\/chats\/csReport\/overview(?:[?#]|$)/.test(url)) return 'cs-report';
  return null;
}

/** Which data page a location is, or null. */
export function dataPageKind(href: string): OfficialSource | null {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  if (/^\/mms-chat\/overview\/service\/?$/.test(path)) return 'service-overview';
  if (/^\/mms-chat\/overview\/merchant\/?$/.test(path)) return 'cs-report';
  if (/^\/sycm\/goods_quality\/pilot_mall\/?$/.test(path)) return 'pilot-mall';
  return null;
}

/** The mall id a tapped user-info response names (to keep shops apart), or null. */
export function mallIdOfUserInfo(body: string): string | null {
  try {
    const json = JSON.parse(body) as unknown;
    const result = isObj(json) && isObj(json['result']) ? json['result'] : null;
    if (!result) return null;
    const mall = isObj(result['mall']) ? result['mall'] : {};
    const id = mall['mall_id'] ?? result['mall_id'] ?? result['mallId'];
    const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : typeof id === 'string' ? id.trim() : '';
    return /^\d{1,20}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}
