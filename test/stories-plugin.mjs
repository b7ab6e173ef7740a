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
