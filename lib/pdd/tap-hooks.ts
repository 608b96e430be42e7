/**
 * The page-world tap's hooks on the page's own WebSocket, fetch and
 * XMLHttpRequest (lib/pdd/page-tap.ts installs them). Passive: each hook
 * hands the page exactly what it would have had, and reads a copy on the
 * side. Everything a hook calls later, when page scripts may have patched
 * the globals, comes from the built-ins captured at install time, before any
 * page script ran (`captureBuiltins`).
 */

/** The page's own window, with its constructors. */
export type TapWindow = Window & typeof globalThis;

/** Our own copies of the built-ins the tap calls after install. */
export interface Builtins {
  apply: typeof Reflect.apply;
  dispatch: EventTarget['dispatchEvent'];
  listen: EventTarget['addEventListener'];
  CustomEventCtor: typeof CustomEvent;
  stringify: typeof JSON.stringify;
  then: Promise<unknown>['then'];
  xhrResponseType: (() => unknown) | undefined;
  xhrResponseText: (() => unknown) | undefined;
  xhrResponse: (() => unknown) | undefined;
  messageData: (() => unknown) | undefined;
  responseClone: Response['clone'] | undefined;
  responseText: Response['text'] | undefined;
}

const getter = (proto: object | undefined, name: string) => (proto ? Object.getOwnPropertyDescriptor(proto, name)?.get : undefined);

/** Takes the copies; call at document_start, before any page script. */
export function captureBuiltins(win: TapWindow): Builtins {
  const xhrProto = win.XMLHttpRequest?.prototype;
  return {
    apply: Reflect.apply,
    dispatch: win.EventTarget.prototype.dispatchEvent,
    listen: win.EventTarget.prototype.addEventListener,
    CustomEventCtor: win.CustomEvent,
    stringify: JSON.stringify,
    then: win.Promise.prototype.then,
    xhrResponseType: getter(xhrProto, 'responseType'),
    xhrResponseText: getter(xhrProto, 'responseText'),
    xhrResponse: getter(xhrProto, 'response'),
    messageData: getter(win.MessageEvent?.prototype, 'data'),
    responseClone: win.Response?.prototype.clone,
    responseText: win.Response?.prototype.text,
  };
}

export interface HookContext {
  win: TapWindow;
  builtins: Builtins;
  isTapped(url: string): boolean;
  /** Whether an event on a socket or request comes from the browser (not dispatched by a page script). */
  trusted(event: Event): boolean;
  /** Hands one observed frame or body to the channel. */
  emit(channel: 'ws' | 'ws-bin' | 'http', url: string, body: string): void;
}

/** A request's URL made absolute against the page, as the browser would. */
function absolute(win: TapWindow, url: unknown): string {
  try {
    return new URL(String(url instanceof win.Request ? url.url : url), win.location.href).href;
  } catch {
    return String(url);
  }
}

/** fetch: the page gets its own promise; a clone of the response is read on the side. */
export function hookFetch({ win, builtins: { apply, then, responseClone, responseText }, isTapped, emit }: HookContext): void {
  const originalFetch = win.fetch;
  if (!originalFetch) return;
  win.fetch = new Proxy(originalFetch, {
    apply(target, thisArg, args: Parameters<typeof fetch>) {
      const pending = Reflect.apply(target, thisArg, args) as Promise<Response>;
      try {
        const url = absolute(win, args[0]);
        if (isTapped(url)) {
          const read = apply(then, pending, [
            (response: Response) => apply(responseText ?? response.text, apply(responseClone ?? response.clone, response, []), []),
          ]) as Promise<string>;
          apply(then, read, [(body: string) => emit('http', url, body), () => undefined]);
        }
      } catch {
        /* ignore */
      }
      return pending;
    },
  });
}

/** XMLHttpRequest: open() notes the URL and listens for the browser's load event. */
export function hookXhr(ctx: HookContext): void {
  const xhrProto = ctx.win.XMLHttpRequest?.prototype;
  if (!xhrProto) return;
  const { apply, listen } = ctx.builtins;
  const originalOpen = xhrProto.open;
  const urls = new WeakMap<XMLHttpRequest, string>();
  xhrProto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = absolute(ctx.win, args[1]);
      if (ctx.isTapped(url) && !urls.has(this)) {
        apply(listen, this, ['load', (event: Event) => onXhrLoad(ctx, this, urls.get(this) ?? url, event)]);
      }
      urls.set(this, url);
    } catch {
      /* ignore */
    }
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof xhrProto.open;
}

/** A loaded request's body as text (a JSON response written back as JSON), forwarded. */
function onXhrLoad({ builtins, trusted, emit }: HookContext, xhr: XMLHttpRequest, url: string, event: Event): void {
  const { apply, stringify } = builtins;
  const read = (get: (() => unknown) | undefined, name: 'responseType' | 'responseText' | 'response'): unknown => (get ? apply(get, xhr, []) : xhr[name]);
  try {
    if (!trusted(event)) return;
    const type = read(builtins.xhrResponseType, 'responseType');
    const body =
      type === '' || type === 'text'
        ? read(builtins.xhrResponseText, 'responseText')
        : type === 'json'
          ? apply(stringify, JSON, [read(builtins.xhrResponse, 'response')])
          : null;
    if (typeof body === 'string') emit('http', url, body);
  } catch {
    /* ignore */
  }
}
