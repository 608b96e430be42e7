// What may import what, as lint rules (shared/STYLE.md "Directions that keep
// it easy to change"; the README's "代码结构 · Layers" draws the same table).
// A forbidden import fails `npm test` (issue 13); test/unit/lint/layers.test.ts
// proves each rule fires.
//
// ESLint keeps only the last options of a rule for a file, so each layer lists
// everything it must not reach, and the more specific layers come later.

/**
 * Import strings that reach `folder`, as an `@/` alias or a relative path;
 * inside lib/ a sibling folder is also reached as `../<sub>` or `./<sub>`.
 */
const reach = (folder) => {
  const sub = folder.startsWith('lib/') ? folder.slice(4) : null;
  const near = sub ? [`../${sub}`, `../${sub}/**`, `./${sub}`, `./${sub}/**`] : [];
  return [`@/${folder}`, `@/${folder}/**`, `**/${folder}`, `**/${folder}/**`, ...near];
};

const WHY = {
  entrypoints: 'Entry points only wire things up: nothing imports them.',
  'lib/store': 'Only the background opens the store; pages and content scripts send a message (lib/messages.ts).',
  components: 'Views sit above this layer.',
  'lib/ui': 'Views sit above this layer.',
  'lib/features': 'Features sit above this layer.',
  'lib/pdd': 'The phrase engine knows nothing of pages.',
};

/** One layer: its files and the folders they must not import. */
const LAYERS = [
  { files: ['lib/**'], mustNotReach: ['entrypoints', 'components'] },
  { files: ['entrypoints/**', 'components/**'], ignores: ['entrypoints/background.ts'], mustNotReach: ['entrypoints', 'lib/store'], idb: true },
  { files: ['lib/features/**', 'lib/ui/**'], mustNotReach: ['entrypoints', 'lib/store'], idb: true },
  { files: ['lib/*.ts', 'lib/settings/**', 'lib/pdd/**', 'lib/dom/**'], mustNotReach: ['entrypoints', 'lib/store', 'lib/features', 'lib/ui', 'components'], idb: true },
  { files: ['lib/phrases/**'], mustNotReach: ['entrypoints', 'lib/store', 'lib/features', 'lib/ui', 'components', 'lib/pdd'], idb: true },
  { files: ['lib/store/**'], mustNotReach: ['entrypoints', 'components', 'lib/features', 'lib/ui'] },
];

export const layerRules = LAYERS.map(({ files, ignores = [], mustNotReach, idb = false }) => ({
  files,
  ignores,
  rules: {
    // typescript-eslint's version of the rule, for allowTypeImports: a record's
    // shape may be named anywhere; the store's code may not be imported.
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: idb ? [{ name: 'idb', message: WHY['lib/store'] }] : [],
        patterns: mustNotReach.map((folder) => ({
          group: reach(folder),
          message: `${WHY[folder]} (README: 代码结构 · Layers)`,
          allowTypeImports: folder === 'lib/store',
        })),
      },
    ],
  },
}));
