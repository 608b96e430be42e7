/**
 * Firefox harness: Debian's Firefox ESR with the built Firefox extension
 * (.output/firefox-mv2) installed in a fresh profile, driven over WebDriver
 * BiDi — the protocol Firefox itself speaks, so nothing is downloaded or
 * patched. playwright-core's BiDi client asks this Firefox for commands it
 * does not know yet (emulation.setMediaFeaturesOverride), so the few commands
 * the tests need are sent here directly.
 *
 * Firefox has no host-resolver rules: a CONNECT proxy on 127.0.0.1 sends
 * every https/wss tunnel to the simulator, whose self-signed certificate the
 * session accepts (acceptInsecureCerts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index';
import { findFirefox } from '../../../scripts/lib/chromium.mjs';
import { zipDirectory } from '../../../scripts/lib/zip.mjs';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');
/** The add-on id the manifest declares (wxt.config.ts browser_specific_settings.gecko.id). */
const ADDON_ID = 'kefu-guard@kefu-guard.local';

/** Firefox to drive (scripts/lib/chromium.mjs finds it; `npm test` installs it first). */
export function firefoxPath(): string {
  const found = findFirefox();
  if (!found) throw new Error('Firefox not found: install it with `sudo apt-get install -y firefox-esr firefox-esr-l10n-zh-cn` or set FIREFOX_PATH');
  return found;
}

/** A BiDi remote value as Firefox returns it (only what the tests read). */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export interface FirefoxHarness {
  sim: Simulator;
  /** moz-extension://<uuid>/<file>: the uuid is fixed in the profile's prefs. */
  extensionUrl(file: string): string;
  navigate(url: string): Promise<void>;
  openTab(url: string): Promise<void>;
  /** Evaluates `expression` in the tab's page realm (awaiting a promise) and returns its JSON-serialisable value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A trusted click at the centre of the first element matching `selector` (BiDi pointer actions). */
  click(selector: string): Promise<void>;
  /** Trusted key presses: each string is typed character by character; '\uE007' is Enter. */
  type(text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The environment without libfaketime: Firefox hangs at start under it (the
 * test suite's second pass runs in the other half of the Beijing day through
 * faketime). Firefox then keeps the real time while the simulator's traffic
 * carries the moved one — a computer clock that is off, which the extension
 * measures from the page's traffic and corrects (README: 电脑时间不准也不影响).
 */
function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'LD_PRELOAD' || key.startsWith('FAKETIME')) delete env[key];
  return env;
}

