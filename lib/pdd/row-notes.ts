/**
 * The texts a conversation row shows of a wait: the page's 3-minute
 * countdown ('2分47秒') and its elapsed note ('已等待1小时'). Pure parsing,
 * no page.
 */

const COUNTDOWN_SECONDS = /(\d+)\s*秒/;
const COUNTDOWN_MINUTES = /(\d+)\s*分/;

/** Seconds left on the page's countdown text ('167秒', '2分47秒'); null if none (an elapsed '已等待…' is not a countdown). */
export function parseCountdown(text: string): number | null {
  if (/已等待|已超时/.test(text)) return null;
  const s = COUNTDOWN_SECONDS.exec(text);
  const m = COUNTDOWN_MINUTES.exec(text);
  if (!s && !m) return null;
  return (m ? Number(m[1]) * 60 : 0) + (s ? Number(s[1]) : 0);
}

const ELAPSED_NOTE = /已等待\s*(\d+)\s*(秒|分钟|分|小时|时|天)/;
const UNIT_SEC: Record<string, number> = { 秒: 1, 分钟: 60, 分: 60, 小时: 3600, 时: 3600, 天: 86400 };
/** An elapsed note over 30 days is not a wait we can use. */
const MAX_ELAPSED_SEC = 30 * 86400;

/**
 * The least wait the page's elapsed note means ('已等待1小时' → 3600 s): a
 * lower bound, since the page rounds down to its unit. Null if none.
 */
export function parseElapsedNote(text: string): number | null {
  const m = ELAPSED_NOTE.exec(text);
  if (!m) return null;
  const sec = Number(m[1]) * UNIT_SEC[m[2]!]!;
  return Number.isFinite(sec) && sec <= MAX_ELAPSED_SEC ? sec : null;
}
