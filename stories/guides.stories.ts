import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { BRANDS } from '../.storybook/brands.js';
import { LANGUAGES } from '../.storybook/languages.js';
import { onward } from './element.js';

/**
 * Live examples for the guide pages (Theming, Languages and right to left, Events). They render on those pages; the
 * sidebar keeps them under "Guides/Examples" so a link to one still works.
 */
const meta: Meta = {
  title: 'Guides/Examples',
  id: 'guides-examples',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' }
};
export default meta;

type Story = StoryObj;

const grid = (content: TemplateResult[]) =>
  html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr))">${content}</div>`;

const tokens = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

const panel = (theme: 'light' | 'dark', label: string, content: TemplateResult) =>
  html`<figure
    style="margin: 0; padding: 1rem; border-radius: 12px; background: ${theme === 'dark' ? '#111417' : '#f4f6f8'}; color: ${
      theme === 'dark' ? '#eef1f4' : '#1f2933'
    }"
  >
    <figcaption style="margin-block-end: 0.5rem; font-weight: 600">${label}</figcaption>
    ${content}
  </figure>`;

export const Brands: Story = {
  name: 'Brands in light and dark',
  render: () =>
    grid(
      Object.values(BRANDS).flatMap((brand) =>
        (['light', 'dark'] as const).map((theme) =>
          panel(
            theme,
            `${brand.title}, ${theme}`,
            html`<div style=${tokens(brand[theme])}>
              ${onward('onward-step-card', { preset: 'feedback', step: 2, href: '#feedback', checkable: true, theme })}
            </div>`
          )
        )
      )
    )
};

export const Languages: Story = {
  name: 'Every shipped language',
  render: () =>
    grid(
      LANGUAGES.map(({ value, title }) =>
        panel(
          'light',
          title,
          html`<div lang=${value}>${onward('onward-step-card', { preset: 'search', step: 3, href: '#roles', checkable: true })}</div>`
        )
      )
    )
};

export const EventLog: Story = {
  name: 'Events as they fire',
  render: () => {
    const log = (event: Event) => {
      const list = (event.currentTarget as HTMLElement).querySelector('ol')!;
      const item = document.createElement('li');
      item.textContent = `${event.type} ${JSON.stringify((event as CustomEvent).detail)}`;
      list.prepend(item);
    };
    return html`<div @onward-step-change=${log} @onward-path-progress=${log}>
      ${onward('onward-step-card', { preset: 'believe', step: 5, checkable: true })}
      <h3 style="margin-block: 1rem 0.25rem; font-size: 1rem">Events heard on the page</h3>
      <ol aria-live="polite" style="margin: 0; font-family: ui-monospace, monospace; font-size: 0.875rem"></ol>
    </div>`;
  }
};
