// Lint rules, with one import fence per floor (docs/architecture.md, "Floors"):
// sim/ ← present/ ← cli/, renderer/; electron/main and electron/preload apart; nothing in
// production imports test/. test/fences/ proves each fence fails on a forbidden import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'crypto', 'util', 'stream', 'events', 'http', 'https', 'net', 'process'];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

/** Import specifiers that reach into one of our top-level folders (relative paths of any depth). */
const floors = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const uiPackages = ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-i18next', 'i18next', 'comlink'];
// The npm package "electron" by regex: a gitignore-style group would also match our own electron/ folder.
const electronPackage = (message) => ({ regex: '^electron(/.*)?$', message });
const domGlobals = ['window', 'self', 'document', 'navigator', 'location', 'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'Element', 'Worker', 'postMessage', 'importScripts', 'requestAnimationFrame'];
const nodeGlobals = ['process', 'require', 'module', 'Buffer', '__dirname', '__filename', 'global'];
const testFloor = { group: floors('test'), message: 'Nothing in production imports test/.' };

/**
 * One floor's import fence: the patterns it may not import, plus test/ for everyone. The
 * typescript-eslint rule, so a pattern can allow `import type` (the Host port).
 */
function fence(_why, patterns) {
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...patterns, testFloor] }],
  };
}

/** electron/ may import the renderer's Host port — its types only — and nothing else of the renderer. */
function hostPortOnly(where) {
  return [
    { regex: '(^|/)renderer/(?!host/host-api(\\.js)?$)', message: `${where} stands apart from the renderer: only the types of renderer/host/host-api.ts.` },
    { regex: '(^|/)renderer/host/host-api(\\.js)?$', allowTypeImports: true, message: `${where} may import the Host port's types only (import type).` },
  ];
}

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
  // sim/: pure TypeScript — no other floor, no Node, no DOM, no UI framework.
  {
    files: ['sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...fence('sim/ is pure TypeScript: it imports only sim/ and plain libraries.', [
        { group: nodePatterns, message: 'sim/ is pure TypeScript: no Node APIs.' },
        { group: [...uiPackages, ...floors('present', 'cli', 'renderer', 'electron', 'bench', 'scripts')], message: 'sim/ is the ground floor: it must not import presentation, UI, Electron or CLI code.' },
        electronPackage('sim/ is pure TypeScript: no Electron.'),
      ]),
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals, 'setTimeout', 'setInterval'],
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
  // present/: pure TypeScript on top of sim/ — formats, charts, layouts, insights, words, reports.
  {
    files: ['present/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...fence('present/ imports only sim/ and plain libraries.', [
        { group: nodePatterns, message: 'present/ runs in the renderer too: no Node APIs.' },
        { group: [...uiPackages, '**/*.tsx', ...floors('cli', 'renderer', 'electron', 'bench', 'scripts')], message: 'present/ is pure TypeScript on sim/: no UI framework, renderer, Electron or CLI code.' },
        electronPackage('present/ is pure TypeScript: no Electron.'),
      ]),
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
    },
  },
  // cli/: Node, on sim/ and present/ — never the renderer, React or Electron.
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...fence('cli/ imports sim/, present/, Node and plain libraries.', [
        { group: [...uiPackages, ...floors('renderer', 'electron', 'scripts')], message: 'cli/ sits on sim/ and present/ (and bench/ for `lanesim bench`): no renderer, React or Electron code.' },
        electronPackage('cli/ runs on plain Node: no Electron.'),
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // renderer/: the browser, on sim/ and present/; the outside world only through the Host port.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...fence('renderer/ imports sim/, present/, its own folders and browser libraries.', [
        { group: nodePatterns, message: 'The renderer runs in a browser: no Node APIs.' },
        electronPackage('The renderer reaches the outside only through Host.'),
        { group: ['**/electron/main/**', '**/electron/preload/**', ...floors('cli', 'bench', 'scripts')], message: 'The renderer reaches the outside only through Host.' },
      ]),
      'no-restricted-globals': ['error', ...nodeGlobals],
      // Vite's import.meta.glob bundles what it matches: never the tests' fixtures.
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='glob'] Literal[value=/(^|\\/)test\\//]", message: 'Nothing in production imports test/ (import.meta.glob bundles what it matches).' }],
    },
  },
  // electron/main: Node + Electron; of the renderer only the Host port's types.
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...fence('electron/main imports electron/contract, present/words, the Host types, Node and Electron.', [
        { group: [...uiPackages, '**/electron/preload/**', ...floors('sim', 'cli', 'bench', 'scripts')], message: 'electron/main stands apart from the floors: the IPC contract, the Host types and present/words only.' },
        { regex: '(^|/)present(/(?!words/)|$)', message: 'electron/main stands apart: of present/ it reads the words (present/words/) only.' },
        { regex: '(^(\\.\\./)+|/electron/)preload(/|$)', message: 'electron/main and electron/preload stand apart: they share electron/contract only.' },
        ...hostPortOnly('electron/main'),
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // electron/preload: the sandboxed bridge — electron's ipcRenderer, the IPC contract and the Host types only.
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...fence('electron/preload imports electron, electron/contract and the Host types only.', [
        { group: nodePatterns, message: 'A sandboxed preload has no Node APIs.' },
        { group: [...uiPackages, ...floors('sim', 'present', 'cli', 'bench', 'scripts')], message: 'electron/preload stands apart: the IPC contract and the Host types only.' },
        { regex: '(^(\\.\\./)+|/electron/)main(/|$)', message: 'electron/main and electron/preload stand apart: they share electron/contract only.' },
        ...hostPortOnly('electron/preload'),
      ]),
      'no-restricted-globals': ['error', ...domGlobals.filter((g) => g !== 'window'), ...nodeGlobals],
    },
  },
  // electron/contract: types and plain data shared by main and preload.
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      ...fence('electron/contract is types and plain data.', [
        { group: [...nodePatterns, ...uiPackages, ...floors('sim', 'present', 'cli', 'bench', 'scripts')], message: 'electron/contract holds types and plain data only.' },
        { regex: '(^(\\.\\./)+|/electron/)(main|preload)(/|$)', message: 'electron/contract is shared by main and preload: it imports neither.' },
        electronPackage('electron/contract holds types and plain data only.'),
        ...hostPortOnly('electron/contract'),
      ]),
    },
  },
  // Nothing in production imports the tests.
  {
    files: ['bench/**/*.ts', 'scripts/**/*.{mjs,ts}', '*.ts'],
    rules: {
      ...fence('Production code does not import test/.', []),
    },
  },
);
