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
    // Where code runs (issue 25): no content bundle loads worker or store code.
    ['entrypoints/chat.content/probe.ts', "import { x } from '@/lib/background/senders';", 'runs in the worker only'],
    ['entrypoints/tap-link.content.ts', "import { x } from '@/lib/store/db';", 'Only the background'],
    ['lib/content/probe.ts', "import { x } from '../background/notifier';", 'runs in the worker only'],
    ['lib/content/chat-session/probe.ts', "import { x } from '../../store/chat';", 'Only the background'],
    ['lib/features/reply-timer/probe.ts', "import { x } from '../../background/live-reports';", 'runs in the worker only'],
    ['lib/features/reply-timer/probe.ts', "import { x } from '@/lib/store/summary';", 'Only the background'],
    ['lib/pdd/probe.ts', "import { x } from '../background/request-checks';", 'runs in the worker only'],
    ['lib/pdd/probe.ts', "import { x } from 'idb';", 'Only the background'],
    ['lib/content/probe.ts', "import { x } from '@/lib/features/reply-timer/timer';", 'Features sit above'],
    // No feature imports another.
    ['lib/features/reply-timer/probe.ts', "import { x } from '../phrase-guard/flow';", 'does not import another feature'],
    ['lib/features/phrase-guard/probe.ts', "import { x } from '@/lib/features/refund-deadline/words';", 'does not import another feature'],
    // The shared core loads neither the worker's code, the store, the content runtime nor a feature.
    ['lib/probe.ts', "import { x } from './background/senders';", 'runs in the worker only'],
    ['lib/probe.ts', "import { x } from './store/db';", 'Only the background'],
    ['lib/probe.ts', "import { x } from './content/lifetime';", "content scripts' runtime"],
    ['lib/probe.ts', "import { x } from '@/lib/features/phrase-guard';", 'Features sit above'],
    ['lib/settings/probe.ts', "import { x } from '../content/overlay';", "content scripts' runtime"],
    ['lib/settings/probe.ts', "import { x } from '../background/live-settings';", 'runs in the worker only'],
    // The store sits below the worker's code; the worker loads nothing of the pages'.
    ['lib/store/probe.ts', "import { x } from '../background/handlers';", 'runs in the worker only'],
    ['lib/background/probe.ts', "import { x } from '../content/dropped';", "content scripts' runtime"],
    ['lib/background/probe.ts', "import { x } from '../features/phrase-guard/flow';", 'Features sit above'],
    // components/ holds the extension pages only: an overlay's view lives in its feature or in lib/content.
    ['lib/features/reply-timer/probe.ts', "import { x } from '@/components/popup/PopupView';", 'Views sit above'],
    ['lib/content/probe.ts', "import { x } from '@/components/options/options.css?inline';", 'Views sit above'],
    // Extension pages ask the background by message.
    ['components/popup/probe.tsx', "import { x } from '@/lib/background/live-reports';", 'runs in the worker only'],
  ])(
    '%s: %s is refused',
    async (file, source, why) => {
      const errors = await importErrors(file, source);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(why);
    },
    30_000, // the first lint loads ESLint and the project's config: seconds on a busy machine
  );

  it.each([
    ['entrypoints/background.ts', "import { x } from '@/lib/store/db';"],
    ['lib/store/probe.ts', "import { x } from 'idb';"],
    ['lib/features/probe.ts', "import { x } from '@/lib/pdd/chat-page';"],
    ['lib/content/probe.ts', "import { x } from './overlay.css?inline';"],
    ['lib/pdd/probe.ts', "import { x } from '@/lib/rules';"],
    ['lib/features/probe.ts', "import type { x } from '@/lib/store/schema';"],
    ['lib/features/reply-timer/probe.ts', "import { x } from './state';"],
    ['lib/features/reply-timer/probe.ts', "import { x } from '../../content/overlay';"],
    ['lib/features/registry.ts', "import { x } from './reply-timer';"],
    ['lib/background/probe.ts', "import { x } from '../store/db';"],
    ['lib/background/probe.ts', "import { x } from '../settings/phrase-variants';"],
    ['entrypoints/background.ts', "import { x } from '@/lib/background/senders';"],
    ['lib/content/probe.ts', "import { x } from '../pdd/chat-page';"],
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
