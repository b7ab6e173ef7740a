import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { useEffect } from 'storybook/preview-api';
import '../src/index.js';
import { withOnwardActions } from './actions.js';
import { BRANDS, brandStyles } from './brands.js';
import { LANGUAGES } from './languages.js';
import { argTypesFor, elements, eventNames, manifest } from './manifest.js';
import { toSnippet, type SnippetContext } from './snippet.js';

// The element descriptions on the docs pages still come from Storybook's reader; the args table does not (see below).
setCustomElementsManifest(manifest);

const styles = document.createElement('style');
styles.textContent = brandStyles();
document.head.append(styles);

const isOnward = (element: Element) => element.localName.startsWith('onward-');

/**
 * Applies the toolbar to every story: the language and direction on a wrapper (a story's own `lang`/`dir` still wins,
 * as an element's nearest ancestor would on a page), the brand's tokens, and the theme both as the story's `theme` arg
 * (so the code panel shows it) and on elements a story renders without that arg.
 */
const withToolbar: Decorator = (story, context) => {
  const { theme, dir, locale, brand } = context.globals as Record<string, string | undefined>;
  const root = context.canvasElement as HTMLElement | undefined;
  useEffect(() => {
    if (!theme || !root) return;
    for (const element of root.querySelectorAll('*')) if (isOnward(element)) element.setAttribute('theme', theme);
  });
  const args = theme && 'theme' in context.args ? { ...context.args, theme } : context.args;
  return html`<div
    class="onward-story-root"
    data-story-frame
    data-theme=${theme || 'light'}
    data-brand=${brand || nothing}
    lang=${locale || nothing}
    dir=${dir || nothing}
  >
    ${story({ args })}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withOnwardActions, withToolbar],
  initialGlobals: { theme: '', dir: '', locale: '', brand: '' },
  globalTypes: {
    theme: {
      description: 'Theme of every element (light, dark, or the visitor’s system setting)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Theme: as the story sets it' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system setting)' }
        ],
        dynamicTitle: true
      }
    },
    brand: {
      description: 'Example brand tokens',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: '', title: 'Brand: kit defaults' },
          ...Object.entries(BRANDS).map(([value, { title }]) => ({ value, title }))
        ],
        dynamicTitle: true
      }
    },
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: '', title: 'Language: as the story sets it' }, ...LANGUAGES],
        dynamicTitle: true
      }
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: '', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' }
        ],
        dynamicTitle: true
      }
    }
  },
  parameters: {
    // Every `onward-*` event of every element, from the manifest: see actions.ts.
    actions: { handles: eventNames },
    controls: { expanded: true, sort: 'none' },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Theming', 'Events', 'Languages and right to left', 'Privacy', 'Publishing this Storybook'],
          'Elements',
          [
            'Recovery path <onward-recovery-path>',
            'Interview odds <onward-interview-odds>',
            'Feedback request <onward-feedback-request>',
            'Similar roles <onward-similar-roles>',
            'Learning plan <onward-learning-plan>',
            'Strengths <onward-strengths>',
            'Step card <onward-step-card>',
            'Rejection checklist <onward-rejection-checklist>'
          ],
          'Testing'
        ]
      }
    },
    docs: {
      // Storybook's own reader lets attributes, slots and parts of the same name overwrite each other: see manifest.ts.
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' && elements.has(component) ? argTypesFor(component) : null,
      source: {
        language: 'html',
        transform: (source: string, context: SnippetContext) => toSnippet(source, context)
      },
      codePanel: true
    },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }
    }
  }
};

export default preview;
