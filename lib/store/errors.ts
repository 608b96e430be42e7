/**
 * Store failures the agent must hear about: a full disk (QuotaExceededError),
 * an upgrade blocked by another open page, a connection the browser closed.
 * Data is never dropped silently: the failing request answers with the message
 * below (envelope error) and the last error is kept in `storage.session`
 * (survives the worker being stopped; gone when the browser restarts, together
 * with the badge it explains), so `summary/get` can show it as `storeError`.
 */
import { beijingDay } from '../clock';
import type { BeijingDay } from '../clock';
import type { StoreErrorInfo } from '../messages';
import type { KeyValueArea } from '../storage-area';

export type { StoreErrorInfo } from '../messages';
export type StoreErrorCode = StoreErrorInfo['code'];

export class StoreError extends Error {
  readonly info: StoreErrorInfo;
  constructor(info: StoreErrorInfo, options?: { cause?: unknown }) {
    super(info.message, options);
    this.name = 'StoreError';
    this.info = info;
  }
}

/** A malformed request (bad time, unknown format, malformed event): the sender's bug, not a database failure. */
export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return 'Error';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when an error (or its cause) is the browser refusing to store more. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (errorName(current) === 'QuotaExceededError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The message for an error code. */
export function storeErrorMessage(code: StoreErrorCode, day: BeijingDay, detail = ''): string {
  switch (code) {
    case 'quota':
      return (
        `本地数据库空间不足（QuotaExceededError），${day} 的计数可能不完整。请清理浏览器磁盘空间，或在设置中缩短数据保留天数。` +
        ` / Local database is full (QuotaExceededError): the figures for ${day} may be incomplete. Free disk space or shorten the retention period in the settings.`
      );
    case 'blocked':
      return (
        '本地数据库升级被扩展的其他已打开页面阻塞，请关闭这些页面（或重启浏览器）后重试。' +
        ' / The database upgrade is blocked by another open page of the extension: close it (or restart the browser) and retry.'
      );
    case 'terminated':
      return (
        `本地数据库连接被浏览器意外关闭，已自动重连；${day} 的计数可能不完整。` +
        ` / The browser closed the database connection unexpectedly; it reconnects, but the figures for ${day} may be incomplete.`
      );
    default:
      return (
        `本地数据库出错（${detail}），${day} 的计数可能不完整。` +
        ` / Local database error (${detail}): the figures for ${day} may be incomplete.`
      );
  }
}

/** Wraps anything thrown by a store operation into a StoreError with a readable message. */
export function toStoreError(error: unknown, op: string, now: number): StoreError {
  if (error instanceof StoreError) return error;
  const day = beijingDay(now);
  const code: StoreErrorCode = isQuotaError(error) ? 'quota' : 'unknown';
  const info: StoreErrorInfo = {
    code,
    message: storeErrorMessage(code, day, `${errorName(error)}: ${errorText(error)}`),
    op,
    at: now,
    day,
  };
  return new StoreError(info, { cause: error });
}


const STORE_ERROR_KEY = 'storeError';

/** Keeps the last store error where a restarted worker still finds it. */
export async function recordStoreError(area: KeyValueArea, info: StoreErrorInfo): Promise<void> {
  try {
    await area.set({ [STORE_ERROR_KEY]: info });
  } catch (error) {
    // Nowhere left to keep it: the failing request still carries the message.
    console.error('[kefu-guard] could not record store error', info, error);
  }
}

/** The last store error, or null. */
export async function readStoreError(area: KeyValueArea): Promise<StoreErrorInfo | null> {
  const value = (await area.get(STORE_ERROR_KEY))[STORE_ERROR_KEY];
  return value && typeof value === 'object' ? (value as StoreErrorInfo) : null;
}
