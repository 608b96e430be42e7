#!/usr/bin/env node
// Renders the store listing's artwork from the icon (assets/icon/icon.svg) in headless Chromium
// (playwright-core + Debian's /usr/bin/chromium), like render-icons.mjs:
//   docs/store/promo-small-440x280.png  Chrome Web Store and Edge Add-ons "small promotional tile" (zh_CN;
//                                       promo-small-440x280.en.png for the English listing), no alpha
//   docs/store/logo-300.png             Edge Add-ons "extension store logo" (300 × 300, square)
// Run after editing the icon or the words:  node assets/icon/render-store-art.mjs — the PNGs are
// committed. Sizes are checked by test/unit/ship/store-listing.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../docs/store');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const icon = `data:image/svg+xml;base64,${fs.readFileSync(path.join(here, 'icon.svg')).toString('base64')}`;
const font = `font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif`;

// The tile says what the extension is for in its first words and that it is not Pinduoduo's own;
// dark text on a light ground (contrast well over 4.5:1), the stage colours as a strip of chips.
const chip = (bg, fg, text) =>
  `<span style="display:inline-block;padding:3px 9px;border-radius:10px;background:${bg};color:${fg};font-size:15px;font-weight:700;margin-right:6px">${text}</span>`;
/** The tile in one language: the short name, what it is for, the stage chips, the plain line. */
const tile = (w) => `<html lang="${w.lang}"><body style="margin:0;width:440px;height:280px;${font};background:linear-gradient(135deg,#fff4f2 0%,#ffffff 60%);color:#1f2329;position:relative;overflow:hidden">
  <img src="${icon}" width="96" height="96" style="position:absolute;left:28px;top:34px">
  <div style="position:absolute;left:140px;top:36px;right:20px">
    <div style="font-size:34px;font-weight:700;line-height:1.15">${w.name}</div>
    <div style="font-size:18px;line-height:1.45;margin-top:8px;color:#1f2329">${w.purpose}</div>
  </div>
  <div style="position:absolute;left:28px;top:168px">${w.chips.map(([bg, text]) => chip(bg, '#fff', text)).join('')}</div>
  <div style="position:absolute;left:28px;bottom:22px;right:20px;font-size:14px;color:#4e5969">${w.footer}</div>
</body></html>`;
const STAGES = ['#1e7a3c', '#8a5a00', '#b33b00', '#c4161c'];
const TILE_ZH = tile({
  lang: 'zh-CN',
  name: '客服守护',
  purpose: '拼多多商家客服的<br>回复计时 · 违规词提醒 · 售后时限',
  chips: ['30秒', '3分钟', '5分钟', '1小时'].map((t, i) => [STAGES[i], t]),
  footer: '数据只存本机 · 插件估算 · 非拼多多官方工具',
});
const TILE_EN = tile({
  lang: 'en',
  name: 'Kefu Guard',
  purpose: 'For Pinduoduo sellers: reply<br>timers, phrase check, refunds',
  chips: ['30 s', '3 min', '5 min', '1 h'].map((t, i) => [STAGES[i], t]),
  footer: 'Local data only · estimates · not affiliated with Pinduoduo',
});

const LOGO = `<html><body style="margin:0;width:300px;height:300px;background:transparent">
  <img src="${icon}" width="264" height="264" style="display:block;margin:18px">
</body></html>`;

const ART = [
  ['promo-small-440x280.png', TILE_ZH, 440, 280, false],
  ['promo-small-440x280.en.png', TILE_EN, 440, 280, false],
  ['logo-300.png', LOGO, 300, 300, true],
];

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [file, html, width, height, transparent] of ART) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.locator('img').first().evaluate((img) => img.decode());
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, file), omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
    await page.close();
    console.log(`docs/store/${file}`);
  }
} finally {
  await browser.close();
}
