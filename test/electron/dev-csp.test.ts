/** The dev server's page carries no inline script, and its policy allows none (only the hot-reload socket is added). */
import { describe, expect, it } from 'vitest';
import { devContentSecurityPolicy, DEV_INLINE_PREFIX, externaliseInlineScripts } from '../../electron/contract/dev-csp';

describe('development Content-Security-Policy', () => {
  it('moves every inline script into a file of its own, keeping module scripts modules', () => {
    const page = '<head><script type="module">import "/@react-refresh";</script><script>window.x = 1;</script><script type="module" src="/@vite/client"></script></head>';
    const { html, scripts } = externaliseInlineScripts(page);
    expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
    expect([...scripts.values()]).toEqual(['import "/@react-refresh";', 'window.x = 1;']);
    for (const path of scripts.keys()) expect(path.startsWith(DEV_INLINE_PREFIX)).toBe(true);
    expect(html).toContain(`<script type="module" src="${[...scripts.keys()][0]}"></script>`);
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  });

  it('allows scripts from the app only, never inline', () => {
    const scriptSrc = /script-src ([^;]*)/.exec(devContentSecurityPolicy)![1];
    expect(scriptSrc).toBe("'self'");
    expect(devContentSecurityPolicy).not.toContain('unsafe-inline\' ;');
    expect(devContentSecurityPolicy).toMatch(/connect-src 'self' ws: wss:/);
  });
});
