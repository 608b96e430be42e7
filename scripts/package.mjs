#!/usr/bin/env node
// Builds the installable extension: the Chrome (MV3) build and its zip for
// "load unpacked" / the Chrome Web Store, plus the Firefox build and zip.
// Prints where the zip is and the size of every bundle (raw and gzip).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const wxt = path.resolve('node_modules/.bin/wxt');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

function step(args) {
  const started = Date.now();
  const result = spawnSync(wxt, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error(`wxt ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
  return Date.now() - started;
}

// `wxt zip` builds first, then zips the build.
const buildMs = step(['zip']);
step(['zip', '-b', 'firefox']);

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

console.log(`\nBuilt 多多客服守护 ${pkg.version} (chrome-mv3) in ${(buildMs / 1000).toFixed(1)} s. Bundles:`);
console.log('  file'.padEnd(44) + 'raw'.padStart(10) + 'gzip'.padStart(10));
for (const [file, raw, gz] of rows) console.log(`  ${file}`.padEnd(44) + kb(raw).padStart(10) + kb(gz).padStart(10));

const zips = fs.readdirSync('.output').filter((f) => f.endsWith('.zip')).map((f) => path.resolve('.output', f));
console.log('\nInstall package (zip):');
for (const zip of zips) console.log(`  ${zip}  (${kb(fs.statSync(zip).size)})`);
console.log(`Unpacked folder for "加载已解压的扩展程序 / Load unpacked": ${out}`);
