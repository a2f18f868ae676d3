/**
 * Builds the workbench UI (`renderer/index.html`) into `dist/renderer`. The base is relative
 * so the same bundle loads from the desktop shell's `app://` origin, from file:// and from
 * the small static server the end-to-end tests start. The app's Content-Security-Policy is
 * written into the built page as a meta tag (not in dev, where Vite injects inline scripts).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyDirectives } from './electron/contract/content-security-policy.js';

/** The policy for a meta tag: `frame-ancestors` is ignored there (the desktop shell sends it as a header). */
const metaPolicy = Object.entries(contentSecurityPolicyDirectives)
  .filter(([name]) => name !== 'frame-ancestors')
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

function cspMeta(): Plugin {
  return {
    name: 'lanesim-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The standalone replay page ships beside the workbench (README: `/replay.html`).
    rollupOptions: { input: { index: 'renderer/index.html', replay: 'renderer/replay.html' } },
  },
});
