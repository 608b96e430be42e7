/** The backend's addresses, written once (issue 25 item 2): the match patterns and the runsOn tests agree. */
import { describe, expect, it } from 'vitest';
import { CHAT_MATCH, CHAT_URL, isChatPage, isMmsShellPage, MMS_MATCH } from '@/lib/mms-urls';

/** A Chrome match pattern of the form https://host/path* as a test of a URL. */
const matches = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

const URLS = [
  CHAT_URL,
  'https://mms.pinduoduo.com/chat-merchant/#/',
  'https://mms.pinduoduo.com/aftersales/aftersale_list',
  'https://mms.pinduoduo.com/home/',
  'https://mms.pinduoduo.com/chat-merchantX/',
  'https://mms.pinduoduo.com.example.com/chat-merchant/',
  'http://mms.pinduoduo.com/chat-merchant/',
  'https://m-ws.pinduoduo.com/',
];

describe('lib/mms-urls', () => {
  it('the chat test is the chat script’s match pattern; the shell test is the backend’s minus the chat’s', () => {
    for (const url of URLS) {
      expect([url, isChatPage(url)]).toEqual([url, matches(CHAT_MATCH, url)]);
      expect([url, isMmsShellPage(url)]).toEqual([url, matches(MMS_MATCH, url) && !matches(CHAT_MATCH, url)]);
    }
  });

  it('the link the pages open is the chat workbench; no look-alike host or plain http is', () => {
    expect(isChatPage(CHAT_URL)).toBe(true);
    expect(URLS.filter(isChatPage)).toEqual([CHAT_URL, 'https://mms.pinduoduo.com/chat-merchant/#/']);
    expect(URLS.filter(isMmsShellPage)).toEqual([
      'https://mms.pinduoduo.com/aftersales/aftersale_list',
      'https://mms.pinduoduo.com/home/',
      'https://mms.pinduoduo.com/chat-merchantX/',
    ]);
  });
});
