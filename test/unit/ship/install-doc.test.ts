// @vitest-environment node
/**
 * The PDD desktop app (拼多多商家工作台) cannot run browser extensions: an agent answering there is
 * neither guarded nor timed. The install guide, the README's install section and the welcome page's
 * "start" step say so plainly, in Chinese and in English (issue 26).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(file, 'utf8');
/** The welcome page's "start" step body in a locale file. */
const startStep = (file: string) => /\n {2}start:\n(?: {4}.*\n)*? {4}body: (.*)\n/.exec(read(file))?.[1] ?? '';

describe('the browser-only warning', () => {
  it.each([
    ['docs/INSTALL.md', /商家工作台.{0,20}不能.{0,10}运行浏览器插件/, /desktop app \(拼多多商家工作台\) cannot run browser extensions/],
    ['README.md', /商家工作台.{0,4}不能运行浏览器插件/, /desktop app 商家工作台 cannot run extensions/],
  ])('%s says it in both languages', (file, zh, en) => {
    const text = read(file);
    expect(text).toMatch(zh);
    expect(text).toMatch(en);
  });

  it('the install guide says it before the steps', () => {
    const text = read('docs/INSTALL.md');
    expect(text.indexOf('不能安装、也不能运行浏览器插件')).toBeGreaterThan(0);
    expect(text.indexOf('不能安装、也不能运行浏览器插件')).toBeLessThan(text.indexOf('## 1. 单个客服安装'));
  });

  it.each([
    ['locales/zh_CN.yml', /商家工作台.{0,4}不能运行插件/],
    ['locales/en.yml', /desktop app 商家工作台 cannot run extensions/],
  ])('the welcome page’s first step in %s', (file, pattern) => {
    expect(startStep(file)).toMatch(pattern);
  });
});

// Edge Add-ons opens in mainland China without a proxy: the Chinese guides name it first (issue 26).
describe('Edge Add-ons first', () => {
  it.each([
    ['docs/INSTALL.md', '## 1. 单个客服安装'],
    ['README.md', '## 客服安装'],
    ['docs/store/README.md', '## 上架步骤'],
  ])('%s names Edge Add-ons before the Chrome Web Store', (file, from) => {
    const text = read(file).slice(read(file).indexOf(from));
    expect(text.indexOf('Edge 加载项')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Edge 加载项')).toBeLessThan(text.indexOf('Chrome 应用商店'));
  });

  it('the kit documents the upload: Partner Center step by step, and wxt submit with credentials kept out of git', () => {
    const text = read('docs/store/README.md');
    expect(text).toMatch(/Partner Center[\s\S]*程序包[\s\S]*上传 zip/);
    expect(text).toContain('npx wxt submit --edge-zip');
    expect(text).toContain('--dry-run');
    expect(text).toMatch(/凭据不要写进仓库/);
  });
});
