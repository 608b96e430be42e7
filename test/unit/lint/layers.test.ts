// @vitest-environment node
/**
 * The import directions are lint rules (eslint.layers.js): a forbidden import
 * fails lint, an allowed one passes. Linted through ESLint's own API with the
 * project's config, as `npm test` runs it.
 */
import path from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: path.resolve(file) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['lib/phrases/probe.ts', "import { x } from '@/lib/pdd/chat-page';", 'knows nothing of pages'],
    ['lib/phrases/probe.ts', "import { x } from '../features/reply-timer';", 'Features sit above'],
    ['lib/pdd/probe.ts', "import { x } from '@/lib/features/reply-timer/timer';", 'Features sit above'],
    ['lib/features/probe.ts', "import { x } from '@/lib/store/db';", 'Only the background'],
    ['lib/features/probe.ts', "import { x } from 'idb';", 'Only the background'],
    ['components/probe.tsx', "import { x } from '../lib/store/summary';", 'Only the background'],
    ['entrypoints/popup/probe.ts', "import { x } from '@/lib/store/summary';", 'Only the background'],
    ['lib/metrics-probe.ts', "import { x } from '@/components/popup/PopupView';", 'Views sit above'],
    ['lib/store/probe.ts', "import { x } from '@/entrypoints/background';", 'Entry points only wire'],
  ])('%s: %s is refused', async (file, source, why) => {
    const errors = await importErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(why);
  });

  it.each([
    ['entrypoints/background.ts', "import { x } from '@/lib/store/db';"],
    ['lib/store/probe.ts', "import { x } from 'idb';"],
    ['lib/features/probe.ts', "import { x } from '@/lib/pdd/chat-page';"],
    ['lib/ui/probe.ts', "import { x } from '@/components/overlay.css?inline';"],
    ['lib/pdd/probe.ts', "import { x } from '@/lib/rules';"],
    ['lib/features/probe.ts', "import type { x } from '@/lib/store/schema';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});

describe('tsconfig.json on its own', () => {
  it('resolves the @/ alias without the generated .wxt folder', () => {
    const file = path.resolve('tsconfig.json');
    const { config } = ts.parseConfigFileTextToJson(file, ts.sys.readFile(file)!);
    // Only this file's own options: what a tool sees before `wxt prepare`.
    const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(file));
    const from = path.resolve('test/unit/lint/layers.test.ts');
    const resolved = ts.resolveModuleName('@/lib/rules', from, options, ts.sys).resolvedModule;
    expect(resolved?.resolvedFileName).toBe(path.resolve('lib/rules.ts'));
  });
});

describe('size rules (eslint.size.js)', () => {
  const ruleIds = async (file: string, source: string) => {
    const [result] = await eslint.lintText(source, { filePath: path.resolve(file) });
    return result!.messages.map((m) => m.ruleId);
  };
  const fn = (lines: number) => `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines)}  return n;\n}\n`;

  it('refuses a shipped function over 60 lines and passes one of 60', async () => {
    expect(await ruleIds('lib/features/probe.ts', fn(60))).toContain('max-lines-per-function');
    expect(await ruleIds('lib/features/probe.ts', fn(56))).not.toContain('max-lines-per-function');
  });

  it('refuses a shipped file over 250 lines', async () => {
    const many = Array.from({ length: 251 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    expect(await ruleIds('components/probe.ts', many)).toContain('max-lines');
  });

  it('leaves tests and scripts alone', async () => {
    expect(await ruleIds('test/unit/probe.test.ts', fn(80))).not.toContain('max-lines-per-function');
  });
});
