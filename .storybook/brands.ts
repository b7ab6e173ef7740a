/**
 * Example brands for the toolbar and the theming page. Each sets the shared tokens for light and for dark, because a
 * brand that only sets light colours would leave dark mode with light-mode contrast. Every pair keeps text and
 * buttons at WCAG AA contrast on the element's surface.
 */
export interface Brand {
  title: string;
  light: Record<string, string>;
  dark: Record<string, string>;
}

export const BRANDS: Record<string, Brand> = {
  harbor: {
    title: 'Harbor (navy, square corners)',
    light: { '--onward-color-accent': '#1f4e8c', '--onward-color-on-accent': '#ffffff', '--onward-radius': '4px' },
    dark: { '--onward-color-accent': '#9cc4ff', '--onward-color-on-accent': '#0b1a2e', '--onward-radius': '4px' }
  },
  meadow: {
    title: 'Meadow (green, round)',
    light: { '--onward-color-accent': '#2f6b1f', '--onward-color-on-accent': '#ffffff', '--onward-radius': '20px' },
    dark: { '--onward-color-accent': '#a6e08a', '--onward-color-on-accent': '#10240a', '--onward-radius': '20px' }
  },
  plum: {
    title: 'Plum (purple, serif)',
    light: {
      '--onward-color-accent': '#6b2fb3',
      '--onward-color-on-accent': '#ffffff',
      '--onward-radius': '8px',
      '--onward-font-family': 'Georgia, "Times New Roman", serif'
    },
    dark: {
      '--onward-color-accent': '#d3b5ff',
      '--onward-color-on-accent': '#26113f',
      '--onward-radius': '8px',
      '--onward-font-family': 'Georgia, "Times New Roman", serif'
    }
  }
};

const declarations = (tokens: Record<string, string>) =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

/** The stylesheet that applies the toolbar's brand: light values, dark values, and `auto` following the system. */
export function brandStyles(): string {
  return Object.entries(BRANDS)
    .map(
      ([id, brand]) =>
        `.onward-story-root[data-brand='${id}'] { ${declarations(brand.light)} }\n` +
        `.onward-story-root[data-brand='${id}'][data-theme='dark'] { ${declarations(brand.dark)} }\n` +
        `@media (prefers-color-scheme: dark) { .onward-story-root[data-brand='${id}'][data-theme='auto'] { ${declarations(brand.dark)} } }`
    )
    .join('\n');
}
