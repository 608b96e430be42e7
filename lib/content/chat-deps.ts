/**
 * What every feature on the chat workbench shares: the page, the platform's
 * clock, the request channel to the background, the live settings and the
 * chat session (who waits since when). Built once by the chat content script.
 */
import type { Clock } from '../clock';
import type { Settings } from '../settings/types';
import type { Send } from '../messages';
import type { ChatSession } from './chat-session/session';

export interface ChatPageDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  send: Send;
  settings: () => Settings;
  session: ChatSession;
  /** Settings loaded (or given up on) and the DOM parsed: the overlays start then. */
  ready: Promise<void>;
  /** Commands from the background (a click on a desktop notification); returns the unsubscribe. */
  onCommand: (listener: (message: unknown) => void) => () => void;
}

export { isChatPage } from '../mms-urls';