/** A CONNECT proxy that tunnels every host to `port` on 127.0.0.1 (the simulator serves all the platform's hosts). */
async function tunnelTo(port: number): Promise<net.Server> {
  const proxy = net.createServer((client) => {
    client.once('data', (head) => {
      if (!head.toString('latin1').startsWith('CONNECT ')) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
        return;
      }
      const upstream = net.connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

/** The profile's prefs: the unsigned add-on allowed and enabled, Chinese UI, the proxy, no first-run pages or phoning home. */
function prefs(proxyPort: number, uuid: string): Record<string, string | number | boolean> {
  return {
    // Firefox ESR honours this (release builds do not): the built extension is unsigned.
    'xpinstall.signatures.required': false,
    // Add-ons dropped into the profile (ours) and the system's langpack load enabled.
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    'intl.locale.requested': 'zh-CN',
    'intl.accept_languages': 'zh-CN, zh',
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'app.normandy.enabled': false,
  };
}

export async function launchFirefox(options: { sim?: SimulatorOptions } = {}): Promise<FirefoxHarness> {
  if (!fs.existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR} is missing: run \`npx wxt build -b firefox\` first`);
  }
  const executable = firefoxPath();
  const sim = await startSimulator(options.sim);
  const proxy = await tunnelTo(sim.port);
  const uuid = randomUUID();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kefu-guard-ff-'));
  fs.mkdirSync(path.join(profile, 'extensions'));
  fs.writeFileSync(path.join(profile, 'extensions', `${ADDON_ID}.xpi`), zipDirectory(FIREFOX_EXTENSION_DIR));
  const proxyPort = (proxy.address() as net.AddressInfo).port;
  fs.writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(prefs(proxyPort, uuid))
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );

  let firefox: ChildProcess | null = null;
  let socket: WebSocket | null = null;
  const cleanUp = async () => {
    socket?.close();
    if (firefox && firefox.exitCode === null) {
      const exited = new Promise((resolve) => firefox!.once('exit', resolve));
      firefox.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    proxy.close();
    await sim.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };

  try {
    firefox = spawn(executable, ['--remote-debugging-port=0', '--headless', '--no-remote', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'], env: realClockEnv() });
    const endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Firefox did not open its WebDriver BiDi port in 30 s')), 30_000);
      let seen = '';
      firefox!.stderr!.on('data', (chunk: Buffer) => {
        seen += String(chunk);
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      firefox!.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before opening its BiDi port`)));
    });
    socket = new WebSocket(`${endpoint}/session`);
    await new Promise((resolve, reject) => {
      socket!.once('open', resolve);
      socket!.once('error', reject);
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }

  const ws = socket;
  let nextId = 0;
  const waiting = new Map<number, { resolve(result: unknown): void; reject(error: Error): void; method: string }>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const call = message.id === undefined ? undefined : waiting.get(message.id);
    if (!call) return;
    waiting.delete(message.id!);
    if (message.type === 'error') call.reject(new Error(`${call.method}: ${message.error} ${message.message}`));
    else call.resolve(message.result);
  });
  const send = <T>(method: string, params: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject, method });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  const { contexts } = await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', {});
  const tab = contexts[0]!.context;

  const evaluateRaw = async (expression: string, serialization?: object): Promise<RemoteValue> => {
    const answer = await send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context: tab },
      awaitPromise: true,
      ...(serialization ? { serializationOptions: serialization } : {}),
    });
    if (answer.type === 'exception') throw new Error(`evaluate: ${answer.exceptionDetails?.text ?? 'exception'} in ${expression.slice(0, 120)}`);
    return answer.result!;
  };

  // The add-on loads while Firefox starts; a page opened before it is ready would run without
  // our document_start scripts. The rules page is web-accessible from the merchant's pages:
  // once a merchant page can fetch it, the add-on is running.
  await send('browsingContext.navigate', { context: tab, url: sim.urls.home, wait: 'complete' });
  const rulesUrl = `moz-extension://${uuid}/rules.html`;
  for (let tries = 0; ; tries++) {
    const probe = await evaluateRaw(`fetch(${JSON.stringify(rulesUrl)}).then((r) => r.ok, () => false)`);
    if (probe.value === true) break;
    if (tries >= 100) {
      await cleanUp();
      throw new Error(`the add-on did not start in Firefox (${rulesUrl} never answered)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    sim,
    extensionUrl: (file) => `moz-extension://${uuid}/${file}`,
    async navigate(url) {
      await send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
    },
    async openTab(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async evaluate<T>(expression: string) {
      // Values cross as JSON text: BiDi's own serialisation of objects is a tree of typed nodes.
      const result = await evaluateRaw(`(async () => JSON.stringify(await (${expression})))()`);
      return (typeof result.value === 'string' ? JSON.parse(result.value) : undefined) as T;
    },
    async click(selector) {
      const element = await evaluateRaw(`document.querySelector(${JSON.stringify(selector)})`);
      if (!element.sharedId) throw new Error(`click: nothing matches ${selector}`);
      await send('input.performActions', {
        context: tab,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    async type(text) {
      const keys = [...text].flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]);
      await send('input.performActions', { context: tab, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    },
    async screenshot(file) {
      const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context: tab });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      await cleanUp();
    },
  };
}
