import { css } from 'lit';
import { inContainer } from './in-container.js';

/**
 * The design system every element shares, built only from the tokens read in `host.styles.ts`: one button hierarchy,
 * one field, one checkbox, one progress bar, one error, one note. Every element adopts this same object (through
 * `OnwardElement.styles`), so the browser keeps one constructable sheet for all of them.
 *
 * - Buttons: `button.primary` (filled accent: the one main action), `button` or `.secondary` (outlined: every other
 *   action), `.quiet` (looks like a link: small, undoing or optional actions). A link that acts as a button takes the
 *   same classes (`a.primary`, `a.secondary`, `a.quiet`).
 * - Fields: a `.field` wrapper holds the `label`, an optional `.hint`, the `.error` (above the control, named by its
 *   `aria-describedby`) and the `input`, `textarea` or `select`.
 * - Errors: `.error` (an icon, then the message, in the error colour); the control says `aria-invalid="true"`.
 * - Notes: `.note` or `[part~='note']`, a calm tinted line with an accent edge.
 */
export const systemStyles = css`
  :host {
    --_control-radius: calc(var(--_radius) * 0.5);
    --_link: var(--_accent);
    --_checkbox-size: 1.5rem;
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06);
  }

  /* Buttons: the shape all three share. */
  button,
  a.primary,
  a.secondary,
  a.quiet {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    /* Narrower on a phone with large text, so a long word keeps its line. */
    padding-inline: clamp(0.5rem, 5svw, 1rem);
    border: 2px solid var(--_accent);
    border-radius: var(--_control-radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    overflow-wrap: break-word;
    cursor: pointer;
  }

  /* Before the quiet style, which keeps its own padding. */
  ${inContainer(css`
    button,
    a.primary,
    a.secondary,
    a.quiet {
      padding-inline: clamp(0.5rem, 5cqi, 1rem);
    }
  `)}

  button:hover:not(:disabled),
  a.secondary:hover {
    background: var(--_accent-soft);
  }

  button.primary,
  a.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.primary:hover:not(:disabled),
  a.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }

  button.quiet,
  a.quiet {
    justify-content: flex-start;
    padding-inline: 0.5rem;
    border-color: transparent;
    text-align: start;
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  button.quiet:hover:not(:disabled),
  a.quiet:hover {
    background: transparent;
    text-decoration-thickness: 2px;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Fields */
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 650;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-inline-size: 0;
  }

  .field > label {
    font-weight: 600;
  }

  .hint,
  .help {
    margin: 0;
    color: var(--_muted);
  }

  input:not([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='hidden']),
  textarea,
  select {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: clamp(0.375rem, 3svw, 0.75rem);
    font: inherit;
    /* Never under 16 px: phones zoom into a smaller field. */
    font-size: max(1rem, 16px);
    color: var(--_text);
    background: var(--_field-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_control-radius);
  }

  ${inContainer(css`
    input:not([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='hidden']),
    textarea,
    select {
      padding-inline: clamp(0.375rem, 3cqi, 0.75rem);
    }
  `)}

  textarea {
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }

  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    inline-size: var(--_checkbox-size);
    block-size: var(--_checkbox-size);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* Errors: above the field, the same sign and colour everywhere. The sign is seen, never read out. */
  .error {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  .error::before {
    content: '⚠';
    content: '⚠' / '';
    flex: none;
  }

  .error:empty {
    display: none;
  }

  /* Notes. Empty ones stay in the accessibility tree (a status region must exist before it speaks) but take no space. */
  .note,
  [part~='note'] {
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_control-radius);
    background: var(--_accent-soft);
    color: var(--_text);
  }

  .note:empty,
  [part~='note']:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    border: 0;
  }

  /* Progress */
  progress {
    -webkit-appearance: none;
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_progress, var(--_success));
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_accent-soft);
  }

  progress::-webkit-progress-value {
    background: var(--_progress, var(--_success));
    border-radius: 999px;
    transition: inline-size 0.3s ease-out;
  }

  progress::-moz-progress-bar {
    background: var(--_progress, var(--_success));
    border-radius: 999px;
  }

  @media (forced-colors: active) {
    button,
    a.primary,
    a.secondary {
      border-color: ButtonText;
    }
    input:not([type='checkbox'], [type='radio']),
    textarea,
    select,
    progress {
      border-color: CanvasText;
    }
    input[aria-invalid='true'],
    textarea[aria-invalid='true'],
    select[aria-invalid='true'] {
      border-style: double;
      border-width: 4px;
    }
    .note,
    [part~='note'] {
      border-inline-start-color: CanvasText;
    }
    progress {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
`;
