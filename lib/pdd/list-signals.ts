/**
 * What the page's conversation list says of its rows beyond the rows
 * themselves (chat-rows.ts): its countdowns and elapsed notes, its groups
 * (unanswered, answered by a human or by the robot) and its own count of the
 * unanswered. Read once per reading of the list, with one query over the
 * whole list for all kinds rather than per row. Pure; nothing here writes.
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
  const notes = { countdowns: new Map<Element, Element>(), overTimes: new Map<Element, Element>() };
  for (const el of queryAll(root, NOTES)) addNote(notes, el);
  return notes;
}

function addNote(notes: Pick<ListSignals, 'countdowns' | 'overTimes'>, el: Element): void {
  const row = closestAny(el, S.conversationRow);
  const into = matchesAny(el, S.rowCountdown) ? notes.countdowns : notes.overTimes;
  if (row && !into.has(row)) into.set(row, el);
}

/** The selector of a spec with one alternative (with more, "the first that matches anything" needs a query of its own). */
const only = (spec: SelectorSpec): string | null => (spec.alternatives.length === 1 ? spec.alternatives[0]!.css : null);
const NOTES_CSS = only(NOTES);
const UNANSWERED_CSS = only(S.unansweredGroup);
const ANSWERED_CSS = only(S.answeredGroup);
/** The notes and both kinds of group in one selector: one walk of the list after a re-render instead of three. */
const SIGNALS_CSS = NOTES_CSS && UNANSWERED_CSS && ANSWERED_CSS ? `${NOTES_CSS}, ${UNANSWERED_CSS}, ${ANSWERED_CSS}` : null;

interface Found extends Pick<ListSignals, 'countdowns' | 'overTimes' | 'unansweredGroups'> {
  answeredGroups: Element[];
}

/**
 * The notes and the groups of the list. Each re-render brings hundreds of new
 * nodes, and a query walks them all: one query finds the three kinds, each
 * element then sorted by matching its kind's selector (as the query of that
 * kind alone would have found it). `oneWalk` false: one query per kind.
 */
function findSignals(root: Root, oneWalk: boolean): Found {
  if (!oneWalk || !SIGNALS_CSS) return { ...rowNotes(root), unansweredGroups: queryAll(root, S.unansweredGroup), answeredGroups: queryAll(root, S.answeredGroup) };
  const found: Found = { countdowns: new Map(), overTimes: new Map(), unansweredGroups: [], answeredGroups: [] };
  const all = root.querySelectorAll(SIGNALS_CSS);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.matches(NOTES_CSS!)) addNote(found, el);
    if (el.matches(UNANSWERED_CSS!)) found.unansweredGroups.push(el);
    if (el.matches(ANSWERED_CSS!)) found.answeredGroups.push(el);
  }
  return found;
}

/** A row's groups, as bits: in an unanswered group, in a group that does not wait, answered by the robot, by a human. */
export const IN_UNANSWERED = 1;
export const IN_ANSWERED = 2;
export const IN_ROBOT = 4;
export const IN_HUMAN = 8;

/** Which rows the page marks as waiting or not, found with one query each over the whole list rather than per row. */
export interface ListSignals {
  countdowns: Map<Element, Element>;
  overTimes: Map<Element, Element>;
  /**
   * The groups of each row given to readSignals, by its index there (IN_* bits):
   * a group's rows are a run of those indices, so no set of row elements is
   * built and asked (200 new elements hashed after each re-render).
   */
  groupsAt: Uint8Array;
  /** The groups of rows found by searching a group (no rows given, or rows matching only a later alternative). */
  groupsOf: Map<Element, number>;
  /** The page's groups of unanswered buyers, for its own count (unansweredCount). */
  unansweredGroups: Element[];
}

/** The IN_* bits of a row: `index` is its index in the rows given to readSignals (-1: not among them). */
export function groupBits(signals: ListSignals, element: Element, index: number): number {
  const byIndex = index >= 0 ? (signals.groupsAt[index] ?? 0) : 0;
  return signals.groupsOf.size === 0 ? byIndex : byIndex | (signals.groupsOf.get(element) ?? 0);
}

/**
 * The page's signals, each group read once: who answered is in a group's title.
 * `rows`, when given, are the root's rows as `queryAll(root, S.conversationRow)`
 * finds them (document order): each group's rows are then a run of their
 * indices rather than one more search of the group (rowRange).
 */
export function readSignals(root: Root, rows?: readonly Element[], oneWalk = true): ListSignals {
  const found = findSignals(root, oneWalk);
  const signals: ListSignals = {
    countdowns: found.countdowns,
    overTimes: found.overTimes,
    groupsAt: new Uint8Array(rows?.length ?? 0),
    groupsOf: new Map(),
    unansweredGroups: found.unansweredGroups,
  };
  for (const group of signals.unansweredGroups) mark(signals, group, rows, IN_UNANSWERED);
  for (const group of found.answeredGroups) {
    const title = textOf(queryFirst(group, S.groupTitle));
    mark(signals, group, rows, IN_ANSWERED | (title.startsWith('已被自动回复') ? IN_ROBOT : title.startsWith('已回复') ? IN_HUMAN : 0));
  }
  return signals;
}

/** Marks the group's rows with `bits`: by index when they are a run of `rows`, else searched. */
function mark(signals: ListSignals, group: Element, rows: readonly Element[] | undefined, bits: number): void {
  const [start, end] = rows ? rowRange(group, rows) : [0, 0];
  for (let i = start; i < end; i++) signals.groupsAt[i]! |= bits;
  if (end > start) return;
  for (const row of queryAll(group, S.conversationRow)) signals.groupsOf.set(row, (signals.groupsOf.get(row) ?? 0) | bits);
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

/** The run of `rows` (document order) under `group`, as [start, end): two binary searches by document position. */
function rowRange(group: Element, rows: readonly Element[]): [number, number] {
  const start = firstIndex(rows, 0, (row) => (group.compareDocumentPosition(row) & PRECEDING) === 0);
  return [start, firstIndex(rows, start, (row) => (group.compareDocumentPosition(row) & CONTAINED_BY) === 0)];
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
    const [start, end] = rowRange(group, rows);
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
