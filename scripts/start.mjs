// `npm start`: builds the UI and the Electron shell, then opens the desktop app. Where the
// Electron binary is missing (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD), it says
// so in one line and serves the same UI on localhost for a browser instead.
// `node scripts/start.mjs --build-only` only builds (used by `npm run dist`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listenOnFreePort } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const buildOnly = args.includes('--build-only');
const appArgs = args.filter((arg) => arg !== '--build-only');
const rendererOut = join(root, 'dist', 'renderer');

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Path of the Electron binary, or null when it was never downloaded. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

if (existsSync(join(root, 'renderer', 'index.html'))) {
  run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
} else if (!existsSync(join(rendererOut, 'index.html'))) {
  console.error('LaneSim: there is no UI to show yet (renderer/index.html is missing).');
  process.exit(1);
}
run(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]);
if (buildOnly) process.exit(0);

const electron = electronBinary();
if (electron !== null) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...appArgs], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { contentSecurityPolicy } = await import(pathToOut('contract/content-security-policy.mjs'));
  // `npm start -- lane.json`: the page opens that file (served under /opened-file/, see static-server.mjs).
  const named = appArgs.find((arg) => !arg.startsWith('-'));
  const openedFile = named === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), named);
  if (openedFile !== undefined && !existsSync(openedFile)) {
    console.error(`LaneSim: ${named}: no such file; expected a scenario .json file`);
    process.exit(1);
  }
  const server = createStaticServer(rendererOut, { csp: contentSecurityPolicy, openedFile });
  const port = await listenOnFreePort(server, Number(process.env.PORT ?? 5178));
  const query = openedFile === undefined ? '' : `?open=${encodeURIComponent(basename(openedFile))}`;
  console.log(`LaneSim: the Electron binary is not installed (offline install), so the UI is served for a browser instead at http://localhost:${port}/${query} (Ctrl+C to stop).`);
}

function pathToOut(relative) {
  return new URL(`../out/${relative}`, import.meta.url).href;
}
