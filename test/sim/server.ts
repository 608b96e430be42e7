/**
 * One HTTPS server for every simulated host, dispatched by the Host header:
 *   mms.pinduoduo.com   pages, static files, platform JSON APIs, sim-only /__sim/*
 *   m-ws.pinduoduo.com  the chat WebSocket (wss://m-ws.pinduoduo.com/?access_token=…), JSON text frames
 *   titan-ws.pinduoduo.com  the binary push socket (variant chatTransport 'titan', the default)
 *   img.pddpic.com      placeholder pictures
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { WebSocketServer, type WebSocket } from 'ws';
import { IMG_HOST, renderImage } from './images.ts';
import { isShellPath, renderDetailHtml, renderShellHtml } from './pages.ts';
import type { AfterSalesStore } from './aftersales-store.ts';
import type { ChatStore } from './chat-store.ts';
import type { OfficialStore, ServiceDay } from './official-store.ts';
import type { SimClock } from './clock.ts';
import type { Account, PageVariant, PushFrame } from './types.ts';
import { TitanPusher, TITAN_HOST } from './titan-socket.ts';

export const MMS_HOST = 'mms.pinduoduo.com';
export const WS_HOST = 'm-ws.pinduoduo.com';
export const HOSTS = [MMS_HOST, WS_HOST, TITAN_HOST, IMG_HOST] as const;

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/** A platform API call the pages made (kept for tests; newest last, at most 500). */
export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  body: unknown;
}

export interface ServerDeps {
  clock: SimClock;
  chat: ChatStore;
  aftersales: AfterSalesStore;
  official: OfficialStore;
  account: () => Account;
  variant: () => PageVariant;
}

export class SimServer {
  private server: https.Server | null = null;
  private readonly chatSockets = new Set<WebSocket>();
  /** Chat sockets ever authenticated (a page's new socket, whether or not a closed page's has gone yet). */
  chatSocketsOpened = 0;
  private readonly simSockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tokens = new Set<string>();
  readonly requests: RequestRecord[] = [];
  readonly titan = new TitanPusher(
    () => this.deps.account().mallId,
    () => this.deps.variant().titanFrameTrailer,
  );
  port = 0;

  /** A script the chat workbench runs first thing in <head>, as a page script (tests of a hostile page); null = none. */
  chatPageScript: string | null = null;
  /** The same for the MMS shell's pages (售后, 客服数据 …). */
  shellPageScript: string | null = null;

  constructor(private readonly deps: ServerDeps) {}

