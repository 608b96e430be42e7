/**
 * The chat adapter on saved simulator pages (test/fixtures/pages, written by
 * test/sim/snapshot.ts at a frozen 2026-11-23 10:00 Beijing): every selector's
 * match count per alternative, the self-check, and what the readers return.
 * When the simulator (or the real page) changes, these counts say which
 * selector moved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChatPage, replyInput, sendButton } from '@/lib/pdd/chat-page';
import { readConversationList, readConversationRows } from '@/lib/pdd/chat-rows';
import { readOpenThread } from '@/lib/pdd/chat-thread';
import { parseCountdown, parseElapsedNote } from '@/lib/pdd/row-notes';
import { CHAT_SELECTORS } from '@/lib/pdd/chat-selectors';
import { countMatches } from '@/lib/pdd/selectors';

function load(name: string): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const workbench = load('chat-workbench.html');
const robotText = load('chat-workbench-robot-text.html');
const broken = load('chat-workbench-broken.html');

// Matches per alternative, in order. 28 rows = 14 buyers shown in 今日接待 + 14 hidden duplicates in 全部会话.
const EXPECTED: Record<keyof typeof CHAT_SELECTORS, number[]> = {
  conversationPanel: [1, 1],
  conversationList: [1, 5],
  conversationRow: [28, 28],
  rowNickname: [28, 28],
  rowCountdown: [8],
  rowOverTime: [4],
  rowBadgeAnchor: [28, 28],
  unansweredGroup: [2],
  answeredGroup: [3],
  groupTitle: [8],
  threadTitle: [1, 1],
  messageList: [1, 1, 1],
  messageRow: [12, 12],
  buyerMessage: [6],
  buyerNotice: [1],
  agentMessage: [5, 0],
  robotMarker: [1, 0, 0],
  agentNickname: [10, 5],
  systemMessage: [2, 0],
  messageTime: [4, 4],
  messageText: [6, 1],
  messageImage: [4],
  goodsCard: [2, 0],
  commonCard: [1, 16],
  replyInput: [1, 1],
  replyBox: [1],
  sendButton: [1, 1],
  replyAreaButton: [3], // in the whole saved page; the guard uses it only inside the reply area
};

describe('chat selectors on the saved workbench', () => {
  it.each(Object.entries(EXPECTED))('%s matches %j', (name, counts) => {
    expect(countMatches(workbench, CHAT_SELECTORS[name as keyof typeof CHAT_SELECTORS])).toEqual(counts);
  });

  it('finds the robot marker in the other variant through its second alternative', () => {
    expect(countMatches(robotText, CHAT_SELECTORS.robotMarker)).toEqual([0, 1, 0]);
  });
});

describe('self-check', () => {
  it('recognises both robot variants', () => {
    expect(checkChatPage(workbench)).toEqual({ recognised: true, missing: [] });
    expect(checkChatPage(robotText)).toEqual({ recognised: true, missing: [] });
  });

  it('reports a renamed conversation list', () => {
    expect(checkChatPage(broken)).toEqual({ recognised: false, missing: ['conversationList'] });
    expect(readConversationRows(broken)).toEqual([]);
  });

  it('reports rows it cannot read inside a list it knows', () => {
    const doc = load('chat-workbench.html');
    for (const row of doc.querySelectorAll('.chat-item-box')) row.removeAttribute('data-random');
    expect(checkChatPage(doc)).toEqual({ recognised: false, missing: ['conversationRow'] });
    expect(checkChatPage(doc, false).recognised).toBe(true);
  });

  it('finds the reply box and send button', () => {
    expect(replyInput(workbench)?.id).toBe('replyTextarea');
    expect(sendButton(workbench)?.textContent?.trim()).toBe('发送');
  });
});

describe('conversation rows', () => {
  const rows = readConversationRows(workbench);

  it('lists each buyer once, preferring the visible row', () => {
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.buyerId)).size).toBe(15);
    for (const row of rows.filter((r) => r.group !== 'all')) expect(row.element.closest('.chat-list-box')).not.toBeNull();
  });

  it("reads the page's own unanswered signals", () => {
    const waiting = rows.filter((r) => r.pageSaysUnanswered).map((r) => [r.buyerId, r.group, r.pageCountdownSec]);
    expect(waiting).toEqual([
      ['8123456790', 'unTimeout', 160],
      ['8123456789', 'unTimeout', 135],
      ['8123456797', 'unTimeout', 60],
      ['8123456791', 'unTimeout', 30],
      ['8123456792', 'unRead', null],
      ['8123456794', 'unRead', null],
    ]);
    expect(rows.filter((r) => r.active).map((r) => r.buyerId)).toEqual(['8123456789']);
  });

  it('a buyer under 已被自动回复 still waits for a human: robot-answered, not "not waiting" (issue 20 item 4)', () => {
    const groupOf = (r: (typeof rows)[number]) => r.element.closest('ul.already-unreply')?.querySelector('.chat-list-title')?.textContent ?? '';
    const robot = rows.filter((r) => r.pageAnsweredBy === 'robot');
    expect(robot).toHaveLength(2);
    for (const r of robot) {
      expect(groupOf(r)).toMatch(/^已被自动回复/);
      expect(r.pageState).toBe('unknown');
    }
    const replied = rows.filter((r) => groupOf(r).startsWith('已回复'));
    expect(replied.length).toBeGreaterThan(0);
    for (const r of replied) expect([r.pageState, r.pageAnsweredBy]).toEqual(['not-waiting', 'human']);
    // 非工作时间留言: nobody answered; the page just does not count it.
    const offHours = rows.filter((r) => groupOf(r).startsWith('非工作时间留言'));
    expect(offHours.map((r) => [r.pageState, r.pageAnsweredBy])).toEqual([['not-waiting', undefined]]);
  });

  it('outside the active panel, reads only the buyers asked for (the hidden 全部会话 list can hold hundreds)', () => {
    const onlyInAll = rows.filter((r) => r.group === 'all').map((r) => r.buyerId);
    expect(onlyInAll).toEqual(['8123456801', '8123456802']);
    const some = readConversationRows(workbench, { outsideActiveOnlyFor: ['8123456802', '8123456789', 'nobody'] });
    expect(some).toHaveLength(rows.length - 1);
    expect(some.find((r) => r.buyerId === '8123456801')).toBeUndefined();
    const kept = some.find((r) => r.buyerId === '8123456802')!;
    expect(kept.group).toBe('all');
    expect(kept.element).toBe(rows.find((r) => r.buyerId === '8123456802')!.element);
    // A buyer of the active panel keeps the row the agent sees.
    expect(some.find((r) => r.buyerId === '8123456789')!.group).not.toBe('all');
    expect(readConversationRows(workbench, { outsideActiveOnlyFor: [] })).toHaveLength(rows.length - 2);
  });

  it('while the agent looks at 全部会话, the rows there carry the badges, with the signals of 今日接待', () => {
    const doc = workbench.cloneNode(true) as Document;
    doc.querySelector('.chat-list-box')!.setAttribute('style', 'display: none;');
    doc.querySelector('.all-chat-list')!.removeAttribute('style');
    for (const reading of [{}, { outsideActiveOnlyFor: ['8123456790'] }]) {
      const seen = readConversationRows(doc, reading).find((r) => r.buyerId === '8123456790')!;
      expect(seen.element.closest('.all-chat-list')).not.toBeNull();
      expect([seen.pageSaysUnanswered, seen.pageCountdownSec]).toEqual([true, 160]);
    }
  });

  it.each([
    [167, '167秒'],
    [167, '剩余167秒'],
    [167, '2分47秒'],
    [null, '已等待4分钟'],
  ])('parseCountdown → %s for %s', (seconds, text) => {
    expect(parseCountdown(text)).toBe(seconds);
  });
});

describe("the page's grouping (issue #15)", () => {
  const rows = readConversationRows(workbench);

  it('rows in 已回复 / 非工作时间留言 do not wait; the unanswered groups do; 已被自动回复 and 全部会话 alone say nothing', () => {
    const states = new Map(rows.map((r) => [r.buyerId, r.pageState]));
    expect([...states.values()].filter((s) => s === 'waiting')).toHaveLength(6);
    expect([...states.values()].filter((s) => s === 'not-waiting')).toHaveLength(5); // 4 + 1 in the titles; the robot's 2 still wait for a human
    expect(states.get('8123456801')).toBe('unknown'); // listed only in 全部会话
  });

  it("reads the elapsed note of overdue rows as a lower bound, and the page's own count", () => {
    const overdue = rows.filter((r) => r.pageElapsedMinSec !== null).map((r) => r.pageElapsedMinSec);
    expect(overdue).toEqual([4 * 60, 3600]); // 已等待4分钟, 已等待1小时
    expect(readConversationList(workbench).pageUnanswered).toBe(6); // 新消息(4) + 超时未回复(2)
    expect(readConversationList(broken).pageUnanswered).toBeNull();
  });

  it('one reading of the list gives the rows and the page’s own count alike (issue 25 item 3: no second search)', () => {
    const rows = readConversationRows(workbench);
    expect(readConversationList(workbench)).toEqual({ rows, byBuyer: new Map(rows.map((r) => [r.buyerId, r])), pageUnanswered: 6 });
    expect(readConversationList(broken).pageUnanswered).toBeNull();
  });

  it.each([
    [1, '已等待1秒'],
    [240, '已等待4分钟'],
    [240, '已等待 4 分'],
    [3600, '已等待1小时'],
    [2 * 86400, '已等待2天'],
    [null, '剩余167秒'],
    [null, '已等待99999天'],
  ])('parseElapsedNote → %s for %s', (seconds, text) => {
    expect(parseElapsedNote(text)).toBe(seconds);
  });
});

describe('open thread', () => {
  it('reads ids, roles and kinds; the 当前用户来自 notice is not a buyer message', () => {
    const thread = readOpenThread(workbench);
    expect(thread.buyerId).toBe('8123456789');
    expect(thread.messages.map((m) => [m.role, m.kind])).toEqual([
      ['system', 'system'], // 当前用户来自 商品详情页
      ['buyer', 'goods-card'],
      ['buyer', 'text'],
      ['robot', 'text'],
      ['system', 'system'],
      ['agent', 'text'],
      ['agent', 'coupon'],
      ['buyer', 'image'],
      ['buyer', 'text'], // a quote
      ['agent', 'goods-card'],
      ['agent', 'text'],
      ['buyer', 'text'],
    ]);
    // Times only where a row carries its own header; never guessed.
    expect(thread.messages.filter((m) => m.at !== null)).toHaveLength(4);
    expect(thread.messages.every((m) => /^\d+$/.test(m.messageId))).toBe(true);
  });

  it('dates an unstamped row by its msg_id only between the stamps around it (PDD-PAGES §(b))', () => {
    const thread = readOpenThread(workbench);
    const unstamped = thread.messages.filter((m) => m.at === null);
    expect(unstamped.length).toBeGreaterThan(0);
    for (const m of unstamped) expect(m.idAt).toBe(Number(m.messageId)); // the simulator's ids are the send times
    expect(thread.messages.filter((m) => m.at !== null).every((m) => m.idAt === null)).toBe(true);

    // An id far off the stamps (a counter, not a time) is no time.
    const doc = workbench.cloneNode(true) as Document;
    const rows = [...doc.querySelectorAll('li.onemsg')];
    const firstUnstamped = rows.find((r) => !r.querySelector('.message-time') && rows.indexOf(r) > 0)!;
    firstUnstamped.id = 'middlePanel_list_1000000000001';
    const odd = readOpenThread(doc).messages.find((m) => m.messageId === '1000000000001')!;
    expect(odd.idAt).toBeNull();
    // Case-insensitive prefix, as two fixtures spell it.
    firstUnstamped.id = 'middlePanel_List_abc';
    expect(readOpenThread(doc).messages.find((m) => m.messageId === 'abc')!.idAt).toBeNull();
  });

  it('sees the robot in the robot-text variant too', () => {
    expect(readOpenThread(robotText).messages[3]).toMatchObject({ role: 'robot' });
  });
});
