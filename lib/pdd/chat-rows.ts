/**
 * The chat workbench's conversation list: one row per buyer, with what the
 * page's grouping, countdown and elapsed note say of the buyer's wait, and
 * where a badge goes. Pure functions over a root (document or element) so
 * tests run them on saved simulator pages; nothing here writes to the page.
 */
import { CHAT_SELECTORS as S } from './chat-selectors';
import { parseCountdown, parseElapsedNote } from './row-notes';
import { buyerIdFromDataRandom, groupBits, IN_ANSWERED, IN_HUMAN, IN_ROBOT, IN_UNANSWERED, readSignals, unansweredCount, type ListSignals } from './list-signals';
import { matchesAny, queryAll, queryFirst, textOf } from './selectors';

type Root = Document | Element;

export interface ConversationRow {
  /** Buyer uid: everything before the first '-' of data-random (PDD-PAGES.md §(b)). */
  buyerId: string;
  element: Element;
  /** The group suffix of data-random (unTimeout, unRead, reply, all …). */
  group: string;
  /** The page itself shows this buyer as unanswered. */
  pageSaysUnanswered: boolean;
  /**
   * What the page's grouping says (issue #15, rule 1): 'waiting' in an
   * unanswered group or with the page's countdown or elapsed note;
   * 'not-waiting' in a group of rows that do not wait (已回复, 已被自动回复,
   * 非工作时间留言); 'unknown' on a page without groups.
   */
  pageState: 'waiting' | 'not-waiting' | 'unknown';
  /** Seconds left on the page's 3-minute countdown, when shown. */
  pageCountdownSec: number | null;
  /** The least wait the page's elapsed note says ("已等待1小时" → 3600), when shown. */
  pageElapsedMinSec: number | null;
  /** Who answered, by the group's title (PDD-PAGES.md §(b)): 'human' under 已回复; 'robot' under 已被自动回复, a human still owes a reply (RULES §1). */
  pageAnsweredBy?: 'human' | 'robot' | undefined;
  active: boolean;
}

/** Given that no row was found: does the list hold items anyway (so the row markup changed)? */
export function rowMarkupChanged(root: Root): boolean {
  return queryFirst(root, S.conversationList)?.querySelector('li') != null;
}

/**
 * True when the element is not hidden by the page (v-show writes an inline
 * display:none on inactive tabs). Deliberately no layout query: this runs
 * right after the page re-renders and must not force a synchronous layout.
 */
function isShown(el: Element): boolean {
  return !el.closest('[hidden], [style*="display: none"], [style*="display:none"]');
}

/** The group suffix: what follows the second '-' of data-random. */
function groupOf(dataRandom: string | null): string {
  const first = dataRandom?.indexOf('-') ?? -1;
  const second = first < 0 ? -1 : dataRandom!.indexOf('-', first + 1);
  return second < 0 ? '' : dataRandom!.slice(second + 1);
}

/** One row as the page shows it (`index`: its index in the rows the signals were read for, else -1); null for a row without a buyer id. */
function readRow(element: Element, signals: ListSignals, index: number): ConversationRow | null {
  const dataRandom = element.getAttribute('data-random');
  const buyerId = buyerIdFromDataRandom(dataRandom);
  if (!buyerId) return null;
  const countdownEl = signals.countdowns.get(element);
  const overTimeEl = signals.overTimes.get(element);
  const groups = groupBits(signals, element, index);
  const waits = countdownEl !== undefined || overTimeEl !== undefined || (groups & IN_UNANSWERED) !== 0;
  const robot = !waits && (groups & IN_ROBOT) !== 0;
  // Every row has the same keys in the same order (pageAnsweredBy undefined when no group says):
  // one object shape, so reading 200 rows after each re-render stays on the engine's fast path.
  return {
    buyerId,
    element,
    group: groupOf(dataRandom),
    pageSaysUnanswered: waits,
    pageState: waits ? 'waiting' : !robot && (groups & IN_ANSWERED) !== 0 ? 'not-waiting' : 'unknown', // a robot's answer ends no wait
    pageCountdownSec: countdownEl ? parseCountdown(textOf(countdownEl)) : null,
    pageElapsedMinSec: overTimeEl ? parseElapsedNote(textOf(overTimeEl)) : null,
    pageAnsweredBy: robot ? 'robot' : !waits && (groups & IN_HUMAN) !== 0 ? 'human' : undefined,
    // matches() reads the class names the element already holds; classList
    // builds a token list per row, and every re-render brings 200 new rows.
    active: element.matches('.active'),
  };
}

/** How much of the list to read. */
export interface RowReading {
  /**
   * Outside the active panel, read only these buyers' rows. The other lists
   * (全部会话 …) are hidden while 今日接待 is shown and can hold hundreds of
   * rows: reading them all after every re-render of the page costs more than
   * the rest of the tick. Without it, every row is read.
   */
  outsideActiveOnlyFor?: Iterable<string>;
}

/**
 * The conversation rows, one per buyer: the same buyer can sit in several
 * groups with hidden duplicates, so the visible row wins. Runs after each
 * re-render of a list of hundreds of rows, so the page's signals are found
 * with one query each over the whole list rather than per row.
 */
export function readConversationRows(root: Root, reading: RowReading = {}): ConversationRow[] {
  return readConversationList(root, reading).rows;
}

/** The rows read, one per buyer, also by buyer; the page's own count of unanswered buyers. */
export interface ConversationList {
  rows: ConversationRow[];
  byBuyer: ReadonlyMap<string, ConversationRow>;
  pageUnanswered: number | null;
}

/**
 * The rows, and the page's own count of unanswered buyers (for the self-check,
 * issue #15 rule 3: the counts in the unanswered groups' titles, else their
 * rows; null on a page without such groups) from the groups the same reading found.
 */
