import { css } from 'lit';

export const strengthsStyles = css`
  :host {
    --_box-shadow: var(--onward-strengths-shadow, var(--_shadow));
    --_box-padding: var(--onward-strengths-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-strengths-background, var(--_surface));
    --_card-background: var(--onward-strengths-card-background, var(--_accent-soft));
  }

  [part~='base'] {
    display: inline-flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  [hidden] {
    display: none !important;
  }

  p {
    margin: 0;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.3;
    font-weight: 650;
  }

  [part~='heading'] {
    font-size: var(--onward-strengths-heading-size, 1.125rem);
  }

  .intro,
  [part~='prompt'],
  .card-hint {
    color: var(--_muted);
  }

  .fields {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }

  [part~='field'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  [part~='prompt'] {
    font-size: 0.9375rem;
  }

  textarea {
    inline-size: 100%;
    min-block-size: 4.5rem;
    field-sizing: content;
    max-block-size: 16rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    resize: vertical;
  }

  button {
    /* Break a word only when it cannot fit on a line of its own (never "Remov-e" in a narrow row). */
    overflow-wrap: break-word;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    font: inherit;
    font-weight: 600;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .another {
    /* At least 24 px even where the page sets html { font-size: 62.5% }. */
    min-block-size: max(2.25rem, 24px);
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    background: transparent;
    color: var(--_text);
    border: 1px solid transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    font-size: 0.9375rem;
  }

  .another:hover {
    background: var(--_accent-soft);
  }

  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .secondary {
    background: transparent;
    color: var(--_text);
    border: 2px solid var(--_accent);
  }

  .secondary:hover {
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
  }

  [part~='card'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: calc(var(--_space) * 1);
    background: var(--_card-background);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }

  [part~='card'] h2,
  [part~='card'] h3,
  [part~='card'] h4,
  [part~='card'] h5,
  [part~='card'] h6 {
    font-size: 1rem;
  }

  .card-list {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }

  .card-list li {
    white-space: pre-line;
  }

  .card-hint {
    font-size: 0.9375rem;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .note:empty {
    display: none;
  }

  .note {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_accent-soft);
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='card'] {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }

  /* Printing: only the card, in black on white, with no buttons or fields. */
  @media print {
    [part~='base'] {
      box-shadow: none;
      padding: 0;
      background: none;
    }
    .intro,
    .fields,
    [part~='actions'],
    .card-hint,
    .note,
    .announcer {
      display: none !important;
    }
    [part~='card'] {
      color: #000;
      background: none;
      border: 1px solid #000;
      border-inline-start-width: 4px;
      break-inside: avoid;
    }
  }
`;
