import { afterEach, describe, expect, it } from 'vitest';
import { ChatSession } from '@/lib/content/chat-session/session';
import type { Request } from '@/lib/messages';

/**
 * Issue 22 item 4: a time header drawn in the open thread is bounded like
 * every other time read from the page (400 days back to 30 days ahead): a
 * row stamped 2099 or 2020 is left out, a row stamped today is kept.
 */
const NOW = Date.UTC(2026, 11, 1, 4, 0, 0); // 12:00 Beijing

const row = (id: string, time: string) =>
  `<li class="onemsg" id="middlePanel_list_${id}"><p class="message-time">${time}</p><div class="buyer-item"><div class="msg-content-box">在吗</div></div></li>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('thread time headers are bounded', () => {
  it('a header far in the future or past records nothing; one within the window is recorded', async () => {
    document.body.innerHTML = `<div class="chat-item-box active" data-random="8123456789-1"></div>
      <div id="msgListContainer"><ul class="msg-list">${row('far-future', '2099-01-01 10:00:00')}${row('next-month-plus', '2027-01-05 10:00:00')}${row('long-ago', '2020-01-01 10:00:00')}${row('today', '2026-12-01 11:58:00')}</ul></div>`;
    const sent: Array<Request<'chat/events'>> = [];
    const send = async (r: Request) => {
      if (r.type === 'chat/events') sent.push(r);
      return { added: 0, skipped: 0 };
    };
    const s = new ChatSession({ win: window, doc: document, clock: { now: () => NOW }, send: send as never, signal: new AbortController().signal });
    s.readThread();
    // The account wait is over: flush what was recorded.
    (s as unknown as { resolveAccount(): void }).resolveAccount();
    await s.flush();
    expect(sent.flatMap((r) => r.events.map((e) => [e.messageId, e.at]))).toEqual([['today', Date.UTC(2026, 11, 1, 3, 58, 0)]]);
  });
});
