#!/usr/bin/env node
// Renders the icon SVGs to the PNG set the manifest uses (public/icon/{16,32,48,128}.png)
// in headless Chromium (playwright-core + Debian's /usr/bin/chromium). Run after editing
// an SVG:  node assets/icon/render-icons.mjs   — the PNGs are committed, not built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../public/icon');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// 16 and 32 px use the simplified shield (icon-small.svg); 48 and 128 the full bubble and shield.
// The 128 px icon is what the stores show: Chrome asks for 96×96 artwork with 16 px of
// transparent padding on each side (developer.chrome.com/docs/webstore/images), so its art
// is drawn at 96 px in the middle; test/unit/ship/store-listing.test.ts checks the padding.
const SIZES = [
  [16, 'icon-small.svg', 0],
  [32, 'icon-small.svg', 0],
  [48, 'icon.svg', 0],
  [128, 'icon.svg', 16],
];

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, headless: true });
try {
  for (const [size, file, pad] of SIZES) {
    const svg = fs.readFileSync(path.join(here, file), 'utf8');
    const art = size - 2 * pad;
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${art}" height="${art}" style="display:block;margin:${pad}px"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
