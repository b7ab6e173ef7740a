/** The policy a strict careers page may send: no inline script or style, and Trusted Types for every DOM sink. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Serves `/test/csp/*` with the strict policy header, like a careers site with tight security headers.
 * `strict.html?bundle=loader` is the same page embedding the kit through `onward-loader.js` instead of `onward.js`.
 */
export function strictCspPlugin() {
  return {
    name: 'onward-strict-csp',
    transform(context) {
      if (!context.path.startsWith('/test/csp/')) return undefined;
      const headers = { 'Content-Security-Policy': STRICT_CSP };
      if (context.query.bundle === 'loader')
        return { body: String(context.body).replace('/dist/cdn/onward.js', '/dist/cdn/onward-loader.js'), headers };
      return { headers };
    }
  };
}
