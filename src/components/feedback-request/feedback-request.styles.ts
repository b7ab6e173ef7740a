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

  /* One column: the note and its actions, then "Edit details" (or the other way round while the note needs a detail). */
  [part~='base'] {
    display: inline-grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
    padding: var(--onward-feedback-request-padding, var(--_space));
    border-radius: var(--_radius);
    background: var(--onward-feedback-request-background, var(--_surface));
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
  [part~='meter'][data-level='over']::before {
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

  [part~='meter'] {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    font-size: 0.875rem;
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
    [part~='hint'].shown {
      border-inline-start-color: Highlight;
    }
  }

  /* --- The note first (issue 10) ------------------------------------------------------------------------------------
   * The note is a real text area with the send action under it; the details fold into "Edit details" below it.
   * Provisional looks for the shared button classes (.secondary, .quiet) until the shared stylesheet covers them. */
  [part~='body'],
  #note-subject {
    inline-size: 100%;
    box-sizing: border-box;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_field-background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    overflow-wrap: break-word;
  }

  [part~='body'] {
    display: block;
    min-block-size: 12lh;
    resize: vertical;
    field-sizing: content;
  }

  .subject-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .subject-row input {
    flex: 1 1 16ch;
    min-inline-size: 0;
  }

  [part~='meter'],
  [part~='readiness'] {
    margin: 0;
    font-size: 0.875rem;
  }

  [part~='meter'] {
    color: var(--_muted);
  }

  [part~='meter'][data-level='over'] {
    color: var(--_text);
  }

  [part~='readiness'] {
    font-weight: 650;
  }

  /* A tick that is seen, not read out: the words say it already. */
  [part~='readiness'][data-ready='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
    color: var(--_accent);
  }

  /* The Copy button keeps one size: the label it is not showing sits invisibly in the same grid cell. */
  .copy {
    display: inline-grid;
    place-items: center;
  }

  .copy-label,
  .copy::after {
    grid-area: 1 / 1;
  }

  .copy::after {
    content: attr(data-alt);
    content: attr(data-alt) / '';
    visibility: hidden;
  }

  [part~='action'].quiet,
  button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  [part~='rebuild'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }

  [part~='rebuild'] button {
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  /* The content of a details element sits in its built-in slot, which the host reset cannot reach: set box-sizing
     again here, so every field inside inherits border-box and fits. */
  [part~='details'] {
    min-inline-size: 0;
  }

  [part~='form'] {
    box-sizing: border-box;
  }

  [part~='details'] > summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    font-weight: 650;
    cursor: pointer;
    list-style: none;
  }

  [part~='details'] > summary::-webkit-details-marker {
    display: none;
  }

  /* The disclosure triangle, turned by the logical direction (points to the text's end when closed). */
  [part~='details'] > summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  [part~='details'][open] > summary::before {
    transform: rotate(45deg);
  }

  /* The logical borders mirror the corner in right-to-left, so the turns mirror too. */
  [dir='rtl'] [part~='details'] > summary::before {
    transform: rotate(45deg);
  }

  [dir='rtl'] [part~='details'][open] > summary::before {
    transform: rotate(-45deg);
  }

  [part~='details'] > summary:focus-visible {
    border-radius: calc(var(--_radius) * 0.4);
  }

  [part~='details'][open] > summary {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='details'] > summary::before {
      transition: transform 0.15s ease;
    }
  }

  /* Words wrap whole; only a word longer than the line breaks. */
  [part~='preview'],
  [part~='details'] {
    overflow-wrap: break-word;
  }

  /* On a narrow element (or at large text sizes) the nested boxes drop their padding (the note its tinted box, the
     fieldsets their frame), so the fields keep their width. */
  @container (max-width: 30rem) {
    [part~='base'] {
      padding-inline: calc(var(--_space) * 0.5);
    }

    [part~='preview'] {
      padding: 0;
      background: none;
    }

    fieldset {
      padding-inline: 0;
      padding-block-end: 0;
      border: 0;
    }

    legend {
      padding-inline: 0;
    }
  }

  input:not([type='radio'], [type='checkbox']),
  select {
    min-inline-size: 0;
  }

  [part~='action'].quiet {
    padding-inline: 0.25rem;
  }
`;
