/**
 * A second, different build of the CDN bundle for the "two versions on one page" tests, served under
 * `/__other-build/cdn/`: the files of `dist/cdn`, with the version the build wrote in replaced by `<version>-other`.
 * The page then loads two separate module graphs (their own classes, their own registries) that tell themselves apart
 * by `version`, as a careers page with the kit from its own bundle and from a CMS block would.
 */

import { readFile } from 'node:fs/promises';
import { normalize, resolve } from 'node:path';

const PREFIX = '/__other-build/cdn/';
const root = resolve(import.meta.dirname, '../..');

export function otherBuildMiddleware() {
  let version;
  return async function otherBuild(context, next) {
    if (!context.path.startsWith(PREFIX)) return next();
    const relative = normalize(context.path.slice(PREFIX.length));
    if (relative.startsWith('..') || !relative.endsWith('.js')) return next();
    version ??= JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')).version;
    let text;
    try {
      text = await readFile(resolve(root, 'dist/cdn', relative), 'utf8');
    } catch {
      return next();
    }
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    // The minifier may quote the version with ", ' or a backtick: replace it whatever the quotes.
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    context.body = text.replace(
      new RegExp(`(["'\`])${escaped}\\1`, 'g'),
      (_, quote) => `${quote}${version}-other${quote}`
    );
  };
}
