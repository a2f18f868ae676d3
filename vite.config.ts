/**
 * Builds the workbench UI (`renderer/index.html`) into `dist/renderer`. The base is relative
 * so the same bundle loads from the desktop shell's `app://` origin, from file:// and from
 * the small static server the end-to-end tests start. The app's Content-Security-Policy is
 * written into the built page as a meta tag; the dev server sends it as a header, after
 * moving the inline scripts Vite injects into files of their own (electron/contract/dev-csp.ts).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyDirectives } from './electron/contract/content-security-policy.js';
import { devContentSecurityPolicy, DEV_INLINE_PREFIX, externaliseInlineScripts } from './electron/contract/dev-csp.js';

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

/** Dev server: no inline script in the page, the policy as a header. */
function devCsp(): Plugin {
  const scripts = new Map<string, string>();
  return {
    name: 'lanesim-dev-csp',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path.startsWith(DEV_INLINE_PREFIX) && scripts.has(path)) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(scripts.get(path));
          return;
        }
        res.setHeader('Content-Security-Policy', devContentSecurityPolicy);
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const out = externaliseInlineScripts(html);
        for (const [path, body] of out.scripts) scripts.set(path, body);
        return out.html;
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), devCsp()],
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
