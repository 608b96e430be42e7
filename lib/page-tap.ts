/**
 * The page-world tap: runs in the merchant page's own JavaScript world (not
 * the extension's isolated one) to observe, passively, the traffic the page
 * already has: WebSocket push frames and the JSON responses of selected
 * calls. It never sends anything of its own and never alters what the page
 * receives; every hook is wrapped so a failure here cannot break the page.
 * Items go to the content script as DOM events carrying a JSON string (the
 * only kind of payload that crosses between worlds reliably).
 */

export const TAP_EVENT = 'kefu-guard:traffic';
export const TAP_READY_EVENT = 'kefu-guard:tap-ready';
/** Sent by the tap when it is installed: the content script may have started first and must say "ready" again. */
export const TAP_HELLO_EVENT = 'kefu-guard:tap-hello';

/** Which URLs are worth forwarding: chat frames and calls, the after-sales list, and the 客服数据 pages' figures and user info. */
export const TAPPED_URL =
  /^wss?:\/\/m-ws\.pinduoduo\.com\/|\/plateau\/chat\/|\/plateau\/message\/|\/latitude\/message\/|\/chats\/userinfo\/|\/mercury\/mms\/afterSales\/|\/mercury\/after_?sales\/|\/desert\/stat\/mallServiceOverviewData|\/chats\/csReport\/overview|\/janus\/api\/new\/userinfo/;

/** Frames kept until the content script says it is listening. */
const MAX_BUFFERED = 500;

type TapWindow = Window & typeof globalThis;

export function installTap(win: TapWindow, isTapped: (url: string) => boolean = (url) => TAPPED_URL.test(url)): void {
  const marker = '__kefuGuardTap';
  if ((win as unknown as Record<string, unknown>)[marker]) return;
  (win as unknown as Record<string, unknown>)[marker] = true;

  let ready = false;
  const buffer: string[] = [];
  const deliver = (detail: string) => win.dispatchEvent(new win.CustomEvent(TAP_EVENT, { detail }));
  const emit = (channel: 'ws' | 'http', url: string, body: string) => {
    try {
      const detail = JSON.stringify({ channel, url, body });
      if (ready) deliver(detail);
      else if (buffer.push(detail) > MAX_BUFFERED) buffer.shift();
    } catch {
      /* never let the tap throw into the page */
    }
  };
  win.addEventListener(TAP_READY_EVENT, () => {
    ready = true;
    for (const detail of buffer.splice(0)) deliver(detail);
  });
  // Main-world and isolated scripts both run at document_start in no fixed
  // order: if the content script is already listening it answers this.
  win.dispatchEvent(new win.CustomEvent(TAP_HELLO_EVENT));

  const absolute = (url: unknown): string => {
    try {
      return new URL(String(url instanceof win.Request ? url.url : url), win.location.href).href;
    } catch {
      return String(url);
    }
  };

  // WebSocket: a Proxy keeps the constructor's identity for `instanceof`,
  // its static constants and its prototype.
  const OriginalWebSocket = win.WebSocket;
  if (OriginalWebSocket) {
    win.WebSocket = new Proxy(OriginalWebSocket, {
      construct(target, args, newTarget) {
        const socket = Reflect.construct(target, args, newTarget) as WebSocket;
        try {
          const url = absolute(args[0]);
          if (isTapped(url)) {
            socket.addEventListener('message', (event: MessageEvent) => {
              if (typeof event.data === 'string') emit('ws', url, event.data);
            });
          }
        } catch {
          /* ignore */
        }
        return socket;
      },
    });
  }

  const originalFetch = win.fetch;
  if (originalFetch) {
    win.fetch = new Proxy(originalFetch, {
      apply(target, thisArg, args: Parameters<typeof fetch>) {
        const pending = Reflect.apply(target, thisArg, args) as Promise<Response>;
        try {
          const url = absolute(args[0]);
          if (isTapped(url)) {
            pending
              .then((response) => response.clone().text())
              .then((body) => emit('http', url, body))
              .catch(() => undefined);
          }
        } catch {
          /* ignore */
        }
        return pending;
      },
    });
  }

  const xhrProto = win.XMLHttpRequest?.prototype;
  if (xhrProto) {
    const originalOpen = xhrProto.open;
    const urls = new WeakMap<XMLHttpRequest, string>();
    xhrProto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = absolute(args[1]);
        if (isTapped(url) && !urls.has(this)) {
          this.addEventListener('load', () => {
            try {
              const type = this.responseType;
              const body = type === '' || type === 'text' ? this.responseText : type === 'json' ? JSON.stringify(this.response) : null;
              if (body !== null) emit('http', urls.get(this) ?? url, body);
            } catch {
              /* ignore */
            }
          });
        }
        urls.set(this, url);
      } catch {
        /* ignore */
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof xhrProto.open;
  }
}

/**
 * Content-script side: calls `onItem` for each forwarded item, then tells the
 * tap it is listening so buffered items are replayed. Returns an unsubscribe.
 */
export function listenToTap(
  win: Window,
  onItem: (item: { channel: 'ws' | 'http'; url: string; body: string }) => void,
): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const item = JSON.parse(detail) as { channel?: unknown; url?: unknown; body?: unknown };
      if ((item.channel === 'ws' || item.channel === 'http') && typeof item.url === 'string' && typeof item.body === 'string') {
        onItem({ channel: item.channel, url: item.url, body: item.body });
      }
    } catch {
      /* not ours */
    }
  };
  const sayReady = () => win.dispatchEvent(new CustomEvent(TAP_READY_EVENT));
  win.addEventListener(TAP_EVENT, listener);
  win.addEventListener(TAP_HELLO_EVENT, sayReady);
  sayReady();
  return () => {
    win.removeEventListener(TAP_EVENT, listener);
    win.removeEventListener(TAP_HELLO_EVENT, sayReady);
  };
}
