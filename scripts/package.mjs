#!/usr/bin/env node
// Builds the installable extension:
//  - the Chrome (MV3) zip for the Chrome Web Store / Edge Add-ons upload and for
//    "load unpacked" (no manifest key: stores refuse one),
//  - the Firefox build and zip,
//  - for self-hosting and force-install by policy: a CRX3 signed with the
//    shop's own key, its manifest carrying that key (so the extension id is
//    the same on every computer), the same build as an unpacked folder and
//    zip, and an update manifest (updates.xml) for the shop's server.
// The signing key lives outside git (.keys/, or KG_SIGNING_KEY=<file>); it is
// made on the first run. A fresh clone without it gets a new key, hence a new
// id: keep the key file to keep the id. KG_UPDATE_URL=https://…/updates.xml
// puts the update URL into the CRX's manifest and the codebase into updates.xml.
// Prints where everything is and the size of every bundle (raw and gzip).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildCrx, ensureKey, extensionId, manifestKey, publicKeyDer, readCrx, updatesXml } from './lib/crx.mjs';

const wxt = path.resolve('node_modules/.bin/wxt');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const SELF_HOSTED_DIR = path.resolve('.output/self-hosted');

function step(args, env = {}) {
  const started = Date.now();
  const result = spawnSync(wxt, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error(`wxt ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
  return Date.now() - started;
}

// Stale self-signed leftovers must not be mistaken for this run's.
fs.rmSync(SELF_HOSTED_DIR, { recursive: true, force: true });

// `wxt zip` builds first, then zips the build.
const buildMs = step(['zip']);
step(['zip', '-b', 'firefox']);

// Self-hosted CRX: same sources, manifest with the key (and the update URL when given).
const keyFile = path.resolve(process.env.KG_SIGNING_KEY || '.keys/kefu-guard.pem');
const { pem, created } = ensureKey(keyFile);
const publicDer = publicKeyDer(pem);
const id = extensionId(publicDer);
const updateUrl = process.env.KG_UPDATE_URL || '';
step(['zip'], { KG_OUT_DIR: SELF_HOSTED_DIR, KG_MANIFEST_KEY: manifestKey(publicDer), KG_UPDATE_URL: updateUrl });
const keyedZip = fs.readdirSync(SELF_HOSTED_DIR).find((f) => f.endsWith('-chrome.zip'));
if (!keyedZip) throw new Error(`no chrome zip in ${SELF_HOSTED_DIR}`);
const crxFile = path.resolve('.output', `${pkg.name}-${pkg.version}.crx`);
const crx = buildCrx(fs.readFileSync(path.join(SELF_HOSTED_DIR, keyedZip)), pem);
const check = readCrx(crx);
if (!check.valid || check.id !== id) throw new Error('the CRX just written does not verify');
fs.writeFileSync(crxFile, crx);
const codebase = updateUrl ? new URL(path.basename(crxFile), updateUrl).href : `https://<你的服务器 / your server>/${path.basename(crxFile)}`;
const updatesFile = path.resolve('.output/updates.xml');
fs.writeFileSync(updatesFile, updatesXml({ id, version: pkg.version, codebase }));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const out = path.resolve('.output/chrome-mv3');
const rows = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.(js|css|html)$/.test(entry.name)) {
      const data = fs.readFileSync(file);
      rows.push([path.relative(out, file), data.length, zlib.gzipSync(data, { level: 9 }).length]);
    }
  }
})(out);
rows.sort((a, b) => b[2] - a[2]);

console.log(`\nBuilt 客服守护 · Kefu Guard ${pkg.version} (chrome-mv3) in ${(buildMs / 1000).toFixed(1)} s. Bundles:`);
console.log('  file'.padEnd(44) + 'raw'.padStart(10) + 'gzip'.padStart(10));
for (const [file, raw, gz] of rows) console.log(`  ${file}`.padEnd(44) + kb(raw).padStart(10) + kb(gz).padStart(10));

const zips = fs.readdirSync('.output').filter((f) => f.endsWith('.zip')).map((f) => path.resolve('.output', f));
console.log('\n安装包 · Packages:');
for (const zip of zips) console.log(`  ${zip}  (${kb(fs.statSync(zip).size)})${zip.endsWith('-chrome.zip') ? '  ← 商店上传 / 加载已解压 · store upload / load unpacked' : ''}`);
console.log(`  ${crxFile}  (${kb(crx.length)})  ← 自托管 / 强制安装 · self-hosted, force-install`);
console.log(`  ${updatesFile}  ← 更新清单模板 · update manifest${updateUrl ? '' : ' (set KG_UPDATE_URL=https://…/updates.xml to fill in the address)'}`);
console.log(`  ${path.join(SELF_HOSTED_DIR, 'chrome-mv3')}  ← 带固定 ID 的解压目录 · unpacked, same id as the CRX`);
console.log(`Unpacked folder for "加载已解压的扩展程序 / Load unpacked": ${out}`);
console.log(`\n签名密钥 · Signing key: ${keyFile}${created ? '  (刚刚生成 / just made: back it up, it fixes the id)' : ''}`);
console.log(`插件 ID · Extension id (CRX and self-hosted build): ${id}`);
console.log(`强制安装策略 · ExtensionInstallForcelist entry: "${id};${updateUrl || 'https://<你的服务器>/updates.xml'}"`);
