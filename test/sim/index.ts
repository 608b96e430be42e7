/**
 * Simulator of the Pinduoduo merchant backend (mms.pinduoduo.com) for e2e tests.
 * See test/sim/README.md.
 */
import { AfterSalesStore } from './aftersales-store.ts';
import { ChatStore } from './chat-store.ts';
import { OfficialStore } from './official-store.ts';
import { Scheduler, SimClock } from './clock.ts';
import { runScenario, type ScenarioName } from './scenarios.ts';
import { HOSTS, MMS_HOST, SimServer, type RequestRecord } from './server.ts';
import {
  DEFAULT_ACCOUNT,
  DEFAULT_VARIANT,
  type Account,
  type AfterSalesInput,
  type AfterSalesRecord,
  type PageVariant,
} from './types.ts';

export type * from './types.ts';
export type { ScenarioName } from './scenarios.ts';
export type { RequestRecord } from './server.ts';
export type { AgentRow, ServiceDay } from './official-store.ts';
export type { ConversationState, SayOptions, BuyerSaysOptions } from './chat-store.ts';
export { SimClock } from './clock.ts';
export { beijingTime, formatDateTime } from './time.ts';

export interface SimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) = random. */
  port?: number;
  /** Built-in scenario to load at start. */
  scenario?: ScenarioName;
  variant?: Partial<PageVariant>;
  account?: Partial<Account>;
  /** Start the clock at `at` (epoch ms) and/or frozen. Default: real time, running. */
  clock?: { at?: number; frozen?: boolean };
}

export interface ResetOptions {
  variant?: Partial<PageVariant>;
  account?: Partial<Account>;
  /** Also put the clock back to real time (default true). */
  resetClock?: boolean;
}

/** The scripting surface of the chat side. */
export type ChatApi = Pick<
  ChatStore,
  | 'addBuyer'
  | 'buyer'
  | 'buyerList'
  | 'buyerSays'
  | 'robotReplies'
  | 'agentReplies'
  | 'agentSendsCard'
  | 'systemNotice'
  | 'buyerSource'
  | 'buyerNudges'
  | 'robotPausedHint'
  | 'messages'
  | 'state'
  | 'onMessage'
  | 'waitForSent'
>;

export interface AfterSalesApi {
  /** Adds a request (visible to pages on their next queryList, e.g. after rerender()). */
  addRequest(input: AfterSalesInput): AfterSalesRecord;
  /** Changes a request (status, deadline, …). */
  update(id: number, patch: Partial<Omit<AfterSalesRecord, 'id'>>): AfterSalesRecord | undefined;
  list(): AfterSalesRecord[];
  /** Makes every open after-sales list page re-query and re-render its rows (new DOM nodes). */
  rerender(): void;
}

export interface Simulator {
  readonly port: number;
  readonly origin: 'https://mms.pinduoduo.com';
  /** For Chromium's --host-resolver-rules. */
  readonly hostResolverRules: string;
  /** Page URLs (under the real host names). */
  readonly urls: {
    home: string;
    chat: string;
    chatSetting: string;
    aftersales: string;
    aftersalesFromSidenav: string;
    workOrder: string;
    detail(id: number, orderSn?: string): string;
    /** 客服数据 · 服务数据, 客服绩效 and 店铺体验 (shared/PDD-PAGES.md §(h)). */
    serviceData: string;
    csReport: string;
    pilotMall: string;
  };
  readonly clock: SimClock;
  readonly chat: ChatApi;
  readonly aftersales: AfterSalesApi;
  /** The platform's own figures the 客服数据 pages show (set a day before loading the page). */
  readonly official: Pick<OfficialStore, 'setDay' | 'day' | 'range' | 'setAgents' | 'agents' | 'setPilot' | 'pilot' | 'yesterday'>;
  readonly account: Account;
  readonly variant: PageVariant;
  /** Changes page variants; pages pick them up when they (re)load. */
  setVariant(v: Partial<PageVariant>): void;
  /** Clears all data (and the clock, unless resetClock: false); sets variant/account. */
  reset(o?: ResetOptions): void;
  /** Loads a built-in scenario on top of the current data. */
  scenario(name: ScenarioName): void;
  /** Platform API calls pages made, oldest first (optionally only paths starting with a prefix). */
  requests(pathPrefix?: string): RequestRecord[];
  /** Number of chat pages currently connected to the m-ws socket. */
  chatConnections(): number;
  /** Chat sockets opened so far: a new page's socket, told apart from a closed page's that has not gone yet. */
  chatSocketsOpened(): number;
  /** Pushes a raw frame to every chat page as the platform would (tests of malformed frames); a push goes on titan-ws under the 'titan' transport. */
  pushChatFrame(frame: Record<string, unknown>): void;
  /** The titan-ws socket: raw bytes to every page, frames sent so far, open connections. */
  readonly titan: { sendRaw(bytes: Uint8Array): void; readonly sent: { frames: number; gzipped: number; messages: number }; connections(): number; opened(): number };
  /** A script the chat workbench runs first in <head>, like any page script (after the extension's document_start scripts); null removes it. */
  setChatPageScript(script: string | null): void;
  /** The same for the MMS shell's pages (售后, 客服数据 …). */
  setShellPageScript(script: string | null): void;
  close(): Promise<void>;
}

