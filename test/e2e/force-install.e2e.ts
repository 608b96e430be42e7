/**
 * Self-hosted force-install, as docs/INSTALL.md §5 (方式 B) describes it: the
 * built extension packed as a CRX3 signed with a key (scripts/lib/crx.mjs),
 * an updates.xml served over HTTP on 127.0.0.1, and the policy
 * ExtensionInstallForcelist "<id>;<update URL>" in Chromium's managed policy
 * folder. Chromium must fetch, verify and install it by itself, under the id
 * the key gives, with no --load-extension.
 *
 * The policy folder is machine-wide: the file lives only for this test and
 * the server hands the CRX out once, so another browser started meanwhile on
 * this machine gets nothing installed.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrx, ensureKey, extensionId, publicKeyDer, updatesXml } from '../../scripts/lib/crx.mjs';
import { zipDirectory } from '../../scripts/lib/zip.mjs';
import { chromiumPath, EXTENSION_DIR } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'kefu-guard-e2e-forcelist.json');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) console.warn(`[force-install e2e] skipped: writing ${POLICY_DIR}/*.json needs root`);

let server: http.Server | undefined;
let browser: Browser | undefined;
let child: ChildProcess | undefined;
let createdDirs: string[] = [];
let id = '';
let version = '';
let profileDir = '';
const requests: string[] = [];

describe.skipIf(!isRoot)('force-install from a self-hosted CRX (ExtensionInstallForcelist)', () => {
  beforeAll(async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-force-'));
    const { pem } = ensureKey(path.join(tmp, 'key.pem'));
    id = extensionId(publicKeyDer(pem));
    const crx = buildCrx(zipDirectory(EXTENSION_DIR), pem);
    version = (JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string }).version;
    let crxServed = false;
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      const base = `http://127.0.0.1:${(server!.address() as { port: number }).port}`;
      if (req.url?.startsWith('/updates.xml')) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(updatesXml({ id, version, codebase: `${base}/kefu-guard.crx` }));
      } else if (req.url === '/kefu-guard.crx' && !crxServed) {
        crxServed = true;
        res.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
        res.end(crx);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;

    createdDirs = [];
    for (let dir = POLICY_DIR; !fs.existsSync(dir); dir = path.dirname(dir)) createdDirs.unshift(dir);
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.writeFileSync(POLICY_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${id};http://127.0.0.1:${port}/updates.xml`] }));
    try {
      // Started directly and attached over CDP: a Playwright-launched persistent
      // context closes itself when a policy installs an extension into it.
      child = spawn(
        chromiumPath(),
        ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', `--user-data-dir=${(profileDir = fs.mkdtempSync(path.join(tmp, 'profile-')))}`, '--remote-debugging-port=0', 'about:blank'],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      const endpoint = await new Promise<string>((resolve, reject) => {
        let err = '';
        const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err.slice(-500)}`)), 30_000);
        child!.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child!.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err.slice(-500)}`)));
      });
      browser = await chromium.connectOverCDP(endpoint);
    } catch (error) {
      removePolicy();
      child?.kill();
      throw error;
    }
  });

  afterAll(async () => {
    removePolicy();
    await browser?.close().catch(() => undefined);
    child?.kill();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('Chromium fetches updates.xml and the CRX, verifies it and runs the extension under the key’s id', async () => {
    const deadline = Date.now() + 45_000;
    while (!requests.includes('/kefu-guard.crx') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(requests.some((r) => r.startsWith('/updates.xml')), JSON.stringify(requests)).toBe(true);
    expect(requests).toContain('/kefu-guard.crx');
    // Installed and running: its background service worker is up under the key's id.
    const cdp = await browser!.newBrowserCDPSession();
    let workerUrl: string | undefined;
    while (!workerUrl && Date.now() < deadline) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      workerUrl = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`))?.url;
      if (!workerUrl) await new Promise((r) => setTimeout(r, 250));
    }
    expect(workerUrl).toBe(`chrome-extension://${id}/background.js`);
    // And it is the build we packed: Chromium unpacked it under Extensions/<id>/<version>.
    const installed = path.join(profileDir, 'Default', 'Extensions', id);
    expect(fs.readdirSync(installed).some((v) => v.startsWith(`${version}_`))).toBe(true);
  });
});

function removePolicy(): void {
  fs.rmSync(POLICY_FILE, { force: true });
  for (const dir of [...createdDirs].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      break;
    }
  }
}
