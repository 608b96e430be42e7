/**
 * The page-world tap: runs in the merchant page's own JavaScript world (not
 * the extension's isolated one) to observe, passively, the traffic the page
 * already has: WebSocket push frames and the JSON responses of selected
 * calls. It never sends anything of its own and never alters what the page
 * receives; every hook is wrapped so a failure here cannot break the page.
 *
 * The channel to the content script must not be forgeable by page scripts
 * (issue 11, item 2). Events on `window` are not: any page script can
 * dispatch them. So the two sides meet once, at document_start, before any
 * page script exists, on a private element: whichever side runs first (the
 * MAIN and isolated worlds have no fixed order) puts a marker element into
 * the document, the other takes it out again. From then on only the two
 * sides hold that detached element, and items travel as events dispatched on
 * it, which no page script can listen to or dispatch. The tap keeps its own
 * copies of the built-ins it calls, taken before page scripts run, so a page
 * that later patches `dispatchEvent` or `JSON.stringify` learns nothing.
 * Items still carry a JSON string: the only payload that crosses worlds
 * reliably. The content side checks every item (and every field later, in
 * the chat and after-sales readers); the page's traffic itself is only as
 * trustworthy as the page, which is why those readers bound everything.
 */

import { captureBuiltins, hookFetch, hookXhr, type Builtins, type HookContext, type TapWindow } from './tap-hooks';
import { MAX_BUFFERED, MAX_BUFFERED_CHARS, pageWorldQueue } from './tap-queue';
import { captureSocketBuiltins, hookWebSocket, isPlatformSocketUrl } from './tap-socket';

/** Tag of the hand-over element; `data-by` says which side put it there. */
export const LINK_TAG = 'kefu-guard-link';
const TRAFFIC_EVENT = 'kefu-guard:traffic';
/** Tap → link, when the link was there first: "I have taken your element". */
const HELLO_EVENT = 'kefu-guard:hello';
/** Link → tap: "I listen; send". */
const READY_EVENT = 'kefu-guard:ready';

/** Which URLs are worth forwarding: chat frames and calls, the after-sales list, and the 客服数据 pages' figures and user info. */
export const TAPPED_URL =
  /^wss?:\/\/m-ws\.pinduoduo\.com\/|\/plateau\/chat\/|\/plateau\/message\/|\/latitude\/message\/|\/chats\/userinfo\/|\/mercury\/mms\/afterSales\/|\/mercury\/after_?sales\/|\/desert\/stat\/mallServiceOverviewData|\/chats\/csReport\/overview|\/janus\/api\/new\/userinfo/;

/** Only the platform's own hosts: a page script fetching `https://elsewhere/plateau/chat/` forwards nothing. */
export const TAPPED_HOSTS: readonly string[] = ['mms.pinduoduo.com', 'm-ws.pinduoduo.com'];

/**
 * A URL without its query and fragment: what the URL patterns look at. The
 * query is the caller's own text, so `/other?x=/plateau/chat/` must not read
 * as a chat call (a platform endpoint that echoes what it is sent would then
 * be taken for chat traffic).
 */
export function urlPath(url: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : url.slice(0, cut);
}

