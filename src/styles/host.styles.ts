import { css } from 'lit';

/** Dark values of the design tokens; the host page's own `--onward-*` values still win. */
const darkTokens = css`
  --_accent: var(--onward-color-accent, #7fd1b9);
  --_on-accent: var(--onward-color-on-accent, #0f2a22);
  --_surface: var(--onward-color-surface, #1c2126);
  --_text: var(--onward-color-text, #eef1f4);
  --_muted: var(--onward-color-muted, #b4bec8);
  --_border: var(--onward-color-border, #56616c);
  --_success: var(--onward-color-success, #86d79a);
  --_error: var(--onward-color-error, #ffb4ab);
  --_accent-soft: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
  color-scheme: dark;
`;

/**
 * Host styles and design tokens shared by every element. Public tokens (`--onward-*`) are read once here into private
 * variables (`--_*`) with literal fallbacks, so the elements look finished with no stylesheet on the page.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--onward-color-accent, #2b6a5a);
    --_on-accent: var(--onward-color-on-accent, #ffffff);
    --_surface: var(--onward-color-surface, #ffffff);
    --_text: var(--onward-color-text, #1f2933);
    --_muted: var(--onward-color-muted, #52606d);
    --_border: var(--onward-color-border, #8a96a3);
    --_success: var(--onward-color-success, #2e7d4f);
    --_error: var(--onward-color-error, #b3261e);
    --_accent-soft: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_radius: var(--onward-radius, 12px);
    --_space: var(--onward-space, 1rem);
    --_focus-ring: var(--onward-focus-ring, 3px solid var(--_accent));
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--onward-font-family, inherit);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /*
   * The root of every element: undo every inherited style a host page may set on the host element or an ancestor
   * ('all' leaves out only direction and unicode-bidi, which the dir attribute sets, and the custom properties that
   * carry the tokens), then take back what the kit wants: box sizing and colour scheme from the host, the font family
   * (its token), text size, line height and colour. The root is inline-level (each element's own styles say
   * inline-grid or inline-flex) and as wide as the host: an ancestor's text-decoration is not inherited but drawn
   * through its in-flow descendants, and an atomic inline box is where that stops.
   */
  [part~='base'] {
    all: initial;
    box-sizing: inherit;
    color-scheme: inherit;
    inline-size: 100%;
    vertical-align: top;
    font-family: var(--onward-font-family, inherit);
    font-size: 1rem;
    line-height: 1.5;
    /* A word breaks only when it cannot fit on a line of its own; addresses (URLs, e-mail) say 'anywhere' where shown. */
    overflow-wrap: break-word;
    color: var(--_text);
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  /* Chromium's Tab stop on a date field's own calendar button is not :focus-visible (not even :focus) on the field,
     and its native ring there is thin and black (lost on dark surfaces): ring the whole field instead. */
  input[type='date']:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
