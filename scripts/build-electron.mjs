// Builds the Electron main process and preload with esbuild into out/main/index.cjs and
// out/preload/index.cjs. CommonJS on purpose: sandboxed preloads cannot load ES modules, and
// one bundled file per process needs no node_modules at run time (zod is bundled in).
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.cjs', platform: 'node', target: 'node22' }),
  // The sandboxed preload is a browser-like context that may only require('electron').
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/index.cjs', platform: 'browser', target: 'chrome140' }),
  // The CSP for the browser fallback server of `npm start` (one policy, one source).
  build({ ...common, entryPoints: ['electron/contract/content-security-policy.ts'], outfile: 'out/contract/content-security-policy.mjs', format: 'esm', platform: 'node', target: 'node20', sourcemap: false }),
]);
console.log('Built out/main/index.cjs and out/preload/index.cjs');
