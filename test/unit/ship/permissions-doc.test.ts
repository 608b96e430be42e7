// @vitest-environment node
/**
 * Every permission the manifest asks for is explained where a reviewer and a
 * shop owner read it: the store kit's justification table, its privacy page
 * (both languages) and the README's privacy line. A permission added without
 * its words fails here (the notifications permission once shipped without).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type ManifestConfig = { manifest: (env: { browser: string; manifestVersion: number; mode: string; command: string }) => { permissions: string[]; optional_host_permissions?: string[] } };
const manifest = (config as unknown as ManifestConfig).manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
const permissions = manifest.permissions;
const optionalHosts = manifest.optional_host_permissions ?? [];
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('permissions are explained', () => {
  it('the manifest asks for a few permissions', () => {
    expect(permissions.length).toBeGreaterThan(0);
  });

  it.each(['docs/store/permissions.md', 'README.md'])('%s names every permission', (file) => {
    const text = read(file);
    for (const permission of permissions) expect(text, permission).toContain(`\`${permission}\``);
  });

  it('the privacy page names every permission in Chinese and in English', () => {
    const html = read('docs/store/privacy.html');
    const zh = html.slice(html.indexOf('<h2>权限</h2>'), html.indexOf('</p>', html.indexOf('<h2>权限</h2>')));
    const en = html.slice(html.indexOf('<b>Permissions:</b>'), html.indexOf('</p>', html.indexOf('<b>Permissions:</b>')));
    for (const permission of permissions) {
      expect(zh, `zh ${permission}`).toContain(permission);
      expect(en, `en ${permission}`).toContain(permission);
    }
  });

  // The live board's server (issue 24): optional, asked for one origin on a click, never at install.
  it.each(['docs/store/permissions.md', 'docs/store/privacy.html'])('%s explains every optional host permission', (file) => {
    const text = read(file);
    expect(text).toContain('optional_host_permissions');
    for (const host of optionalHosts) expect(text, host).toContain(host);
  });
});
