/**
 * What the page's conversation list says of its rows beyond the rows
 * themselves (chat-rows.ts): its countdowns and elapsed notes, its groups
 * (unanswered, answered by a human or by the robot) and its own count of the
 * unanswered. Read once per reading of the list, with one query per kind
 * over the whole list rather than per row. Pure; nothing here writes.
 */
import { CHAT_SELECTORS as S } from './chat-selectors';
import { closestAny, matchesAny, queryAll, queryFirst, textOf, type SelectorSpec } from './selectors';

type Root = Document | Element;

/** Both notes a waiting row may carry, in one selector. */
const NOTES: SelectorSpec = {
  description: `${S.rowCountdown.description}; ${S.rowOverTime.description}`,
  alternatives: [{ css: [...S.rowCountdown.alternatives, ...S.rowOverTime.alternatives].map((a) => a.css).join(', '), source: 'chat-selectors.ts' }],
};

const TITLE_COUNT = /[(（]\s*(\d+)\s*[)）]/;

/** The countdowns and elapsed notes by row, found with one query for both. */
function rowNotes(root: Root): Pick<ListSignals, 'countdowns' | 'overTimes'> {
  const countdowns = new Map<Element, Element>();
  const overTimes = new Map<Element, Element>();
  for (const el of queryAll(root, NOTES)) {
    const row = closestAny(el, S.conversationRow);
    const into = matchesAny(el, S.rowCountdown) ? countdowns : overTimes;
    if (row && !into.has(row)) into.set(row, el);
  }
  return { countdowns, overTimes };
}

/** Which rows the page marks as waiting or not, found with one query each over the whole list rather than per row. */
export interface ListSignals {
  countdowns: Map<Element, Element>;
  overTimes: Map<Element, Element>;
  inUnansweredGroup: Set<Element>;
  inAnsweredGroup: Set<Element>;
  inRobotGroup: Set<Element>;
  inHumanGroup: Set<Element>;
  /** The page's groups of unanswered buyers, for its own count (unansweredCount). */
  unansweredGroups: Element[];
}

/**
 * The page's signals, each group read once: who answered is in a group's title.
 * `rows`, when given, are the root's rows as `queryAll(root, S.conversationRow)`
 * finds them (document order): each group's rows are then a slice of them
 * rather than one more search of the group (rowsIn).
 */
export function readSignals(root: Root, rows?: readonly Element[]): ListSignals {
  const signals: ListSignals = {
    ...rowNotes(root),
    inUnansweredGroup: new Set(), inAnsweredGroup: new Set(), inRobotGroup: new Set(), inHumanGroup: new Set(),
    unansweredGroups: queryAll(root, S.unansweredGroup),
  };
  for (const group of signals.unansweredGroups) for (const row of rowsIn(group, rows)) signals.inUnansweredGroup.add(row);
  for (const group of queryAll(root, S.answeredGroup)) {
    const title = textOf(queryFirst(group, S.groupTitle));
    const by = title.startsWith('已被自动回复') ? signals.inRobotGroup : title.startsWith('已回复') ? signals.inHumanGroup : null;
    for (const row of rowsIn(group, rows)) {
      signals.inAnsweredGroup.add(row);
      by?.add(row);
    }
  }
  return signals;
}

// Node.compareDocumentPosition's bits (named here: no DOM global needed).
const PRECEDING = 2;
const CONTAINED_BY = 16;

/** The first index from `from` where `past` holds (it holds for every later index too). */
function firstIndex(rows: readonly Element[], from: number, past: (row: Element) => boolean): number {
  let lo = from;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(rows[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The rows under `group`. In document order a group's rows are one run of the
 * root's rows, found with two binary searches: a search of the group would
 * walk all its nodes again, and each re-render brings hundreds of new ones.
 * None there (no rows given, or the group's rows match only a later
 * alternative of the row selector): the group is searched, as queryAll does.
 */
export function rowsIn(group: Element, rows: readonly Element[] | undefined): readonly Element[] {
  if (rows) {
    const start = firstIndex(rows, 0, (row) => (group.compareDocumentPosition(row) & PRECEDING) === 0);
    const end = firstIndex(rows, start, (row) => (group.compareDocumentPosition(row) & CONTAINED_BY) === 0);
    if (end > start) return rows.slice(start, end);
  }
  return queryAll(group, S.conversationRow);
}

/**
 * How many buyers the page itself lists as unanswered (issue #15, rule 3):
 * the counts in the unanswered groups' titles ('新消息(3)'), else their rows;
 * null on a page without such groups.
 */
export function unansweredCount(groups: readonly Element[]): number | null {
  if (groups.length === 0) return null;
  let total = 0;
  for (const group of groups) {
    const title = queryFirst(group, S.groupTitle);
    const m = title ? TITLE_COUNT.exec(textOf(title)) : null;
    if (m) total += Number(m[1]);
    else total += new Set(queryAll(group, S.conversationRow).map((r) => buyerIdFromDataRandom(r.getAttribute('data-random')))).size;
  }
  return total;
}

/** Buyer uid out of a row's data-random attribute, e.g. "8123456789-0-unTimeout". */
export function buyerIdFromDataRandom(value: string | null): string | null {
  if (!value) return null;
  const dash = value.indexOf('-');
  const uid = (dash < 0 ? value : value.slice(0, dash)).trim();
  return uid ? uid : null;
}