export function readConversationList(root: Root, reading: RowReading = {}): ConversationList {
  // The active panel (.chat-list-box, PDD-PAGES.md §(b)) holds the rows the
  // agent sees, a waiting buyer among them; the page's signals are read there.
  // (Only when found as the panel itself: the fallback alternative matches a single group.)
  const activeList = queryFirst(root, S.conversationList);
  const activeRows = activeList ? queryAll(activeList, S.conversationRow) : [];
  const byPanel = activeList?.matches(S.conversationList.alternatives[0].css) ?? false;
  const signals = byPanel ? readSignals(activeList!, activeRows) : readSignals(root);
  const byBuyer = new Map<string, ConversationRow>();
  readActivePanel(activeRows, signals, byBuyer, byPanel);
  // Then the other lists (全部会话 …, hidden while 今日接待 is shown): for
  // buyers the active panel does not list, and for those it hides because
  // the agent is looking at another list, where their badge must go.
  const activeShown = !activeList || isShown(activeList);
  const others =
    activeList && reading.outsideActiveOnlyFor
      ? rowsOfBuyers(root, reading.outsideActiveOnlyFor, activeShown ? byBuyer : new Map())
      : queryAll(root, S.conversationRow);
  // (No other rows to read, the usual case after a re-render: no set of the active panel's 200 rows either.)
  readOtherLists(others, others.length === 0 ? new Set() : new Set(activeRows), activeShown, signals, byBuyer);
  return { rows: [...byBuyer.values()], byBuyer, pageUnanswered: unansweredCount(signals.unansweredGroups) };
}

/**
 * Reads `elements` into `byBuyer`; for a buyer read before, `duplicate` says which row to keep (null: the first).
 * `indexed`: the elements are the rows the signals were read for, in their order.
 */
function readInto(
  elements: readonly Element[],
  signals: ListSignals,
  byBuyer: Map<string, ConversationRow>,
  duplicate: (seen: ConversationRow, row: ConversationRow) => ConversationRow | null,
  indexed = false,
): void {
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const row = readRow(element, signals, indexed ? i : -1);
    if (!row) continue;
    const seen = byBuyer.get(row.buyerId);
    const keep = seen ? duplicate(seen, row) : row;
    if (keep) byBuyer.set(row.buyerId, keep);
  }
}

/**
 * The active panel's rows; a buyer may sit in two of its groups, one hidden: the visible one wins, with the signals of both.
 * `indexed`: the signals were read for these rows.
 */
function readActivePanel(activeRows: readonly Element[], signals: ListSignals, byBuyer: Map<string, ConversationRow>, indexed: boolean): void {
  readInto(activeRows, signals, byBuyer, (seen, row) => {
    const keep = isShown(row.element) && !isShown(seen.element) ? row : seen;
    keep.pageSaysUnanswered = seen.pageSaysUnanswered || row.pageSaysUnanswered;
    keep.pageState = mergeStates(seen.pageState, row.pageState);
    keep.pageCountdownSec = seen.pageCountdownSec ?? row.pageCountdownSec;
    keep.pageElapsedMinSec = seen.pageElapsedMinSec ?? row.pageElapsedMinSec;
    keep.pageAnsweredBy = keep.pageState === 'waiting' ? undefined : (seen.pageAnsweredBy ?? row.pageAnsweredBy);
    keep.active = seen.active || row.active;
    return keep;
  }, indexed);
}

/**
 * Rows outside the active panel: a buyer it does not list is read there;
 * one it lists but hides (the agent looks at another list) gets the shown
 * row, with the page's signals as read in the active panel.
 */
function readOtherLists(
  others: readonly Element[],
  inActive: ReadonlySet<Element>,
  activeShown: boolean,
  signals: ListSignals,
  byBuyer: Map<string, ConversationRow>,
): void {
  const outside = others.filter((element) => !inActive.has(element));
  readInto(outside, signals, byBuyer, (seen, row) =>
    activeShown || !isShown(row.element)
      ? null
      : {
          ...row,
          pageSaysUnanswered: seen.pageSaysUnanswered,
          pageState: seen.pageState,
          pageCountdownSec: seen.pageCountdownSec,
          pageElapsedMinSec: seen.pageElapsedMinSec,
          pageAnsweredBy: seen.pageAnsweredBy,
          active: seen.active || row.active,
        },
  );
}

/** Two rows of one buyer (a hidden duplicate): any sign of waiting wins, then a known group. */
function mergeStates(a: ConversationRow['pageState'], b: ConversationRow['pageState']): ConversationRow['pageState'] {
  if (a === 'waiting' || b === 'waiting') return 'waiting';
  return a === 'not-waiting' || b === 'not-waiting' ? 'not-waiting' : 'unknown';
}

/** The rows of the given buyers not in `known`, by their data-random prefix. */
function rowsOfBuyers(root: Root, buyerIds: Iterable<string>, known: ReadonlyMap<string, unknown>): Element[] {
  const out: Element[] = [];
  for (const buyerId of buyerIds) {
    if (known.has(buyerId)) continue;
    const prefix = buyerId.replace(/["\\]/g, '\\$&');
    for (const el of root.querySelectorAll(`[data-random^="${prefix}-"], [data-random="${prefix}"]`)) if (matchesAny(el, S.conversationRow)) out.push(el);
  }
  return out;
}

/** The buyer's masked nickname shown in a row. */
export function rowNickname(row: Element): string {
  return textOf(queryFirst(row, S.rowNickname));
}

/** Element of a row where a badge should go. */
export function badgeAnchor(row: Element): Element {
  return queryFirst(row, S.rowBadgeAnchor) ?? row;
}
