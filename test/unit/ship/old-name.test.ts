// @vitest-environment node
/**
 * The old name 多多客服守护 (and its English "Kefu Guard for Pinduoduo") led with the platform's own
 * product name (issue 26). It is gone from everything that ships or that a shop reads: locales, the
 * pages and their pictures, the icon, the packaging scripts' output, the docs. The package name and
 * the storage keys stay kefu-guard: the extension id and the data do not move.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['locales', 'entrypoints', 'components', 'lib', 'assets', 'public', 'docs', 'scripts', 'README.md', 'package.json', 'wxt.config.ts'];
const TEXT = /\.(ts|tsx|js|mjs|json|yml|html|css|svg|md)$/;
const OLD = [/多多客服守护/, /Kefu Guard for Pinduoduo/i];

function files(entry: string): string[] {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => files(path.join(entry, name)));
}

describe('the old name', () => {
  const shipped = ROOTS.flatMap(files).filter((file) => TEXT.test(file));

  it('is found nowhere that ships or that a shop reads', () => {
    expect(shipped.length).toBeGreaterThan(100);
    const found = shipped.filter((file) => OLD.some((name) => name.test(fs.readFileSync(file, 'utf8'))));
    expect(found).toEqual([]);
  });

  it('left the ids alone: package name, Firefox id and database name stay kefu-guard', () => {
    expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).name).toBe('kefu-guard');
    expect(fs.readFileSync('wxt.config.ts', 'utf8')).toContain("id: 'kefu-guard@kefu-guard.local'");
    expect(fs.readFileSync('lib/store/schema.ts', 'utf8')).toContain("DB_NAME = 'kefu-guard'");
  });
});
