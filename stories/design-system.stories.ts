import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, type TemplateResult } from 'lit';
import { OnwardElement } from '../src/internal/onward-element.js';

/**
 * The parts every element is built from, side by side: the three buttons (as buttons and as links), a field with its
 * hint, a field with an error, a checkbox and a choice, the progress bar and a note. The specimen below is drawn with
 * the kit's own shared stylesheet (`src/styles/system.styles.ts`, through `OnwardElement.styles`), exactly as the
 * elements draw these parts; it exists only on this page.
 */
class DesignSystemSpecimen extends OnwardElement {
  static override styles = [
    ...OnwardElement.styles,
    css`
      [part~='base'] {
        display: inline-grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1.25rem;
        padding: 1rem;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      section {
        display: grid;
        gap: 0.5rem;
      }
      h3 {
        margin: 0;
        font-size: 0.875rem;
        font-weight: 650;
        color: var(--_muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .choice {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        min-block-size: 2.75rem;
      }
    `
  ];

  protected override render(): TemplateResult {
    return html`<div part="base" lang="en" dir="ltr">
      <section>
        <h3>Buttons</h3>
        <div class="row">
          <button type="button" class="primary">Copy the note</button>
          <button type="button" class="secondary">Download as text</button>
          <button type="button" class="quiet">Cancel</button>
        </div>
        <div class="row">
          <a class="primary" href="#write">Write your note</a>
          <a class="secondary" href="#roles">See all similar roles</a>
          <a class="quiet" href="#later">Maybe later</a>
        </div>
        <div class="row">
          <button type="button" class="primary" disabled>Not yet</button>
        </div>
      </section>
      <section>
        <h3>Field</h3>
        <div class="field">
          <label for="name">Your name</label>
          <p class="hint" id="name-hint">As you sign your e-mails.</p>
          <input id="name" type="text" aria-describedby="name-hint" value="Sam Lee" />
        </div>
        <div class="field">
          <label for="story">Something you did well</label>
          <textarea id="story" rows="2">I explained my thesis clearly.</textarea>
        </div>
      </section>
      <section>
        <h3>Error</h3>
        <div class="field">
          <label for="email">Their e-mail</label>
          <p class="error" id="email-error">This does not look like an e-mail address yet.</p>
          <input id="email" type="email" aria-invalid="true" aria-describedby="email-error" value="priya.raman@" />
        </div>
      </section>
      <section>
        <h3>Checkbox and choice</h3>
        <div class="row">
          <label class="choice"><input type="checkbox" checked />Send a thank-you</label>
          <label class="choice"><input type="checkbox" />Ask for feedback</label>
          <label class="choice"><input type="radio" name="tone" checked />Warm</label>
          <label class="choice"><input type="radio" name="tone" />Brief</label>
        </div>
      </section>
      <section>
        <h3>Progress</h3>
        <span id="progress">2 of 5 steps done</span>
        <progress max="5" .value=${2} aria-labelledby="progress"></progress>
      </section>
      <section>
        <h3>Note</h3>
        <p class="note">Your progress cannot be saved on this device. It stays while this page is open.</p>
      </section>
    </div>`;
  }
}

const TAG = 'onward-design-system-specimen';
if (!customElements.get(TAG)) customElements.define(TAG, DesignSystemSpecimen);

declare global {
  interface HTMLElementTagNameMap {
    'onward-design-system-specimen': DesignSystemSpecimen;
  }
}

/**
 * The colours of a high-contrast theme (Windows' "Night sky"), as forced-colours mode would draw the parts. The real
 * thing needs the operating system (or DevTools › Rendering › Emulate CSS media feature forced-colors: active); the
 * kit's own forced-colours rules then apply too.
 */
const HIGH_CONTRAST = [
  '--onward-color-accent: #1aebff',
  '--onward-color-on-accent: #000000',
  '--onward-color-surface: #000000',
  '--onward-color-text: #ffffff',
  '--onward-color-muted: #ffffff',
  '--onward-color-border: #ffffff',
  '--onward-color-success: #3ff23f',
  '--onward-color-error: #ffff00'
].join('; ');

const panel = (label: string, background: string, ink: string, content: TemplateResult) =>
  html`<figure style="margin: 0; padding: 1rem; border-radius: 12px; background: ${background}; color: ${ink}">
    <figcaption style="margin-block-end: 0.75rem; font-weight: 600">${label}</figcaption>
    ${content}
  </figure>`;

const meta: Meta = {
  title: 'Guides/Design system',
  id: 'guides-design-system',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', snippet: { testOnly: true } }
};
export default meta;

type Story = StoryObj;

export const Parts: Story = {
  name: 'The parts in light, dark and forced colours',
  render: () =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); align-items: start">
      ${panel('Light', '#f4f6f8', '#1f2933', html`<onward-design-system-specimen theme="light"></onward-design-system-specimen>`)}
      ${panel('Dark', '#111417', '#eef1f4', html`<onward-design-system-specimen theme="dark"></onward-design-system-specimen>`)}
      ${panel(
        'High contrast (forced colours)',
        '#000000',
        '#ffffff',
        html`<onward-design-system-specimen theme="dark" style=${HIGH_CONTRAST}></onward-design-system-specimen>`
      )}
    </div>`
};
