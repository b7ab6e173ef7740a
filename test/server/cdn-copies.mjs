/**
 * Other folders serving the built `dist/cdn/`, for test/loader.test.ts:
 * - `/test-cdn-copy/…`: a second copy of the kit at another path, as when a CMS widget brings its own;
 * - `/test-cdn-flaky/…`: the same, except that each element module fails (503) the first time it is asked for, as on a
 *   flaky network; the loader's retry (`?retry=1`) then succeeds.
 */
export function cdnCopiesMiddleware() {
  return async function cdnCopies(context, next) {
    const match = /^\/test-cdn-(copy|flaky)\//.exec(context.path);
    if (!match) return next();
    if (
      match[1] === 'flaky' &&
      /\/elements\/[\w-]+\.js$/.test(context.path) &&
      !context.querystring.includes('retry')
    ) {
      context.status = 503;
      context.body = 'Service unavailable';
      return undefined;
    }
    context.url = context.url.replace(match[0], '/dist/cdn/');
    return next();
  };
}
