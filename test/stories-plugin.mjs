import { readdirSync } from 'node:fs';

/**
 * Serves `/__stories__.js`: a module that lazily imports every `stories/*.stories.ts`, so the story suite covers new
 * stories without a list to keep up to date.
 */
export function storiesIndexPlugin() {
  return {
    name: 'onward-stories-index',
    serve(context) {
      if (context.path !== '/__stories__.js') return undefined;
      const files = readdirSync(new URL('../stories/', import.meta.url)).filter((file) => file.endsWith('.stories.ts'));
      const entries = files.map((file) => `  ${JSON.stringify(file)}: () => import('/stories/${file}'),`);
      return { body: `export const storyModules = {\n${entries.join('\n')}\n};\n`, type: 'js' };
    }
  };
}

/**
 * Lets a module `import` JSON, as `.storybook/manifest.ts` does with the manifest (Vite turns JSON into a module; the
 * test server does not). Such imports are pointed at `<file>.json?module`, answered as JavaScript, so a plain
 * `fetch('/custom-elements.json')` elsewhere still gets JSON and neither response is cached as the other.
 */
export function jsonModulePlugin() {
  return {
    name: 'onward-json-module',
    transformImport({ source }) {
      return source.endsWith('.json') ? `${source}?module` : undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has('module')) return undefined;
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(new URL(`..${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${text.trim()};\n`, type: 'js' };
    }
  };
}
