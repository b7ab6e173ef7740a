/** The policy a strict careers page may send: no inline script or style, and Trusted Types for every DOM sink. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves `/test/csp/*` with the strict policy header, like a careers site with tight security headers. */
export function strictCspPlugin() {
  return {
    name: 'onward-strict-csp',
    transform(context) {
      if (context.path.startsWith('/test/csp/')) return { headers: { 'Content-Security-Policy': STRICT_CSP } };
      return undefined;
    }
  };
}
