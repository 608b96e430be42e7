/**
 * E-mail addresses, links and bare domains, on the folded text (lower case,
 * half-width, offsets shared with the original). Written-out evasions are
 * read too: "abc at qq dot com", "abc#qq.com", "taobao点com", "(dot)", "shop·net", "lebo。tv" (a middle dot or 。 before a common top-level name).
 * "at" and "#" count only before a well-known mail provider, so ordinary
 * prose ("look at this") is left alone. Links to the platform itself
 * (pinduoduo.com, yangkeduo.com and sub-domains) are fine.
 */
import { detected } from './detected';
import type { Finding } from './types';

const TLD =
  '(?:com|cn|net|org|edu|gov|top|xyz|cc|io|me|vip|shop|info|tv|co|hk|tw|club|site|online|ltd|link|app|wang|ink|biz|mobi|' +
  'asia|store|tech|fun|icu|live|pro|cloud|art|red|kim|xin|work|group|life|plus|ly|gl|gd|be)';
const MAIL = '(?:qq|163|126|139|189|gmail|sina|sohu|foxmail|hotmail|outlook|yahoo|aliyun|icloud|live|msn|yeah|tom|21cn)';
const DOT = '(?:\\s?\\.\\s?|[。·](?=(?:com|cn|net|top|shop|tv|vip|xyz|cc|store|site|online|club)(?![a-z0-9]))|\\s?点\\s?|\\s?[(\\[]dot[)\\]]\\s?|\\sdot\\s)';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const LOCAL = '[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9])?';
const NOT_BEFORE = '(?<![a-z0-9._%+-])';
const END = '(?![a-z0-9])';

/**
 * Every form's name (LOCAL: 1–64 of [a-z0-9._%+-]) is followed by its mark: @, (at) / [at], 圈a, " at ", # or 艾特.
 * The forms share their look-behind and that look-ahead, written once in front: where no name and mark stand, the
 * search moves on after one test instead of four (the same matches: a zero-width test before an alternation is the
 * same test before each of its branches, and the look-ahead holds wherever a branch matches).
 */
export const NAME_THEN_MARK = '(?=[a-z0-9._%+-]{1,64}(?:\\s?[@(\\[圈#艾]|\\sat\\s))';
export const EMAIL = new RegExp(
  `${NOT_BEFORE}${NAME_THEN_MARK}(?:` +
    [
      `${LOCAL}\\s?@\\s?(?:${LABEL}${DOT}){1,6}${TLD}${END}`,
      `${LOCAL}\\s?@\\s?${MAIL}${END}`,
      `${LOCAL}(?:\\s?[(\\[]\\s?(?:at|圈a)\\s?[)\\]]\\s?|\\s?圈a\\s?)(?:${LABEL}${DOT}){1,6}${TLD}${END}`,
      // # said to stand for @ (buy#shop.cn（#换成@）): any host, not only a mail provider's.
      `${LOCAL}\\s?#\\s?(?:${LABEL}${DOT}){1,6}${TLD}${END}(?=[^\\n]{0,16}#\\s*(?:换成|改成|替换成|换为|改为)\\s*@)`,
      `${LOCAL}(?:\\s?[(\\[]\\s?at\\s?[)\\]]\\s?|\\sat\\s|\\s?#\\s?|\\s?艾特\\s?)${MAIL}${DOT}(?:com|cn|net)(?:${DOT}cn)?${END}`,
    ].join('|') +
    ')',
  'g',
);

export const URL_PATTERN = new RegExp(
  [
    `(?:https?|ftp)://[^\\s，。！？、；“”‘’"'<>()（）【】\\u4e00-\\u9fff]+`,
    `(?<![a-z0-9@._%+/-])(?:${LABEL}${DOT}){1,6}${TLD}${END}(?:[/?#][^\\s，。！？、；“”"'<>\\u4e00-\\u9fff]*)?`,
  ].join('|'),
  'g',
);

/** 淘口令: ¥AbCd1234EfG¥ — a share code that opens a Taobao item. */
const TAO_CODE = /[¥$€](?=[a-z0-9]{0,13}[a-z])[a-z0-9]{8,14}[¥$€]/g;

/** A one-letter handle before an id: "v:abc123", "V 是 kf_6688", "v号 hair_amy", "Vvvv：abc_12" (WeChat), "Q=12345678" (QQ), "TG：@shop_cn" (Telegram). Not W: (width). */
const HANDLE = /(?<![a-z0-9])(?:[vq]|v{3,}|tg|line)\s?(?:[:=]|号?是|号\s?[:=]?)\s?@?[a-z0-9][a-z0-9_-]{4,19}(?![a-z0-9_.-])/g;
/** What every HANDLE match holds (its letter, a space or not, its separator's first character). */
// The letter before the separator: v / q, or the last of tg / line (a class test, not an alternation, on every message).
const MAYBE_HANDLE = /[vqge]\s?[:=号是]/;
/** …but "V:220v" or "Q:1500mah" are measurements. */
const MEASURE = /^[vq]\s?(?:[:=]|号?是|号\s?[:=]?)\s?\d+(?:v|w|mah|ah|kg|g|ml|l|mm|cm|m|hz)$/;

