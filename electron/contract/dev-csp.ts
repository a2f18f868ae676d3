/**
 * The development server (`npm run dev`) runs under the app's policy too, with no inline
 * script: Vite and the React plugin inject inline module scripts (the fast-refresh
 * preamble), so the dev server moves each one into a script file of its own and sends
 * the policy as a header. The only addition in development is the hot-reload socket.
 */
import { contentSecurityPolicyDirectives } from './content-security-policy.js';

/** Where the dev server serves the scripts it took out of the page. */
export const DEV_INLINE_PREFIX = '/@lanesim-inline/';

/** The app's policy plus the dev server's websocket (hot reload); still no 'unsafe-inline' script. */
export const devContentSecurityPolicy: string = Object.entries({
  ...contentSecurityPolicyDirectives,
  'connect-src': [...(contentSecurityPolicyDirectives['connect-src'] ?? []), 'ws:', 'wss:'],
})
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** A short content hash, so two pages' inline scripts never share a path unless they are the same. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const INLINE_SCRIPT = /<script(\s+type="module")?\s*>([\s\S]*?)<\/script>/g;

/** Replaces every inline <script> of a page by a <script src> of its own; returns the page and the scripts by path. */
export function externaliseInlineScripts(html: string): { html: string; scripts: Map<string, string> } {
  const scripts = new Map<string, string>();
  const out = html.replace(INLINE_SCRIPT, (whole, type: string | undefined, body: string) => {
    if (body.trim() === '') return whole;
    const path = `${DEV_INLINE_PREFIX}${fnv1a(body)}.js`;
    scripts.set(path, body);
    return `<script${type ?? ''} src="${path}"></script>`;
  });
  return { html: out, scripts };
}
