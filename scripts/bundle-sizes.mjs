#!/usr/bin/env node
// What a content script or the background worker is made of (issue 25:
// chat.js against its 40 KB gzip budget; issue 21: background.js against its
// 500 KB raw; `npm run bench bundle`). Builds the extension once more with source
// maps into a temporary folder, charges every byte of the bundle to the source
// file its mapping names, and prints per folder and per file: the raw bytes and
// the bundle's gzip -9 size without that folder or file (what leaving it out
// would save; gzip shares context, so the parts do not add up to the whole).
//   node scripts/bundle-sizes.mjs [script = chat | background] [files to list = 40]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'wxt';

const script = process.argv[2] ?? 'chat';
const listed = Number(process.argv[3] ?? 40);
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bundle-'));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes a source map's `mappings`: per generated line, [column, source index] of each segment. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

try {
  await build({ outDir, vite: () => ({ build: { sourcemap: true } }) });
  const bundle = script === 'background' ? 'background.js' : `content-scripts/${script}.js`;
  const file = path.join(outDir, 'chrome-mv3', bundle);
  const code = fs.readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
  const name = (i) => (i < 0 ? '(generated: CSS text, glue)' : map.sources[i].replace(/^(\.\.\/)+/, '').replace(/^.*?\/?(node_modules\/|lib\/|entrypoints\/|components\/|\.wxt\/)/, '$1'));
  /** [source, text] pieces of the bundle, in order. */
  const pieces = [];
  code.split('\n').forEach((text, i) => {
    const segments = decodeMappings(map.mappings)[i] ?? [];
    if (segments.length === 0 || segments[0][0] > 0) pieces.push([name(-1), text.slice(0, segments[0]?.[0] ?? text.length)]);
    segments.forEach(([column, source], k) => pieces.push([name(source), text.slice(column, segments[k + 1]?.[0] ?? text.length)]));
    pieces.push([name(-1), '\n']);
  });
  const gzip = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;
  const whole = gzip(code);
  const folderOf = (src) =>
    src.startsWith('node_modules/') ? src.split('/').slice(0, src.split('/')[1].startsWith('@') ? 3 : 2).join('/')
    : /^lib\/(features|content)\//.test(src) ? src.split('/').slice(0, 3).join('/')
    : src.startsWith('lib/') ? (src.split('/').length > 2 ? src.split('/').slice(0, 2).join('/') : 'lib (core)')
    : src;
  const table = (keyOf, limit) => {
    const raw = new Map();
    for (const [src, text] of pieces) raw.set(keyOf(src), (raw.get(keyOf(src)) ?? 0) + Buffer.byteLength(text));
    const rows = [...raw].sort((a, b) => b[1] - a[1]).slice(0, limit);
    for (const [key, bytes] of rows) {
      const saved = whole - gzip(pieces.filter(([src]) => keyOf(src) !== key).map(([, t]) => t).join(''));
      console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB raw ${(saved / 1024).toFixed(1).padStart(6)} KB gzip  ${key}`);
    }
  };
  console.log(`${bundle}: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB raw, ${(whole / 1024).toFixed(1)} KB gzip -9`);
  console.log('\nBy folder (gzip = what the bundle would lose without it)');
  table(folderOf, Infinity);
  console.log(`\nBy file (the ${listed} largest)`);
  table((src) => src, listed);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
