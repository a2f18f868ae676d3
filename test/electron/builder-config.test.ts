import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string | string[]; name: string; mimeType: string; rank: string }[];
  linux: { target: string[]; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  nsis: { perMachine: boolean };
  mac: { target: string[]; icon: string; hardenedRuntime: boolean };
}

const load = async () => yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder itself accepts', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', async () => {
    const config = await load();
    expect(config.appId).toBe('cn.lanesim.desktop');
    expect(config.productName).toBe('LaneSim');
  });

  it('packs into asar only the bundled app, not sources, maps or node_modules', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'out/main/**/*', 'out/preload/**/*', 'dist/renderer/**/*', '!**/*.map', '!node_modules/**/*']));
    expect(config.files.some((pattern) => /^(electron|sim|renderer|test)\//.test(pattern))).toBe(false);
  });

  it('targets AppImage and deb, NSIS, and dmg', async () => {
    const config = await load();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('sets the Electron fuses that close the Node back doors', async () => {
    const { electronFuses } = await load();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates scenario (.json) files without claiming to be the default JSON editor', async () => {
    const config = await load();
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'json', name: 'LaneSim scenario', mimeType: 'application/json', rank: 'Alternate' })]);
    // electron-builder only registers NSIS associations for per-machine installs.
    expect(config.nsis.perMachine).toBe(true);
  });

  it('has an icon large enough for every platform', async () => {
    const config = await load();
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
      const bytes = await readFile(join(root, icon));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const width = bytes.readUInt32BE(16);
      expect(width).toBeGreaterThanOrEqual(512);
      expect(bytes.readUInt32BE(20)).toBe(width);
    }
  });
});

describe('package.json', () => {
  it('points Electron at the bundled CommonJS main and has the desktop scripts', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('out/main/index.cjs');
    expect(pkg.scripts['build:electron']).toBe('node scripts/build-electron.mjs');
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.scripts.dist).toContain('electron-builder');
  });
});

/** Only the thin shell may load Electron at run time; everything else must run under Vitest. */
describe('layering', () => {
  const thin = new Set(['main/index.ts', 'preload/index.ts']);
  async function sources(folder: string, prefix = ''): Promise<string[]> {
    const entries = await readdir(join(folder, prefix), { withFileTypes: true });
    const nested = await Promise.all(
      entries.map((entry) => (entry.isDirectory() ? sources(folder, join(prefix, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [join(prefix, entry.name)] : []))),
    );
    return nested.flat();
  }

  it('imports electron (as a value) only in main/index.ts, main/shell/ and preload/index.ts', async () => {
    const folder = join(root, 'electron');
    const offenders: string[] = [];
    for (const file of await sources(folder)) {
      const text = await readFile(join(folder, file), 'utf8');
      const valueImport = /^import\s+(?!type\b)[^;]*from\s+'electron'/m.test(text) || /require\('electron'\)/.test(text);
      if (valueImport && !thin.has(file) && !file.startsWith('main/shell/')) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the contract free of Node and Electron so the renderer can import it', async () => {
    const folder = join(root, 'electron', 'contract');
    for (const file of await sources(folder)) {
      const text = await readFile(join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/from '(node:|electron)/);
    }
  });

  it('uses kebab-case file names', async () => {
    for (const file of await sources(join(root, 'electron'))) expect(file).toMatch(/^[a-z0-9/-]+(\.[a-z]+)?\.ts$/);
  });
});
