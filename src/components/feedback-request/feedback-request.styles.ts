import { css } from 'lit';

export const feedbackRequestStyles = css`
  :host {
    --_gap: var(--onward-feedback-request-gap, var(--_space));
    --_field-background: var(--onward-feedback-request-field-background, var(--_surface));
    --_preview-background: var(--onward-feedback-request-preview-background, var(--_accent-soft));
    --_warn: var(--onward-feedback-request-warn-color, #9a5b00);
    --_over: var(--onward-feedback-request-over-color, #b3261e);
    container-type: inline-size;
  }

  :host([theme='dark']) {
    --_warn: var(--onward-feedback-request-warn-color, #f2b661);
    --_over: var(--onward-feedback-request-over-color, #ffb4ab);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_warn: var(--onward-feedback-request-warn-color, #f2b661);
      --_over: var(--onward-feedback-request-over-color, #ffb4ab);
    }
  }

  /* Stacked on a phone; the form and the preview side by side when the element has room. */
  [part~='base'] {
    display: inline-grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
    padding: var(--onward-feedback-request-padding, var(--_space));
    border-radius: var(--_radius);
    background: var(--onward-feedback-request-background, var(--_surface));
  }

  @container (min-width: 46rem) {
    [part~='base'] {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  [part~='form'] {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }

  fieldset {
    margin: 0;
    padding-block: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 650;
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 0.75);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-inline-size: 0;
  }

  .field label {
    font-weight: 600;
  }

  input:not([type='radio'], [type='checkbox']),
  select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_field-background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
  }

  input[aria-invalid='true'] {
    border-color: var(--_over);
    border-width: 2px;
  }

  .help,
  .error {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .error {
    color: var(--_text);
  }

  /*
   * The warning sign is seen, never read out: the text after the slash is its spoken form (nothing), so a screen reader
   * says "This does not look…", not "warning sign, This does not look…". The first line is for browsers without it.
   */
  .error::before,
  [data-level='over'] .readiness::before {
    content: '⚠ ';
    content: '⚠ ' / '';
    color: var(--_over);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  .choices.stacked {
    flex-direction: column;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  [part~='hint'] {
    margin: 0;
    font-size: 0.875rem;
  }

  [part~='hint'].shown {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_warn);
    border-radius: calc(var(--_radius) * 0.4);
    background: var(--_accent-soft);
  }

  [part~='preview'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_preview-background);
    min-inline-size: 0;
  }

  [part~='preview']:focus {
    outline: none;
  }

  [part~='heading'] {
    grid-column: 1 / -1;
    margin: 0;
    font-size: var(--onward-feedback-request-heading-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
  }

  .preview-label {
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
  }

  [part~='subject'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }

  .subject-label {
    color: var(--_muted);
    font-weight: 600;
  }

  .subject-text {
    flex: 1 1 12rem;
    font-weight: 600;
  }

  [part~='body'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  [part~='meter'] {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    font-size: 0.875rem;
  }

  .meter-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    justify-content: space-between;
  }

  .readiness {
    font-weight: 650;
  }

  .bar {
    display: block;
    block-size: 0.375rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_border) 35%, transparent);
    overflow: hidden;
  }

  .fill {
    display: block;
    block-size: 100%;
    max-inline-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: inline-size 0.2s ease;
  }

  [data-level='warn'] .fill {
    background: var(--_warn);
  }

  [data-level='over'] .fill {
    background: var(--_over);
  }

  [data-level='over'] .readiness {
    color: var(--_text);
  }


  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part~='action'],
  .small-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  [part~='action'].primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  [part~='action']:hover,
  .small-button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
  }

  [part~='action'].primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .small-button {
    min-block-size: 2.25rem;
    padding-inline: 0.75rem;
    font-size: 0.875rem;
  }

  .note,
  [part~='status'] {
    margin: 0;
    font-size: 0.875rem;
  }

  @media (forced-colors: active) {
    fieldset,
    input:not([type='radio'], [type='checkbox']),
    select,
    [part~='body'],
    [part~='action'],
    .small-button {
      border-color: CanvasText;
    }
    .fill {
      background: Highlight;
    }
    [part~='hint'].shown {
      border-inline-start-color: Highlight;
    }
  }
`;
