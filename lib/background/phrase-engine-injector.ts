/**
 * The phrase engine, injected on request (issue 25 item 3): the chat content
 * script asks with 'guard/engine' (lib/messages.ts) and this handler injects
 * the unlisted script entrypoints/phrase-engine.ts into that very document's
 * isolated world. What it goes by is what the browser says of the sender
 * (runtime.MessageSender, checked in senders.ts to be our own extension on
 * mms.pinduoduo.com): a tab, its top frame, a URL of the chat workbench, and,
 * where the browser names it (Chrome), the document, served once. A page
 * script cannot send runtime messages, so it can neither trigger, stop nor
 * spoof this; the injected file is not web-accessible.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isChatPage } from '../mms-urls';
import type { Handlers, Sender } from '../messages';
import type { KeyValueArea } from '../storage-area';
import { tieKey } from './senders';

/** What WXT builds entrypoints/phrase-engine.ts to (an unlisted script: /<name>.js, from the extension's root); a rename breaks the type check. */
export const PHRASE_ENGINE_FILE = '/phrase-engine.js' satisfies ScriptPublicPath;

/** The part of browser.scripting used here (Chrome MV3; Firefox MV2 with the "scripting" permission). */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] } | { tabId: number; documentIds: string[] }; files: ScriptPublicPath[] }): Promise<unknown[]>;
}

export interface EngineInjectorDeps {
  scripting?: ScriptingApi;
  /** storage.session: the documents served, beside the sender ties (they go when the tab closes). */
  session: KeyValueArea;
}

const refuse = (zh: string, en: string) => new Error(`${zh} / guard/engine: ${en}`);

/** Why this sender may not have the engine, or null when it may. */
function refusal(sender: Sender): Error | null {
  if (sender.kind !== 'content' || typeof sender.tabId !== 'number') return refuse('违规词检查只由聊天页加载', 'only for our content script in a tab');
  // chat.js runs in the top frame only (no all_frames).
  if (sender.frameId !== 0) return refuse('违规词检查只由聊天页加载', 'only for the top frame');
  if (typeof sender.url !== 'string' || !isChatPage(sender.url)) return refuse('违规词检查只由聊天页加载', 'only on the chat workbench');
  return null;
}

/** True when an injection result says the script threw (Firefox reports it in the result). */
const failedResult = (result: unknown) => typeof result === 'object' && result !== null && 'error' in result && (result as { error?: unknown }).error !== undefined;

/** The 'guard/engine' handler. */
export function engineHandlers(deps: EngineInjectorDeps): Pick<Handlers, 'guard/engine'> {
  /** Documents being served now or served by this worker (a second request while the first injects is refused too). */
  const served = new Set<string>();
  return {
    'guard/engine': async (_request, sender) => {
      const refused = refusal(sender);
      if (refused) throw refused;
      const { scripting, session } = deps;
      if (!scripting) throw refuse('浏览器不支持加载违规词检查', 'no scripting API');
      const tabId = sender.tabId!;
      const documentId = sender.documentId;
      // Firefox names no document: there the request is per load of chat.js, which asks once.
      const key = documentId ? `${tieKey({ tab: { id: tabId }, frameId: 0, documentId })}#engine` : null;
      if (key !== null) {
        // Taken before the first await: two requests at once cannot both pass.
        if (served.has(key)) throw refuse('违规词检查已为此页面加载', 'once per document');
        served.add(key);
        if ((await session.get(key))[key] === true) throw refuse('违规词检查已为此页面加载', 'once per document');
      }
      try {
        // Chrome: that document only, not whatever the frame shows by then. No injectImmediately: the browser
        // runs the file at document_idle, after the page's own scripts; the request comes at document_start,
        // so the round trip is over while the page loads (measured: ready about 10 ms after DOMContentLoaded).
        const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
        const results = await scripting.executeScript({ target, files: [PHRASE_ENGINE_FILE] });
        if (!Array.isArray(results) || results.length === 0 || results.some(failedResult)) throw refuse('违规词检查没有加载', 'the injection gave no result');
        if (key !== null) await session.set({ [key]: true });
        return { injected: true };
      } catch (error) {
        if (key !== null) served.delete(key);
        throw error;
      }
    },
  };
}
