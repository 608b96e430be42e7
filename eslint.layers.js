// What may import what, as lint rules (shared/STYLE.md "Directions that keep
// it easy to change"; the README's "代码结构 · Layers" draws the same table).
// A forbidden import fails `npm test` (issue 13); test/unit/lint/layers.test.ts
// proves each rule fires.
//
// The tree says where code runs (issue 25): lib/background/ and lib/store/ only
// in the worker; lib/content/, lib/features/, lib/pdd/ only in the content
// scripts; the lib/ root (with lib/settings/) is the shared core both use.
//
// ESLint keeps only the last options of a rule for a file, so each layer lists
// everything it must not reach, and the more specific layers come later.
import { readdirSync } from 'node:fs';

/**
 * Import strings that reach `folder`, as an `@/` alias or a relative path;
 * inside lib/ a folder is also reached as `./<sub>`, `../<sub>`, `../../<sub>` …
 */
const reach = (folder) => {
  const sub = folder.startsWith('lib/') ? folder.slice(4) : null;
  const up = ['./', '../', '../../', '../../../'];
  const near = sub ? up.flatMap((dots) => [`${dots}${sub}`, `${dots}${sub}/**`]) : [];
  return [`@/${folder}`, `@/${folder}/**`, `**/${folder}`, `**/${folder}/**`, ...near];
};

/** The feature folders (lib/features/<name>/), read from the tree so a new one is covered the day it lands. */
const FEATURES = readdirSync(new URL('./lib/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const WHY = {
  entrypoints: 'Entry points only wire things up: nothing imports them.',
  'lib/store': 'Only the background opens the store; pages and content scripts send a message (lib/messages.ts).',
  'lib/background': "The worker's code runs in the worker only; pages and content scripts send a message (lib/messages.ts).",
  'lib/content': 'The content scripts\' runtime sits above the shared core and the worker never loads it.',
  components: 'Views sit above this layer.',
  'lib/ui': 'Views sit above this layer.',
  'lib/features': 'Features sit above this layer.',
  'lib/pdd': 'The phrase engine knows nothing of pages.',
  feature: 'A feature does not import another feature: what two features share belongs in lib/content or the core.',
};

/** Folders the content scripts never load: worker code and the store. */
const WORKER = ['lib/background', 'lib/store'];
/** Everything above the shared core. */
const ABOVE_CORE = ['entrypoints', 'components', ...WORKER, 'lib/content', 'lib/features', 'lib/ui'];

/** One layer: its files and the folders they must not import. */
const LAYERS = [
  { files: ['lib/**'], mustNotReach: ['entrypoints', 'components'] },
  // Extension pages (popup, options, welcome, team, rules) ask the background by message.
  // The board's offscreen document (entrypoints/board-sync/) is the worker's own helper on Chrome: it runs the worker's replication (issue 24).
  { files: ['entrypoints/**', 'components/**'], ignores: ['entrypoints/background.ts', 'entrypoints/board-sync/**', 'entrypoints/phrase-engine.ts'], mustNotReach: ['entrypoints', ...WORKER, 'lib/content', 'lib/features'], idb: true },
  { files: ['entrypoints/board-sync/**'], mustNotReach: ['entrypoints', 'components', 'lib/store', 'lib/content', 'lib/features', 'lib/ui'], idb: true },
  // Content bundles: the entry points and everything only they load; phrase-engine.ts is injected into the chat tab's isolated world.
  { files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'entrypoints/phrase-engine.ts'], mustNotReach: ['entrypoints', 'components', ...WORKER], idb: true },
  { files: ['lib/features/**'], mustNotReach: ['entrypoints', 'components', ...WORKER], idb: true },
  { files: ['lib/ui/**'], mustNotReach: ['entrypoints', 'components', ...WORKER, 'lib/features'], idb: true },
  { files: ['lib/content/**'], mustNotReach: ['entrypoints', 'components', ...WORKER, 'lib/features'], idb: true },
  { files: ['lib/pdd/**', 'lib/dom/**'], mustNotReach: ['entrypoints', 'components', ...WORKER, 'lib/features', 'lib/ui'], idb: true },
  // The shared core: what both the worker and the pages load.
  { files: ['lib/*.ts', 'lib/settings/**', 'lib/team/**'], mustNotReach: ABOVE_CORE, idb: true },
  { files: ['lib/phrases/**'], mustNotReach: [...ABOVE_CORE, 'lib/pdd'], idb: true },
  // The worker: the store below it, nothing of the pages'.
  { files: ['lib/store/**'], mustNotReach: ['entrypoints', 'components', 'lib/background', 'lib/content', 'lib/features', 'lib/ui'] },
  { files: ['lib/background/**'], mustNotReach: ['entrypoints', 'components', 'lib/content', 'lib/features', 'lib/ui', 'lib/pdd', 'lib/dom'] },
  // Each feature folder: also no other feature.
  ...FEATURES.map((name) => ({
    files: [`lib/features/${name}/**`],
    mustNotReach: ['entrypoints', 'components', ...WORKER],
    features: FEATURES.filter((other) => other !== name),
    idb: true,
  })),
];

/** Import strings that reach the feature folder `name` from another feature folder or from anywhere by alias. */
const reachFeature = (name) => [...reach(`lib/features/${name}`), `../${name}`, `../${name}/**`];

export const layerRules = LAYERS.map(({ files, ignores = [], mustNotReach, features = [], idb = false }) => ({
  files,
  ignores,
  rules: {
    // typescript-eslint's version of the rule, for allowTypeImports: a record's
    // shape may be named anywhere; the store's code may not be imported.
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: idb ? [{ name: 'idb', message: WHY['lib/store'] }] : [],
        patterns: [
          ...mustNotReach.map((folder) => ({
            group: reach(folder),
            message: `${WHY[folder]} (README: 代码结构 · Layers)`,
            allowTypeImports: folder === 'lib/store',
          })),
          ...features.map((name) => ({ group: reachFeature(name), message: `${WHY.feature} (README: 代码结构 · Layers)` })),
        ],
      },
    ],
  },
}));
