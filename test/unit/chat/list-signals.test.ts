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
import { readSignals, rowsIn } from '@/lib/pdd/list-signals';
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

  it('give the same signals as searching every group', () => {
    const searched = readSignals(panel);
    const sliced = readSignals(panel, panelRows);
    for (const key of ['inUnansweredGroup', 'inAnsweredGroup', 'inRobotGroup', 'inHumanGroup'] as const) {
      expect(sliced[key].size).toBeGreaterThan(0);
      expect([...sliced[key]]).toEqual([...searched[key]]);
    }
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
    expect([...readSignals(list, rows).inAnsweredGroup]).toEqual([...readSignals(list).inAnsweredGroup]);
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
