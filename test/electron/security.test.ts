import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyDirectives } from '../../electron/contract/content-security-policy';
import { appEntryUrl, appOrigin, contentTypeFor, resolveAppRequest } from '../../electron/main/app-protocol';
import { createCloseGuard, windowTitle } from '../../electron/main/close-guard';
import { exportFilters, withDefaultExtension } from '../../electron/main/dialog-filters';
import { scenarioPathsFromArgv } from '../../electron/main/launch-args';
import { decideWindowOpen, isNavigationAllowed, isPermissionAllowed } from '../../electron/main/navigation-policy';
import { rendererSource } from '../../electron/main/renderer-source';
import { buildWebPreferences } from '../../electron/main/security-options';

describe('window security options', () => {
  const prefs = buildWebPreferences('/app/out/preload/index.cjs');
  it('isolates and sandboxes the page without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
  it('has DevTools in development only, never in a packaged build', () => {
    expect(prefs.devTools).toBe(true);
    expect(buildWebPreferences('/p.cjs', { packaged: true }).devTools).toBe(false);
  });
  it('sets nothing that would weaken Electron defaults', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });
});

describe('content security policy', () => {
  it('allows nothing remote and no inline or eval scripts', () => {
    expect(contentSecurityPolicyDirectives['default-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicyDirectives['script-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicyDirectives['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy).toContain("worker-src 'self' blob:");
    expect(contentSecurityPolicy.split('; ')).toContain("base-uri 'none'");
  });
});

describe('navigation, new windows and permissions', () => {
  const origins = ['app://lanesim'];
  it('allows only our own pages', () => {
    expect(isNavigationAllowed('app://lanesim/index.html#/compare', origins)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,x', ''])
      expect(isNavigationAllowed(url, origins), url).toBe(false);
  });
  it('denies every new window; https links open in the system browser', () => {
    expect(decideWindowOpen('https://www.gov.cn/report')).toEqual({ action: 'deny', openExternally: 'https://www.gov.cn/report' });
    for (const url of ['http://insecure.example/', 'file:///tmp/x', 'app://lanesim/index.html', 'https://user:pw@evil.example/', 'nonsense'])
      expect(decideWindowOpen(url), url).toEqual({ action: 'deny', openExternally: null });
  });
  it('denies permissions, except clipboard writes from our page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial'])
      expect(isPermissionAllowed(permission, 'app://lanesim/index.html', origins)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://lanesim/index.html', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', origins)).toBe(false);
  });
});

describe('renderer source', () => {
  it('loads the bundle over app:// by default and always when packaged', () => {
    expect(rendererSource(undefined, false)).toEqual({ url: appEntryUrl, trustedOrigins: [appOrigin], dev: false });
    expect(rendererSource('http://localhost:5173/', true).url).toBe(appEntryUrl);
  });
  it('uses a local dev server only in development, and never a remote one', () => {
    expect(rendererSource('http://localhost:5173/', false)).toEqual({ url: 'http://localhost:5173/', trustedOrigins: ['http://localhost:5173'], dev: true });
    expect(rendererSource('https://evil.example/', false).url).toBe(appEntryUrl);
    expect(rendererSource('http://localhost.evil.example/', false).url).toBe(appEntryUrl);
  });
});

describe('app:// protocol', () => {
  const root = '/app/dist/renderer';
  it('maps our URLs into the bundle', () => {
    expect(resolveAppRequest('app://lanesim/', root)).toBe('/app/dist/renderer/index.html');
    expect(resolveAppRequest('app://lanesim/assets/index-abc.js?v=1', root)).toBe('/app/dist/renderer/assets/index-abc.js');
    expect(resolveAppRequest('app://lanesim/fonts/%E4%B8%AD.woff2', root)).toBe('/app/dist/renderer/fonts/中.woff2');
  });
  it('never leaves the bundle', () => {
    // The URL parser already folds plain dot segments back under the root …
    expect(resolveAppRequest('app://lanesim/../../etc/passwd', root)).toBe('/app/dist/renderer/etc/passwd');
    expect(resolveAppRequest('app://lanesim/%2e%2e/%2e%2e/etc/passwd', root)).toBe('/app/dist/renderer/etc/passwd');
    // … and what only decoding reveals, or is not ours, is refused.
    for (const url of ['app://lanesim/..%2f..%2fetc%2fpasswd', 'app://lanesim/a%00.js', 'app://other/index.html', 'file:///etc/passwd', 'app://lanesim/%E0%A4%A'])
      expect(resolveAppRequest(url, root), url).toBeNull();
  });
  it('names content types so module scripts and workers load', () => {
    expect(contentTypeFor('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('unsaved-changes guard', () => {
  it('closes a clean window at once', () => {
    const guard = createCloseGuard();
    guard.setDocumentState({ title: 'a.json', dirty: false });
    expect(guard.onCloseRequested()).toEqual({ kind: 'close' });
  });
  it('asks once for a dirty window; cancel keeps it open', () => {
    const guard = createCloseGuard();
    guard.setDocumentState({ title: 'a.json', dirty: true });
    expect(guard.onCloseRequested()).toEqual({ kind: 'ask' });
    expect(guard.onCloseRequested()).toEqual({ kind: 'wait' });
    expect(guard.onChoice('cancel')).toEqual({ kind: 'stay' });
    expect(guard.onCloseRequested()).toEqual({ kind: 'ask' });
  });
  it('discard closes', () => {
    const guard = createCloseGuard();
    guard.setDocumentState({ title: 'a.json', dirty: true });
    guard.onCloseRequested();
    expect(guard.onChoice('discard')).toEqual({ kind: 'close' });
    expect(guard.onCloseRequested()).toEqual({ kind: 'close' });
  });
  it('save asks the renderer to save and closes when it reports a clean document', () => {
    const guard = createCloseGuard();
    guard.setDocumentState({ title: 'a.json', dirty: true });
    guard.onCloseRequested();
    expect(guard.onChoice('save')).toEqual({ kind: 'requestSave' });
    guard.onSaveFinished(true);
    expect(guard.setDocumentState({ title: 'a.json', dirty: false })).toEqual({ kind: 'close' });
    expect(guard.onCloseRequested()).toEqual({ kind: 'close' });
  });
  it('a save that failed or was cancelled keeps the window and does not close it later by surprise', () => {
    const guard = createCloseGuard();
    guard.setDocumentState({ title: 'a.json', dirty: true });
    guard.onCloseRequested();
    guard.onChoice('save');
    guard.onSaveFinished(false);
    expect(guard.setDocumentState({ title: 'a.json', dirty: false })).toEqual({ kind: 'stay' });
  });
  it('marks unsaved documents in the title', () => {
    expect(windowTitle('a.json', true, 'linux')).toBe('• a.json — LaneSim');
    expect(windowTitle('a.json', true, 'darwin')).toBe('a.json — LaneSim');
    expect(windowTitle('', false, 'win32')).toBe('LaneSim');
  });
});

describe('launch arguments', () => {
  it('finds scenario files, skipping switches and the app path', () => {
    expect(scenarioPathsFromArgv(['/usr/bin/electron', '.', '--inspect', 'plans/a.json', 'README.md', '/abs/b.JSON'], '/home/u', { packaged: false })).toEqual([
      '/home/u/plans/a.json',
      '/abs/b.JSON',
    ]);
    expect(scenarioPathsFromArgv(['/opt/LaneSim/lanesim', 'c.lanesim.json'], '/w', { packaged: true })).toEqual(['/w/c.lanesim.json']);
  });
});

describe('dialog filters', () => {
  it('offers the export’s own type and adds a missing extension', () => {
    expect(exportFilters('text/csv', 'r.csv', 'zh-CN')[0]).toEqual({ name: 'CSV（电子表格）', extensions: ['csv'] });
    expect(exportFilters('application/x-lanesim-replay', 'run.replay', 'en')[0]).toEqual({ name: 'REPLAY', extensions: ['replay'] });
    expect(withDefaultExtension('/a/report', 'pdf')).toBe('/a/report.pdf');
    expect(withDefaultExtension('/a/report.html', 'pdf')).toBe('/a/report.html');
  });
});