/** The platform's own hosts: links to them are fine. */
const PLATFORM_HOSTS = ['pinduoduo.com', 'yangkeduo.com', 'pddpic.com', 'pinduoduo.net'];

function hostOf(url: string): string {
  const noScheme = url.replace(/^[a-z]+:\/\//, '');
  const host = noScheme.split(/[/?#:]/, 1)[0] ?? '';
  return host.replace(/\s?(?:\.|点|·|[([]dot[)\]]|\sdot\s)\s?/g, '.').replace(/\s/g, '');
}

function isPlatform(url: string): boolean {
  const host = hostOf(url);
  return PLATFORM_HOSTS.some((h) => host === h || host.endsWith('.' + h));
}

/** Cheap pre-check: no dot-like and no at-like character, no link. */
const MAYBE = /[.@#点]|dot|[¥$€]|[。·][a-z]/;

/** Every e-mail form holds one of these (@, #, (at), " at ", 艾特, 圈a) within MARK_REACH of its start: the EMAIL search starts only there. */
export const EMAIL_MARKS = /[@#]|[(\[]\s?at|\sat\s|艾特|圈a/g;
/** Every link holds :// or a letter or digit before a dot (., 。, 点, (dot), " dot ") within MARK_REACH of its start. */
export const URL_MARKS = /:\/\/|[a-z0-9]\s?[.。·点(\[]|\sdot\s/g;
/** How far a mark stands at most from the start of its match: a name or label (64 units at most) and a space. */
const MARK_REACH = 70;

/**
 * The matches of the global `re` in `folded`, as a search over the whole text would find them, where every match
 * holds a match of `marks` at most MARK_REACH after its start: the search starts near the first mark not yet passed,
 * not at every position of a long message (a match starting earlier would hold an earlier mark).
 */
export function matchesNear(re: RegExp, marks: RegExp, folded: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  marks.lastIndex = 0;
  for (let mark = marks.exec(folded); mark; mark = marks.exec(folded)) {
    re.lastIndex = Math.max(from, mark.index - MARK_REACH);
    const m = re.exec(folded);
    if (!m) break;
    found.push(m);
    from = m.index + m[0].length;
    // Marks inside the match are passed: the next match starts after it, and holds a mark of its own.
    if (marks.lastIndex < from) marks.lastIndex = from;
  }
  // Left as found: matchAll elsewhere copies lastIndex with the regex.
  re.lastIndex = 0;
  marks.lastIndex = 0;
  return found;
}

/** Finds e-mail addresses (email), links (url), 淘口令 (platform) and one-letter handles (contact) in `folded`. */
export function detectLinks(text: string, folded: string, out: Finding[]): void {
  // A handle needs its v / q right before a separator (:, =, 号是, 是): one quick search spares most messages the regex.
  if (MAYBE_HANDLE.test(folded)) {
    for (const m of folded.matchAll(HANDLE)) {
      if (MEASURE.test(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      out.push(detected(text, 'contact', 'chat-contact', start, end));
    }
  }
  if (folded.includes('t t p')) detectSpaced(text, folded, out);
  if (!MAYBE.test(folded)) return;
  const emails: Array<[number, number]> = [];
  for (const m of matchesNear(EMAIL, EMAIL_MARKS, folded)) {
    const start = m.index;
    const end = start + m[0].length;
    emails.push([start, end]);
    out.push(detected(text, 'email', 'chat-third-party', start, end));
  }
  for (const m of matchesNear(URL_PATTERN, URL_MARKS, folded)) {
    let start = m.index;
    let end = start + m[0].length;
    // Trailing punctuation belongs to the sentence.
    while (end > start && /[.,!?;:)\]}'"-]/.test(folded[end - 1]!)) end--;
    while (start < end && folded[start] === ' ') start++;
    if (emails.some(([s, e]) => start < e && s < end)) continue;
    if (isPlatform(folded.slice(start, end))) continue;
    const domainPart = folded.slice(start, end);
    // A bare domain needs a letter or a ≥3-digit label (163.com), not "1.5.cn".
    if (!/^(?:https?|ftp):/.test(domainPart) && !/[a-z]|\d{3}/.test(domainPart.replace(/\.[a-z]+$/, ''))) continue;
    out.push(detected(text, 'url', 'chat-third-party', start, end));
  }
  for (const m of folded.matchAll(TAO_CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!/\d/.test(m[0])) continue;
    out.push(detected(text, 'platform', 'chat-platform', start, end));
  }
}

/** A link spelled out letter by letter ("h t t p s : / / s h o p 8 8 . c n"). */
const SPACED_URL = /h\s+t\s+t\s+p(?:\s*s)?\s*:\s*\/\s*\/(?:\s*[a-z0-9./_-])+/g;

function detectSpaced(text: string, folded: string, out: Finding[]): void {
  for (const m of folded.matchAll(SPACED_URL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isPlatform(m[0].replace(/\s/g, ''))) continue;
    out.push(detected(text, 'url', 'chat-third-party', start, end));
  }
}
