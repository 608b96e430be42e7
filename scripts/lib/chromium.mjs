// Finds Debian's Chromium for the browser tests, screenshots and the demo,
// and Debian's Firefox ESR for the Firefox build's test. On a fresh Debian
// machine where we are root it installs them (with their Chinese UI and a CJK
// font, so Chinese renders) with apt-get; nothing is ever downloaded by a
// test tool itself (no `playwright install`).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** $CHROMIUM_PATH, else Debian's chromium; null when neither is there. */
export function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, ...CANDIDATES]) if (candidate && fs.existsSync(candidate)) return candidate;
  return null;
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

export function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
}

// Debian's chromium package carries only the English UI; without chromium-l10n
// the browser (and so the extension's i18n) never runs in zh_CN.
const ZH_CN_PAK = '/usr/lib/chromium/locales/zh-CN.pak';

/** Path of a usable Chromium; installs it (with its Chinese locale and a CJK font) on Debian as root, else explains how. */
export function ensureChromium() {
  let path = findChromium();
  const missing = [];
  if (!path) missing.push('chromium');
  if (path === '/usr/bin/chromium' || !path) if (!fs.existsSync(ZH_CN_PAK)) missing.push('chromium-l10n');
  if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
  if (missing.length > 0 && !aptInstall(missing) && !path) {
    throw new Error(`Chromium not found. Install it first: sudo apt-get install -y ${missing.join(' ')}  (or set CHROMIUM_PATH)`);
  }
  path = findChromium();
  if (!path) throw new Error('Chromium install failed: see the apt-get output above');
  return path;
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
// Debian's Chinese language pack for Firefox ESR (the extension's zh_CN UI follows the browser's).
const FIREFOX_ZH_CN = '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi';

/** Path of Firefox ($FIREFOX_PATH, else Debian's firefox-esr, else firefox), or null; installs nothing. */
export function findFirefox() {
  for (const candidate of [process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES]) if (candidate && fs.existsSync(candidate)) return candidate;
  return null;
}

/** Path of a usable Firefox; installs Debian's ESR (with its Chinese language pack) as root, else explains how. */
export function ensureFirefox() {
  let path = findFirefox();
  const missing = [];
  if (!path) missing.push('firefox-esr');
  if (path === '/usr/bin/firefox-esr' || !path) if (!fs.existsSync(FIREFOX_ZH_CN)) missing.push('firefox-esr-l10n-zh-cn');
  if (missing.length > 0 && !aptInstall(missing) && !path) {
    throw new Error(`Firefox not found. Install it first: sudo apt-get install -y ${missing.join(' ')}  (or set FIREFOX_PATH)`);
  }
  path = findFirefox();
  if (!path) throw new Error('Firefox install failed: see the apt-get output above');
  return path;
}