  async start(port: number): Promise<void> {
    const notBefore = new Date(Date.now() - 24 * 3600_000);
    const pems = await generate([{ name: 'commonName', value: MMS_HOST }], {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: notBefore,
      notAfterDate: new Date(notBefore.getTime() + 30 * 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'subjectAltName', altNames: HOSTS.map((h) => ({ type: 2 as const, value: h })) },
      ],
    });
    const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    });
    server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const addr = server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : port;
  }

  async close(): Promise<void> {
    this.titan.close();
    for (const s of [...this.chatSockets, ...this.simSockets]) s.terminate();
    this.wss.close();
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Sends a chat frame to every connected chat page: a push on titan-ws (variant 'titan'), anything else on m-ws. */
  broadcastChat(frame: PushFrame | Record<string, unknown>): void {
    if (this.deps.variant().chatTransport === 'titan' && frame.response === 'push' && frame.message) {
      this.titan.push(frame.message);
      return;
    }
    const text = JSON.stringify(frame);
    for (const s of this.chatSockets) if (s.readyState === s.OPEN) s.send(text);
  }

  /** Sends a sim-control message (clock, rerender) to every page. */
  broadcastSim(msg: Record<string, unknown>): void {
    const text = JSON.stringify(msg);
    for (const s of this.simSockets) if (s.readyState === s.OPEN) s.send(text);
  }

  /** Number of open chat sockets (pages connected to m-ws). */
  get chatConnections(): number {
    return this.chatSockets.size;
  }

  // ---- WebSocket -------------------------------------------------------------

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (host === WS_HOST && url.pathname === '/') {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onChatSocket(ws, url));
    } else if (host === TITAN_HOST && url.pathname === '/' && this.tokens.has(url.searchParams.get('access_token') ?? '')) {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.titan.add(ws));
    } else if (host === MMS_HOST && url.pathname === '/__sim/ws') {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.simSockets.add(ws);
        ws.on('close', () => this.simSockets.delete(ws));
        ws.send(JSON.stringify(this.clockMessage()));
      });
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
    }
  }

  private onChatSocket(ws: WebSocket, url: URL): void {
    const token = url.searchParams.get('access_token') ?? '';
    const acc = this.deps.account();
    if (!this.tokens.has(token)) {
      ws.send(JSON.stringify({ response: 'auth', result: 'fail', error_code: 43001, error_msg: '会话已过期' }));
      ws.close(4001, 'auth');
      return;
    }
    this.chatSockets.add(ws);
    this.chatSocketsOpened++;
    ws.on('close', () => this.chatSockets.delete(ws));
    ws.on('message', (data) => {
      // The page sends {cmd:"heartbeat"}; answer like a server would.
      try {
        const msg = JSON.parse(String(data)) as { cmd?: string; request_id?: number };
        if (msg.cmd === 'heartbeat') ws.send(JSON.stringify({ response: 'heartbeat', request_id: msg.request_id ?? 0 }));
      } catch {
        /* ignore non-JSON */
      }
    });
    ws.send(
      JSON.stringify({
        response: 'auth',
        result: 'ok',
        request_id: 0,
        uid: acc.csUid,
        mall_id: acc.mallId,
        role: url.searchParams.get('role') ?? 'mall_cs',
        server_time: Math.floor(this.deps.clock.now() / 1000),
      }),
    );
  }

  clockMessage(): Record<string, unknown> {
    return { sim: 'clock', now: this.deps.clock.now(), frozen: this.deps.clock.frozen };
  }

  // ---- HTTP ------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (host === IMG_HOST) {
      const svg = renderImage(url.pathname);
      if (!svg) return notFound(res);
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
      res.end(svg);
      return;
    }
    if (host !== MMS_HOST) return notFound(res);
    const p = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'POST') {
      const body = await readJson(req);
      if (!p.startsWith('/__sim/')) {
        this.requests.push({ at: this.deps.clock.now(), method, path: p + url.search, body });
        if (this.requests.length > 500) this.requests.shift();
      }
      const out = this.api(p, body);
      if (out === undefined) return notFound(res);
      return json(res, out);
    }

    // 客服绩效's live overview is a GET (PDD-PAGES.md §(h)).
    if (p === '/chats/csReport/overview') {
      this.requests.push({ at: this.deps.clock.now(), method, path: p + url.search, body: null });
      return json(res, this.csReport());
    }

    // Pages
    if (p === '/') return redirect(res, '/home/');
    if (p === '/chat-merchant') return redirect(res, '/chat-merchant/' + url.search);
    if (p === '/chat-merchant/' || p === '/chat-merchant/index.html') {
      const file = path.join(PUBLIC_DIR, 'chat-merchant', 'index.html');
      if (this.chatPageScript === null) return sendFile(res, file);
      const page = (await readFile(file, 'utf8')).replace('<head>', `<head><script>${this.chatPageScript.replace(/<\//g, '<\\/')}</script>`);
      return html(res, page);
    }
    if (isShellPath(p)) {
      if (p === '/home') return redirect(res, '/home/');
      const shell = renderShellHtml();
      return html(res, this.shellPageScript === null ? shell : shell.replace('<head>', `<head><script>${this.shellPageScript.replace(/<\//g, '<\\/')}</script>`));
    }
    if (p === '/aftersales-ssr/detail') {
      const id = Number(url.searchParams.get('id'));
      return html(res, renderDetailHtml(this.deps.aftersales.get(id), this.deps.clock.now(), this.deps.account()));
    }
    if (p === '/__sim/boot') {
      return json(res, {
        ...this.clockMessage(),
        variant: this.deps.variant(),
        account: this.deps.account(),
        // The 店铺体验 scores (rendered by the page; their call is not public).
        pilot: this.deps.official.pilot(),
      });
    }
    if (p === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    // Static files of the simulated apps.
    if (/^\/(chat-merchant\/static|main\/_next\/static|aftersales-ssr\/_next\/static|__sim)\//.test(p)) {
      const file = path.normalize(path.join(PUBLIC_DIR, decodeURIComponent(p)));
      if (!file.startsWith(PUBLIC_DIR + path.sep)) return notFound(res);
      return sendFile(res, file);
    }
    return notFound(res);
  }

  /** POST /desert/stat/mallServiceOverviewData {startDate, endDate}: one object for the range (GUESS, see official-store.ts). */
  private serviceOverview(body: Record<string, unknown>): unknown {
    const variant = this.deps.variant();
    if (variant.officialError) return OFFICIAL_ERROR;
    const yesterday = this.deps.official.yesterday();
    const from = typeof body['startDate'] === 'string' && DAY_RE.test(body['startDate']) ? body['startDate'] : yesterday;
    const to = typeof body['endDate'] === 'string' && DAY_RE.test(body['endDate']) ? body['endDate'] : from;
    if (from > to || to > yesterday) return { success: false, error_code: 54002, error_msg: '日期不合法' };
    return { success: true, errorCode: 1000000, result: serviceResult(this.deps.official.range(from, to), variant) };
  }

  /** GET /chats/csReport/overview: today's live figures per agent account. */
  private csReport(): unknown {
    const variant = this.deps.variant();
    if (variant.officialError) return OFFICIAL_ERROR;
    const f = variant.officialFormat;
    return {
      success: true,
      result: {
        list: this.deps.official.agents().map((a) => ({
          csName: a.csName,
          consultUserCnt: countOut(a.consultUserCnt, f),
          inquiryOrderTransformRate: rateOut(a.inquiryOrderTransformRate, f),
          csSalesAmount: a.csSalesAmount,
          manuReplyRate3Min: rateOut(a.manuReplyRate3Min, f),
          replyRate30s: rateOut(a.replyRate30s, f),
          csServiceScore: a.csServiceScore,
        })),
      },
    };
  }

  /** Platform JSON APIs. Returns undefined for an unknown path. */
  private api(p: string, body: unknown): unknown {
    const { chat, aftersales } = this.deps;
    const acc = this.deps.account();
    const data = (isObj(body) && isObj(body['data']) ? body['data'] : {}) as Record<string, unknown>;
    switch (p) {
      case '/chats/userinfo/realtime':
        return {
          success: true,
          result: {
            username: acc.username,
            nickname: acc.csName,
            csid: acc.csUid,
            mall_id: Number(acc.mallId),
            mall: { mall_id: Number(acc.mallId), mall_name: acc.mallName, logo: 'https://img.pddpic.com/mms-logo/shop.jpeg' },
          },
        };
      case '/janus/api/new/userinfo':
        return { success: true, result: { username: acc.username, mall_id: Number(acc.mallId), mall: { mall_name: acc.mallName } } };
      case '/chats/getToken': {
        const token = randomBytes(24).toString('base64url');
        this.tokens.add(token);
        return { success: true, result: { token } };
      }
      case '/plateau/chat/latest_conversations':
        return chat.latestConversations(num(data['page'], 1), num(data['size'], 100), !this.deps.variant().noUnreplyTime);
      case '/plateau/chat/marked_lastest_conversations':
        return { success: true, result: { conversations: [], has_more: false } };
      case '/plateau/chat/list': {
        const list = isObj(data['list']) ? data['list'] : {};
        const withObj = isObj(list['with']) ? list['with'] : {};
        const uid = String(withObj['uid'] ?? '');
        chat.markRead(uid);
        return chat.history(uid, num(list['size'], 50));
      }
      case '/latitude/message/getHistoryMessage': {
        const b = isObj(body) ? body : {};
        const uid = String(b['uid'] ?? '');
        chat.markRead(uid);
        return chat.history(uid, num(b['pageSize'], 50));
      }
      case '/plateau/chat/send_message': {
        try {
          const m = chat.pageSends(body);
          return { success: true, result: { msg_id: m.msgId, ts: m.frame.ts, message: m.frame } };
        } catch (e) {
          return { success: false, error_code: 40001, error_msg: e instanceof Error ? e.message : String(e) };
        }
      }
      case '/plateau/chat/set_csstatus':
        return { success: true, result: { status: data['status'] ?? 1 } };
      case '/mercury/mms/afterSales/queryList':
        return aftersales.queryList(isObj(body) ? body : {});
      case '/mercury/mms/afterSales/queryGroupCount':
        return aftersales.groupCount();
      case '/desert/stat/mallServiceOverviewData':
        return this.serviceOverview(isObj(body) ? body : {});
      default:
        return undefined;
    }
  }
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A rate as the variant sends it: 0.8372, or "83.72%". */
function rateOut(rate: number, format: PageVariant['officialFormat']): number | string {
  return format === 'percent' ? `${(rate * 100).toFixed(2)}%` : rate;
}

function countOut(n: number, format: PageVariant['officialFormat']): number | string {
  return format === 'percent' ? String(n) : n;
}

function serviceResult(d: ServiceDay, variant: PageVariant): Record<string, unknown> {
  const f = variant.officialFormat;
  const out: Record<string, unknown> = {
    consultUserCnt: countOut(d.consultUserCnt, f),
    receiveUserCnt: countOut(d.receiveUserCnt, f),
    manuReplyRate3Min: rateOut(d.manuReplyRate3Min, f),
  };
  if (!variant.officialMissingFields) {
    out['needManuReplyConsultUserCnt'] = countOut(d.needManuReplyConsultUserCnt, f);
    out['artificialResponseTime'] = f === 'percent' ? `${d.artificialResponseTime}秒` : d.artificialResponseTime;
  }
  return out;
}

const OFFICIAL_ERROR = { success: false, error_code: 54001, error_msg: '系统繁忙，请稍后再试' };

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown, dflt: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? n : dflt;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text };
  }
}

function json(res: ServerResponse, v: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(v));
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('404 Not Found');
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    notFound(res);
  }
}
