/**
 * Reading the page's groups after a re-render (issue 25 item 3): each group's
 * rows are a run of the panel's rows found by document position, not one more
 * search of the group; the answers are those of searching each group.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConversationList } from '@/lib/pdd/chat-rows';
import { CHAT_SELECTORS as S } from '@/lib/pdd/chat-selectors';
import { groupBits, IN_ANSWERED, IN_HUMAN, IN_ROBOT, IN_UNANSWERED, readSignals, rowsIn } from '@/lib/pdd/list-signals';
import { queryAll } from '@/lib/pdd/selectors';

function load(name: string): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const workbench = load('chat-workbench.html');
const panel = workbench.querySelector('.chat-list-box')!;
const panelRows = queryAll(panel, S.conversationRow);
const groups = [...queryAll(panel, S.unansweredGroup), ...queryAll(panel, S.answeredGroup)];

afterEach(() => vi.restoreAllMocks());

describe("a group's rows as a run of the panel's rows", () => {
  it('are the rows a search of each group finds, for every group of the saved page (first, last, empty)', () => {
    expect(groups).toHaveLength(5);
    for (const group of groups) expect(rowsIn(group, panelRows)).toEqual(queryAll(group, S.conversationRow));
    expect(groups.map((g) => rowsIn(g, panelRows).length).reduce((a, b) => a + b)).toBe(panelRows.length);
  });

  it('give the same signals as searching every group: membership by row index equals membership of the searched rows', () => {
    const searched = readSignals(panel);
    const byIndex = readSignals(panel, panelRows);
    expect(byIndex.groupsOf.size).toBe(0); // nothing searched, nothing hashed by element
    expect(searched.groupsAt).toHaveLength(0);
    const bits = panelRows.map((row, i) => groupBits(byIndex, row, i));
    expect(bits).toEqual(panelRows.map((row) => groupBits(searched, row, -1)));
    for (const bit of [IN_UNANSWERED, IN_ANSWERED, IN_ROBOT, IN_HUMAN]) expect(bits.some((b) => (b & bit) !== 0)).toBe(true);
    // And per group, as the group's title and kind say.
    for (const group of groups) {
      const title = group.querySelector('.chat-list-title')?.textContent ?? '';
      const want = group.matches('ul.already-unreply') ? IN_ANSWERED | (title.startsWith('已被自动回复') ? IN_ROBOT : title.startsWith('已回复') ? IN_HUMAN : 0) : IN_UNANSWERED;
      for (const row of queryAll(group, S.conversationRow)) expect(bits[panelRows.indexOf(row)]).toBe(want);
    }
  });

  it('a row outside the rows given (index -1) is in no group unless a group was searched for it', () => {
    const byIndex = readSignals(panel, panelRows);
    expect(groupBits(byIndex, panelRows[0]!, -1)).toBe(0);
    expect(groupBits(byIndex, panelRows[0]!, 0)).not.toBe(0);
  });

  it('reading the list searches no group for its rows (each search walks hundreds of new nodes after a re-render)', () => {
    const searchedFrom: Element[] = [];
    const original = Element.prototype.querySelectorAll;
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(function (this: Element, css: string) {
      searchedFrom.push(this);
      return original.call(this, css);
    });
    const list = readConversationList(workbench);
    expect(list.rows.filter((r) => r.pageState === 'waiting')).toHaveLength(6);
    expect(searchedFrom.filter((el) => groups.includes(el))).toEqual([]);
  });

  it('a group whose rows match only the fallback row selector is still searched, as before', () => {
    const doc = workbench.cloneNode(true) as Document;
    const answered = doc.querySelectorAll('ul.already-unreply')[0]!;
    for (const box of answered.querySelectorAll('.chat-item-box')) box.classList.remove('chat-item-box'); // li.chat-item [data-random] still matches
    const list = doc.querySelector('.chat-list-box')!;
    const rows = queryAll(list, S.conversationRow);
    const fallback = queryAll(answered, S.conversationRow);
    expect(fallback.length).toBeGreaterThan(0);
    expect(rows.some((r) => fallback.includes(r))).toBe(false);
    expect(rowsIn(answered, rows)).toEqual(fallback);
    const byIndex = readSignals(list, rows);
    const searched = readSignals(list);
    for (const row of [...rows, ...fallback]) {
      const i = rows.indexOf(row);
      expect(groupBits(byIndex, row, i)).toBe(groupBits(searched, row, -1));
    }
    expect(fallback.every((row) => (groupBits(byIndex, row, -1) & IN_ANSWERED) !== 0)).toBe(true);
  });
});

describe('rows read from the list', () => {
  it('all have the same keys in the same order (one object shape for the engine, robot-answered or not)', () => {
    const rows = readConversationList(workbench).rows;
    expect(rows.some((r) => r.pageAnsweredBy === 'robot')).toBe(true);
    expect(rows.some((r) => r.pageAnsweredBy === undefined)).toBe(true);
    const shapes = new Set(rows.map((r) => Object.keys(r).join(',')));
    expect([...shapes]).toEqual([Object.keys(rows[0]!).join(',')]);
  });
});

describe("the page's notes and groups found in one walk of the list", () => {
  const pages = ['chat-workbench.html', 'chat-workbench-robot-text.html', 'chat-workbench-broken.html'].map(load);

  it('give what one query per kind gives, on every saved page, for the panel and for the whole page', () => {
    let compared = 0;
    for (const doc of pages) {
      const list = doc.querySelector('.chat-list-box');
      const roots: Array<[Document | Element, Element[] | undefined]> = [[doc, undefined], ...(list ? [[list, queryAll(list, S.conversationRow)] as [Element, Element[]]] : [])];
      for (const [root, rows] of roots) {
        const one = readSignals(root, rows);
        const each = readSignals(root, rows, false);
        expect([...one.countdowns]).toEqual([...each.countdowns]);
        expect([...one.overTimes]).toEqual([...each.overTimes]);
        expect(one.unansweredGroups).toEqual(each.unansweredGroups);
        expect([...one.groupsAt]).toEqual([...each.groupsAt]);
        expect([...one.groupsOf]).toEqual([...each.groupsOf]);
        compared += one.countdowns.size + one.overTimes.size + one.unansweredGroups.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('reading the list walks the panel twice: its rows, then its notes and groups at once', () => {
    const walks: string[] = [];
    const original = Element.prototype.querySelectorAll;
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(function (this: Element, css: string) {
      if (this === workbench.querySelector('.chat-list-box')) walks.push(css);
      return original.call(this, css);
    });
    readConversationList(workbench);
    expect(walks).toHaveLength(2);
  });
});