/** True for a URL on the platform's hosts (https / wss) whose path TAPPED_URL lists. */
export function isTappedUrl(url: string): boolean {
  const m = /^(?:https|wss):\/\/([^/?#:@]+)(?::\d+)?[/?#]/i.exec(url);
  return m !== null && TAPPED_HOSTS.includes(m[1]!.toLowerCase()) && TAPPED_URL.test(urlPath(url));
}

/** How long items from before the first subscriber stay for scripts that start later in the same world. */
const EARLY_ITEMS_KEPT_MS = 30_000;
/** Bigger bodies are not forwarded (a latest_conversations page is far below this). */
export const MAX_BODY_CHARS = 4_000_000;
const MAX_URL_CHARS = 2_048;

/** One raw item the page-world tap forwards: read by lib/pdd/chat-traffic.ts (text) and lib/pdd/titan-traffic.ts ('ws-bin'). */
export interface TapItem {
  /** 'ws-bin': a binary socket frame, as base64 (lib/pdd/tap-socket.ts). */
  channel: 'ws' | 'ws-bin' | 'http';
  url: string;
  /** The frame or response body, as text. */
  body: string;
}

export interface TapOptions {
  isTapped?: (url: string) => boolean;
  /** Whether an event on a socket or request comes from the browser; tests replace it (happy-dom cannot make trusted events). */
  trusted?: (event: Event) => boolean;
}

type Side = 'tap' | 'link';

/**
 * The hand-over: takes the other side's element out of the document, or puts
 * one in for it. Runs at document_start, before any page script.
 */
function meet(doc: Document, side: Side): { node: Element; first: boolean } | null {
  const other: Side = side === 'tap' ? 'link' : 'tap';
  const found = doc.querySelector(`${LINK_TAG}[data-by="${other}"]`);
  if (found) {
    found.remove();
    return { node: found, first: false };
  }
  const root = doc.documentElement;
  if (!root) return null;
  const node = doc.createElement(LINK_TAG);
  node.setAttribute('data-by', side);
  node.setAttribute('hidden', '');
  root.append(node);
  return { node, first: true };
}

/**
 * The tap's end of the channel: items wait in a buffer until the link says
 * it listens, then go out one event each on the private element.
 */
function openChannel(doc: Document, { apply, dispatch, listen, CustomEventCtor, stringify }: Builtins): HookContext['emit'] {
  const met = meet(doc, 'tap');
  let ready = false;
  const buffer = pageWorldQueue();
  const deliver = (detail: string) => {
    // No prototype here either: the constructor reads bubbles, cancelable and composed before detail, and a getter the
    // init object inherited from the page's Object.prototype would run on it first and could put another detail there.
    if (met) apply(dispatch, met.node, [new CustomEventCtor(TRAFFIC_EVENT, { __proto__: null, detail } as CustomEventInit)]);
  };
  if (met) {
    const onReady = () => {
      ready = true;
      for (let detail = buffer.take(); detail !== null; detail = buffer.take()) deliver(detail);
    };
    apply(listen, met.node, [READY_EVENT, onReady]);
    // The link put the element there first: it answers this at once.
    if (!met.first) apply(dispatch, met.node, [new CustomEventCtor(HELLO_EVENT)]);
  }
  return (channel, url, body) => {
    try {
      if (url.length > MAX_URL_CHARS || body.length > MAX_BODY_CHARS) return;
      // No prototype: JSON.stringify asks an object for toJSON, and the page owns Object.prototype.
      const detail = apply(stringify, JSON, [{ __proto__: null, channel, url, body }]) as string;
      if (ready) deliver(detail);
      else buffer.put(detail);
    } catch {
      /* never let the tap throw into the page */
    }
  };
}

/** Installs the tap in the page's world, once; run at document_start, before any page script. */
export function installTap(win: TapWindow, options: TapOptions = {}): void {
  const marker = '__kefuGuardTap';
  if ((win as unknown as Record<string, unknown>)[marker]) return;
  (win as unknown as Record<string, unknown>)[marker] = true;
  // Own copies of everything called later, when page scripts may have patched the globals.
  const builtins = captureBuiltins(win);
  const ctx: HookContext = {
    win,
    builtins,
    isTapped: options.isTapped ?? isTappedUrl,
    trusted: options.trusted ?? ((event: Event) => event.isTrusted),
    emit: openChannel(win.document, builtins),
  };
  hookWebSocket(ctx, captureSocketBuiltins(win));
  hookFetch(ctx);
  hookXhr(ctx);
}

/** The content-script side of the channel, one per isolated world (all our content scripts of a tab share it). */
interface TapLink {
  subscribe(onItem: (item: TapItem) => void): () => void;
}

const LINK_GLOBAL = '__kefuGuardTapLink';

/** Whether an item's URL is one its channel may come from: a socket on the chat hosts, a call the tap reads. */
const fromTappedUrl = (channel: TapItem['channel'], url: string) => (channel === 'http' ? isTappedUrl(url) : isPlatformSocketUrl(url));

/**
 * Checks one forwarded item's shape and URL; anything else is not ours. The URL
 * is checked again here, in the isolated world, with RegExp and Array methods
 * the page cannot reach: the page can make the tap's own checks say yes (it
 * owns RegExp.prototype.exec in the main world) to a data: URL it fetched.
 */
export function readTapItem(detail: unknown): TapItem | null {
  if (typeof detail !== 'string' || detail.length > MAX_BODY_CHARS + MAX_URL_CHARS + 64) return null;
  try {
    const item = JSON.parse(detail) as { channel?: unknown; url?: unknown; body?: unknown } | null;
    if (!item || (item.channel !== 'ws' && item.channel !== 'ws-bin' && item.channel !== 'http')) return null;
    if (typeof item.url !== 'string' || item.url.length > MAX_URL_CHARS || typeof item.body !== 'string') return null;
    if (!fromTappedUrl(item.channel, item.url)) return null;
    return { channel: item.channel, url: item.url, body: item.body };
  } catch {
    return null;
  }
}

/** Chars of an item as it crossed (its body is most of it). */
const itemChars = (item: TapItem) => item.url.length + item.body.length;

function makeLink(win: Window): TapLink {
  const listeners = new Set<(item: TapItem) => void>();
  const buffer: TapItem[] = [];
  let bufferedChars = 0;
  const met = meet(win.document, 'link');
  if (met) {
    met.node.addEventListener(TRAFFIC_EVENT, (event) => {
      const item = readTapItem((event as CustomEvent<unknown>).detail);
      if (!item) return;
      if (listeners.size === 0) {
        buffer.push(item);
        bufferedChars += itemChars(item);
        while (buffer.length > MAX_BUFFERED || (bufferedChars > MAX_BUFFERED_CHARS && buffer.length > 1)) bufferedChars -= itemChars(buffer.shift()!);
        return;
      }
      for (const listener of listeners) {
        try {
          listener(item);
        } catch {
          /* one consumer's failure is not the others' */
        }
      }
    });
    const sayReady = () => met.node.dispatchEvent(new CustomEvent(READY_EVENT));
    if (met.first) met.node.addEventListener(HELLO_EVENT, sayReady, { once: true });
    else sayReady();
  }
  return {
    subscribe(onItem) {
      listeners.add(onItem);
      // Every script of the world gets what came before it started (the
      // data-page script starts at document_start, the after-sales one at
      // document_idle, and both read the list's first response); the early
      // items are let go a while after the first subscriber, not kept all day.
      for (const item of buffer) onItem(item);
      if (listeners.size === 1)
        setTimeout(() => {
          buffer.splice(0);
          bufferedChars = 0;
        }, EARLY_ITEMS_KEPT_MS);
      return () => listeners.delete(onItem);
    },
  };
}

/**
 * The link for this isolated world, made on first use. A content script
 * running at document_start (or the tap-link script) makes it before any
 * page script; later ones find it.
 */
export function tapLink(win: Window): TapLink {
  const store = win as unknown as Record<string, TapLink | undefined>;
  return (store[LINK_GLOBAL] ??= makeLink(win));
}

/**
 * Content-script side: calls `onItem` for each forwarded item, including
 * those buffered before. Returns an unsubscribe.
 */
export function listenToTap(win: Window, onItem: (item: TapItem) => void): () => void {
  return tapLink(win).subscribe(onItem);
}
