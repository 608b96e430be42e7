/**
 * Who gets the phrase engine injected (issue 25 item 3,
 * lib/background/phrase-engine-injector.ts): only our chat content script, in
 * the top frame of the chat workbench, as the browser names the sender; that
 * document only (Chrome's document id), once; the unlisted file, never a
 * file the request names. A failed injection is an error (the guard says so)
 * and may be asked again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { engineHandlers, PHRASE_ENGINE_FILE, type ScriptingApi } from '@/lib/background/phrase-engine-injector';
import { dispatchChecked, SenderGate, type SenderInfo } from '@/lib/background/senders';
import type { Handlers, Sender } from '@/lib/messages';
import { CHAT_URL, MMS_ORIGIN } from '@/lib/mms-urls';

const CHAT: Sender = { kind: 'content', tabId: 7, frameId: 0, documentId: 'DOC-1', url: CHAT_URL };

beforeEach(() => fakeBrowser.reset());

function injector(result: () => Promise<unknown[]> = async () => [{ frameId: 0, documentId: 'DOC-1', result: null }]) {
  const executeScript = vi.fn<ScriptingApi['executeScript']>(result);
  const handler = engineHandlers({ scripting: { executeScript }, session: fakeBrowser.storage.session })['guard/engine'];
  return { executeScript, ask: (sender: Sender) => handler({ type: 'guard/engine' }, sender) };
}

describe('the engine is injected', () => {
  it("into the sending document only (Chrome names it), the unlisted file, and the worker says so", async () => {
    const { executeScript, ask } = injector();
    expect(await ask(CHAT)).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['DOC-1'] }, files: [PHRASE_ENGINE_FILE] });
    expect(PHRASE_ENGINE_FILE).toBe('/phrase-engine.js');
  });

  it('into the top frame where the browser names no document (Firefox)', async () => {
    const { executeScript, ask } = injector();
    await ask({ ...CHAT, documentId: undefined });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [PHRASE_ENGINE_FILE] });
  });
});

describe('refused', () => {
  it.each<[string, Sender]>([
    ['an extension page', { kind: 'page', url: 'chrome-extension://x/popup.html' }],
    ['a content script with no tab', { ...CHAT, tabId: undefined }],
    ['a child frame', { ...CHAT, frameId: 3 }],
    ['another page of the backend', { ...CHAT, url: `${MMS_ORIGIN}/aftersales/aftersale_list` }],
    ['a chat-looking path on another origin', { ...CHAT, url: 'https://mms.pinduoduo.com.evil.example/chat-merchant/index.html' }],
    ['no URL', { ...CHAT, url: undefined }],
  ])('%s', async (_name, sender) => {
    const { executeScript, ask } = injector();
    await expect(ask(sender)).rejects.toThrow(/违规词检查/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a second request of the same document, also after the worker restarted (and while the first injects)', async () => {
    let finish!: (results: unknown[]) => void;
    const { executeScript, ask } = injector(() => new Promise((resolve) => (finish = resolve)));
    const first = ask(CHAT);
    await expect(ask(CHAT)).rejects.toThrow(/once per document/);
    finish([{ frameId: 0 }]);
    await first;
    const restarted = injector();
    await expect(restarted.ask(CHAT)).rejects.toThrow(/once per document/);
    expect(await restarted.ask({ ...CHAT, documentId: 'DOC-2' })).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('a request from another extension or a web page never reaches the handler', async () => {
    const self = { id: 'ours', pagesBase: 'chrome-extension://ours/' };
    const gate = new SenderGate(fakeBrowser.storage.session, self);
    const { executeScript, ask } = injector();
    const handlers = { 'guard/engine': (_r: unknown, s: Sender) => ask(s) } as unknown as Handlers;
    const refused = vi.fn(async () => undefined);
    const from = (sender: SenderInfo) => dispatchChecked(gate, handlers, { type: 'guard/engine' }, sender, refused);
    expect(await from({ id: 'other', url: CHAT_URL, tab: { id: 7 }, frameId: 0, documentId: 'DOC-1' })).toMatchObject({ ok: false });
    expect(await from({ url: CHAT_URL, tab: { id: 7 }, frameId: 0 })).toMatchObject({ ok: false });
    expect(executeScript).not.toHaveBeenCalled();
    // Our content script: the browser's sender fields reach the handler.
    expect(await from({ id: 'ours', url: CHAT_URL, tab: { id: 7 }, frameId: 0, documentId: 'DOC-1' })).toEqual({ ok: true, value: { injected: true } });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, documentIds: ['DOC-1'] } }));
  });
});

describe('a failed injection', () => {
  it('is an error the guard shows, and the document may ask again', async () => {
    let fail = true;
    const { executeScript, ask } = injector(async () => {
      if (fail) throw new Error('Frame with ID 0 is showing error page');
      return [{ frameId: 0 }];
    });
    await expect(ask(CHAT)).rejects.toThrow(/error page/);
    fail = false;
    expect(await ask(CHAT)).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('a script that threw (Firefox reports it in the result) or no result at all', async () => {
    await expect(injector(async () => [{ frameId: 0, error: new Error('boom') }]).ask(CHAT)).rejects.toThrow(/违规词检查没有加载/);
    await expect(injector(async () => []).ask({ ...CHAT, documentId: 'DOC-3' })).rejects.toThrow(/违规词检查没有加载/);
  });

  it('no scripting API: refused plainly', async () => {
    const handler = engineHandlers({ session: fakeBrowser.storage.session })['guard/engine'];
    await expect(handler({ type: 'guard/engine' }, CHAT)).rejects.toThrow(/浏览器不支持/);
  });
});