/** Starts the simulator: one HTTPS server on 127.0.0.1 serving every simulated host. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = new SimClock();
  if (options.clock?.at !== undefined) clock.set(options.clock.at);
  if (options.clock?.frozen) clock.freeze();
  const scheduler = new Scheduler(clock);
  let account: Account = { ...DEFAULT_ACCOUNT, ...options.account };
  let variant: PageVariant = { ...DEFAULT_VARIANT, ...options.variant };
  // The server needs the stores and the stores need the server's broadcast: late-bound.
  let server: SimServer | null = null;
  const chat = new ChatStore(clock, scheduler, () => account, (frame) => server?.broadcastChat(frame));
  const aftersalesStore = new AfterSalesStore(clock);
  const official = new OfficialStore(clock);
  server = new SimServer({ clock, chat, aftersales: aftersalesStore, official, account: () => account, variant: () => variant });
  const srv = server;
  clock.onChange(() => srv.broadcastSim(srv.clockMessage()));
  await srv.start(options.port ?? 0);

  const port = srv.port;
  const origin = `https://${MMS_HOST}` as const;
  const sim: Simulator = {
    port,
    origin,
    hostResolverRules: HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    urls: {
      home: `${origin}/home/`,
      chat: `${origin}/chat-merchant/index.html#/`,
      chatSetting: `${origin}/chat-merchant/index.html#/setting`,
      aftersales: `${origin}/aftersales/aftersale_list`,
      aftersalesFromSidenav: `${origin}/aftersales/aftersale_list?msfrom=mms_sidenav`,
      workOrder: `${origin}/aftersales/work_order/list`,
      detail: (id, orderSn) =>
        `${origin}/aftersales-ssr/detail?id=${id}&orderSn=${encodeURIComponent(orderSn ?? aftersalesStore.get(id)?.orderSn ?? '')}`,
      serviceData: `${origin}/mms-chat/overview/service`,
      csReport: `${origin}/mms-chat/overview/merchant`,
      pilotMall: `${origin}/sycm/goods_quality/pilot_mall`,
    },
    clock,
    chat,
    official,
    aftersales: {
      addRequest: (i) => aftersalesStore.add(i),
      update: (id, patch) => aftersalesStore.update(id, patch),
      list: () => aftersalesStore.all(),
      rerender: () => srv.broadcastSim({ sim: 'aftersales-rerender' }),
    },
    get account() {
      return account;
    },
    get variant() {
      return variant;
    },
    setVariant(v) {
      variant = { ...variant, ...v };
    },
    reset(o = {}) {
      scheduler.clear();
      chat.clear();
      aftersalesStore.clear();
      official.clear();
      if (o.resetClock !== false) clock.reset();
      variant = { ...DEFAULT_VARIANT, ...o.variant };
      account = { ...DEFAULT_ACCOUNT, ...o.account };
    },
    scenario(name) {
      runScenario(sim, name);
    },
    requests(prefix) {
      return srv.requests.filter((r) => !prefix || r.path.startsWith(prefix));
    },
    chatConnections: () => srv.chatConnections,
    chatSocketsOpened: () => srv.chatSocketsOpened,
    pushChatFrame: (frame) => srv.broadcastChat(frame),
    titan: { sendRaw: (bytes) => srv.titan.sendRaw(bytes), sent: srv.titan.sent, connections: () => srv.titan.connections, opened: () => srv.titan.opened },
    setChatPageScript: (script) => {
      srv.chatPageScript = script;
    },
    setShellPageScript: (script) => {
      srv.shellPageScript = script;
    },
    async close() {
      scheduler.dispose();
      await srv.close();
    },
  };
  if (options.scenario) sim.scenario(options.scenario);
  return sim;
}
