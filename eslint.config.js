// Lint rules, with one import fence per runtime layer (see ../shared/STYLE.md):
// sim/ is "common" and may import nothing of DOM, Node, React or Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'util', 'stream', 'events', 'http', 'https', 'net', 'process'];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'sim/ is pure TypeScript: no Node APIs.' },
          { group: ['react', 'react-dom', 'react/*', 'electron', 'electron/*', '**/renderer/**', '**/electron/**', '**/cli/**'], message: 'sim/ must not import UI, Electron or CLI code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'setTimeout', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded stream (sim/engine/random-stream.ts).' },
        { object: 'Date', property: 'now', message: 'No wall clock in the model; pass time in.' },
        // Not bit-reproducible across JavaScript engines: use sim/engine/det-math.ts.
        ...['log', 'exp', 'pow', 'cos', 'sin', 'tan', 'atan', 'atan2', 'asin', 'acos', 'log1p', 'expm1', 'log2', 'log10', 'cbrt', 'hypot', 'sinh', 'cosh', 'tanh'].map((property) => ({
          object: 'Math',
          property,
          message: 'Math.' + property + ' differs in the last bit between engines; use sim/engine/det-math.ts so runs match in Node, Chromium and Electron.',
        })),
      ],
      'no-restricted-syntax': ['error', { selector: "BinaryExpression[operator='**']", message: 'x ** y calls pow, which is not bit-reproducible; multiply, or use det-math.' }],
    },
  },
  {
    files: ['sim/engine/det-math.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // present/ formats numbers, builds charts, layouts and reports for the CLI and the renderer alike: no Node, no React, no Electron.
    files: ['present/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'present/ runs in the renderer too: no Node APIs.' },
          { group: ['react', 'react-dom', 'react/*', 'react-i18next', 'electron', 'electron/*', '**/electron/**', '**/cli/**', '**/renderer/**', '**/*.tsx'], message: 'present/ is pure TypeScript: no UI framework, renderer, Electron or CLI code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'The renderer runs in a browser: no Node APIs.' },
          // The npm package "electron" by regex: a bare 'electron' group would also fence the shared contract folder electron/contract/.
          { regex: '^electron(/.*)?$', message: 'The renderer reaches the outside only through Host.' },
          { group: ['**/electron/main/**', '**/electron/preload/**', '**/cli/**'], message: 'The renderer reaches the outside only through Host.' },
        ],
      }],
    },
  },
);
