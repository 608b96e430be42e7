/**
 * Who may ask the background what (issue 11.8). A request is answered only
 * when it comes from
 * - the extension's own pages (popup, options, welcome): anything; or
 * - its content scripts on https://mms.pinduoduo.com: what REQUEST_SENDERS
 *   (lib/messages.ts) allows them (never an export), and only for the account
 *   their page first announced. The first request naming a real account ties
 *   that account to the sending document (tab, frame, document id); a later
 *   request from the same document naming another account, or 'default', is
 *   refused. A page script that feeds the content script a forged login
 *   therefore cannot file anything under a second account.
 * A request that names only a shop (the data pages' official/readings) is
 * held to the same tie: its shop must be the tied account's shop, or the
 * first shop the document named, and an account of another shop is refused
 * after it (issue 22 item 3).
 * The ties live in storage.session (the worker may stop between requests)
 * and go when the tab closes.
 */
import { DEFAULT_ACCOUNT } from '../events';
import { shopOfAccount } from '../id-hash';
import { REQUEST_SENDERS, requestAccountKey, type Envelope, type Handlers, type Request, type RequestType } from '../messages';
import { dispatch } from './request-dispatch';
import type { KeyValueArea } from '../storage-area';

/** The only web origin whose content scripts are ours. */
const CONTENT_ORIGIN = 'https://mms.pinduoduo.com';

/** The parts of runtime.MessageSender the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

export type SenderKind = 'page' | 'content';

/** What the background knows of this extension: its id and the base of its pages' URLs (chrome-extension://<id>/). */
export interface ExtensionIdentity {
  id: string;
  pagesBase: string;
}

function originOf(sender: SenderInfo): string | null {
  if (typeof sender.origin === 'string' && sender.origin !== 'null') return sender.origin;
  if (typeof sender.url !== 'string') return null;
  try {
    return new URL(sender.url).origin;
  } catch {
    return null;
  }
}

/** 'page' for the extension's own pages, 'content' for its content scripts on mms.pinduoduo.com, else null. */
function senderKind(sender: SenderInfo | undefined, self: ExtensionIdentity): SenderKind | null {
  if (!sender || sender.id !== self.id) return null; // another extension, or nothing to go by
  if (typeof sender.url === 'string' && sender.url.startsWith(self.pagesBase)) return 'page';
  if (typeof sender.tab?.id === 'number' && originOf(sender) === CONTENT_ORIGIN) return 'content';
  return null;
}

const PREFIX = 'sender:';
/** Suffix of a document's shop tie (kept beside its account tie, gone with it). */
const SHOP_TIE = '#shop';

/** Session key of the account tie of one document: tab, frame and (where the browser tells it) document id. */
export function tieKey(sender: SenderInfo): string {
  return `${PREFIX}${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${sender.documentId ?? ''}`;
}

export type SenderVerdict = { ok: true; kind: SenderKind } | { ok: false; error: string };

const refuse = (zh: string, en: string): SenderVerdict => ({ ok: false, error: `${zh} / ${en}` });

/**
 * Checks senders and keeps the account ties. Checks run one at a time, so two
 * requests of one document naming two accounts cannot both take the tie.
 */
export class SenderGate {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: KeyValueArea,
    private readonly self: ExtensionIdentity,
  ) {}

  check(request: Request, sender: SenderInfo | undefined): Promise<SenderVerdict> {
    const next = this.queue.then(() => this.verdict(request, sender));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async verdict(request: Request, sender: SenderInfo | undefined): Promise<SenderVerdict> {
    const kind = senderKind(sender, this.self);
    if (kind === null) return refuse('请求来源不被接受', `${request.type}: sender is neither an extension page nor a content script on ${CONTENT_ORIGIN}`);
    if (kind === 'page') return { ok: true, kind };
    const rule = REQUEST_SENDERS[request.type];
    if (rule.from === 'pages') return refuse('此操作只能在插件自己的页面中进行', `${request.type}: only from the extension's own pages`);
    if (rule.account === 'none') return { ok: true, kind };
    const key = tieKey(sender!);
    if (rule.account === 'shop') return this.shopVerdict(request, key);
    const named = requestAccountKey(request as { account?: unknown });
    if (named === undefined && rule.account === 'read') return { ok: true, kind };
    const account = named ?? DEFAULT_ACCOUNT;
    const ties = await this.session.get([key, key + SHOP_TIE]);
    const tied = ties[key];
    if (typeof tied === 'string') {
      return tied === account ? { ok: true, kind } : refuse('此页面已登录另一个账号，请求被拒绝', `${request.type}: this page is tied to another account`);
    }
    // The default account ties nothing: the page has not said who is logged in yet.
    if (account === DEFAULT_ACCOUNT) return { ok: true, kind };
    const shopTied = ties[key + SHOP_TIE];
    if (typeof shopTied === 'string' && shopTied !== shopOfAccount(account)) {
      return refuse('此页面属于另一个店铺，请求被拒绝', `${request.type}: this page is tied to another shop`);
    }
    await this.session.set({ [key]: account });
    return { ok: true, kind };
  }

  /** A request naming only a shop: the tied account's shop, or the first shop the document named. */
  private async shopVerdict(request: Request, key: string): Promise<SenderVerdict> {
    const shop = (request as { shop?: unknown }).shop;
    if (shop === undefined) return { ok: true, kind: 'content' };
    const ties = await this.session.get([key, key + SHOP_TIE]);
    const tied = typeof ties[key] === 'string' ? shopOfAccount(ties[key]) : ties[key + SHOP_TIE];
    if (typeof tied === 'string') {
      return tied === shop ? { ok: true, kind: 'content' } : refuse('此页面属于另一个店铺，请求被拒绝', `${request.type}: this page is tied to another shop`);
    }
    if (typeof shop === 'string') await this.session.set({ [key + SHOP_TIE]: shop });
    return { ok: true, kind: 'content' };
  }

  /** Forgets the ties of a tab (closed, or loading a new page). */
  forgetTab(tabId: number): Promise<void> {
    const next = this.queue.then(async () => {
      const all = await this.session.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(`${PREFIX}${tabId}:`));
      if (keys.length > 0) await this.session.remove(keys);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * Answers a request if its sender may send it (error envelope otherwise,
 * after `onRefused`, which counts it); the handlers see the sender's tab.
 */
export async function dispatchChecked(
  gate: SenderGate,
  handlers: Handlers,
  request: Request,
  sender: SenderInfo | undefined,
  onRefused: () => Promise<void>,
): Promise<Envelope<RequestType>> {
  let verdict: SenderVerdict;
  try {
    verdict = await gate.check(request, sender);
  } catch (error) {
    verdict = refuse('无法核对请求来源', `${request.type}: sender check failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!verdict.ok) {
    await onRefused().catch(() => undefined);
    return { ok: false, error: verdict.error };
  }
  return dispatch(handlers, request, { tabId: sender?.tab?.id, kind: verdict.kind, frameId: sender?.frameId, documentId: sender?.documentId, url: sender?.url });
}
