import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';
import { sizeRules } from './eslint.size.js';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The page is not ours: never write page text as HTML (privacy principle).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never set innerHTML: build nodes or use Preact.' },
        { property: 'outerHTML', message: 'Never set outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='fetch']", message: 'No network calls from the extension.' },
      ],
    },
  },
  // The layers (README "代码结构 · Layers"): what may import what. A forbidden
  // import fails CI (issue 13); test/unit/lint/layers.test.ts proves each rule fires.
  ...layerRules,
  sizeRules,
  {
    // The simulator and test tooling are not the extension: they serve pages and use the network on loopback.
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
