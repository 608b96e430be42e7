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
  /** What the browser actually fetched (after redirects): the tap decides by these, never by the page's argument. */
  xhrResponseUrl: (() => unknown) | undefined;
  responseUrl: (() => unknown) | undefined;
  messageData: (() => unknown) | undefined;
  responseClone: Response['clone'] | undefined;
  responseText: Response['text'] | undefined;
  xhrReadyState: (() => unknown) | undefined;
  construct: typeof Reflect.construct;
  isArray: typeof Array.isArray;
  keys: typeof Object.keys;
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
    xhrResponseUrl: getter(xhrProto, 'responseURL'),
    responseUrl: getter(win.Response?.prototype, 'url'),
    messageData: getter(win.MessageEvent?.prototype, 'data'),
    responseClone: win.Response?.prototype.clone,
    responseText: win.Response?.prototype.text,
    xhrReadyState: getter(xhrProto, 'readyState'),
    construct: Reflect.construct,
    isArray: Array.isArray,
    keys: Object.keys,
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

/**
 * The URL the browser actually fetched, read through a getter captured before
 * any page script ran; without that getter nothing is forwarded (fail closed).
 * Never the page's own argument: a Request subclass, a lying toString or a URL
 * object that changes between reads shows the tap one URL and the browser another.
 */
function fetchedUrl(apply: Builtins['apply'], get: (() => unknown) | undefined, target: object): string | null {
  if (!get) return null;
  const url = apply(get, target, []);
  return typeof url === 'string' ? url : null;
}

/** fetch: the page gets its own promise; once the browser answers, a clone of the response is read on the side if what it fetched is tapped. */
export function hookFetch({ win, builtins, isTapped, emit }: HookContext): void {
  const { apply, then, responseClone, responseText, responseUrl } = builtins;
  const originalFetch = win.fetch;
  if (!originalFetch || !responseClone || !responseText) return;
  const onResponse = (response: Response) => {
    const url = fetchedUrl(apply, responseUrl, response);
    if (url === null || !isTapped(url)) return;
    const read = apply(responseText, apply(responseClone, response, []), []) as Promise<string>;
    apply(then, read, [(body: string) => emit('http', url, body), () => undefined]);
  };
  win.fetch = new Proxy(originalFetch, {
    apply(target, thisArg, args: Parameters<typeof fetch>) {
      const pending = apply(target, thisArg, args) as Promise<Response>;
      try {
        apply(then, pending, [onResponse, () => undefined]);
      } catch {
        /* ignore */
      }
      return pending;
    },
  });
}

/**
 * XMLHttpRequest: each request is listened to from its construction, so the
 * tap reads a finished request before any listener of the page can: a page
 * listener that ran first could change a 'json' answer (one object, shared)
 * before the tap wrote it down. The request is read when the browser says it
 * is done (readyState 4, which comes before 'load'); the URL is its responseURL then.
 */
export function hookXhr(ctx: HookContext): void {
  const OriginalXhr = ctx.win.XMLHttpRequest;
  if (!OriginalXhr) return;
  const { construct, listen, apply } = ctx.builtins;
  ctx.win.XMLHttpRequest = new Proxy(OriginalXhr, {
    __proto__: null,
    construct(target, args, newTarget) {
      const xhr = construct(target, args, newTarget) as XMLHttpRequest;
      try {
        apply(listen, xhr, ['readystatechange', (event: Event) => onXhrDone(ctx, xhr, event)]);
      } catch {
        /* ignore */
      }
      return xhr;
    },
  } as ProxyHandler<typeof XMLHttpRequest>);
}

/** Deeper answers than this are not forwarded (the readers go 6 levels down). */
const MAX_JSON_DEPTH = 64;

/**
 * The JSON text of a value JSON.parse made, written without JSON.stringify's
 * toJSON lookups (the page owns Object.prototype and Array.prototype) and
 * with the array test and key list captured before any page script; null
 * past MAX_JSON_DEPTH.
 */
export function plainJson(value: unknown, b: Pick<Builtins, 'apply' | 'stringify' | 'isArray' | 'keys'>, depth = 0): string | null {
  // Primitives are never asked for toJSON.
  if (value === null || typeof value !== 'object') return (b.apply(b.stringify, JSON, [value]) as string | undefined) ?? 'null';
  if (depth >= MAX_JSON_DEPTH) return null;
  const list = b.apply(b.isArray, Array, [value]) as boolean;
  const keys = list ? null : (b.apply(b.keys, Object, [value]) as string[]);
  const count = keys ? keys.length : (value as unknown[]).length;
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = plainJson(keys ? (value as Record<string, unknown>)[keys[i]!] : (value as unknown[])[i], b, depth + 1);
    if (part === null) return null;
    text += (i === 0 ? '' : ',') + (keys ? (b.apply(b.stringify, JSON, [keys[i]]) as string) + ':' : '') + part;
  }
  return list ? '[' + text + ']' : '{' + text + '}';
}

/** A finished request's body as text (a JSON response written back as JSON), forwarded. */
function onXhrDone({ builtins, isTapped, trusted, emit }: HookContext, xhr: XMLHttpRequest, event: Event): void {
  const { apply } = builtins;
  const read = (get: (() => unknown) | undefined, name: 'readyState' | 'responseType' | 'responseText' | 'response'): unknown => (get ? apply(get, xhr, []) : xhr[name]);
  try {
    if (!trusted(event) || read(builtins.xhrReadyState, 'readyState') !== 4) return;
    const url = fetchedUrl(apply, builtins.xhrResponseUrl, xhr);
    if (url === null || !isTapped(url)) return;
    const type = read(builtins.xhrResponseType, 'responseType');
    const body =
      type === '' || type === 'text'
        ? read(builtins.xhrResponseText, 'responseText')
        : type === 'json'
          ? plainJson(read(builtins.xhrResponse, 'response'), builtins)
          : null;
    if (typeof body === 'string') emit('http', url, body);
  } catch {
    /* ignore */
  }
}
