import { css } from 'lit';

export const feedbackRequestStyles = css`
  :host {
    --_gap: var(--onward-feedback-request-gap, var(--_space));
    --_field-background: var(--onward-feedback-request-field-background, var(--_surface));
    --_preview-background: var(--onward-feedback-request-preview-background, var(--_accent-soft));
    --_warn: var(--onward-feedback-request-warn-color, #9a5b00);
    --_over: var(--onward-feedback-request-over-color, var(--_error));
    container-type: inline-size;
  }

  :host([theme='dark']) {
    --_warn: var(--onward-feedback-request-warn-color, #f2b661);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_warn: var(--onward-feedback-request-warn-color, #f2b661);
    }
  }

  /* One column: the note and its actions, then "Edit details" (or the other way round while the note needs a detail). */
  [part~='base'] {
    display: inline-grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
    /* Narrow: the padding shrinks with the width; inside the recovery path, the step's own surface holds the tool. */
    padding: var(--_nested-box-padding, min(var(--onward-feedback-request-padding, var(--_space)), 5cqi));
    border-radius: var(--_radius);
    background: var(--_nested-box-background, var(--onward-feedback-request-background, var(--_surface)));
  }

  [part~='form'] {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
    box-sizing: border-box;
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 0.75);
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

  [part~='hint'] {
    margin: 0;
    font-size: 0.875rem;
  }

  [part~='hint'].shown {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_warn);
    border-radius: var(--_control-radius);
    background: var(--_accent-soft);
  }

  [part~='preview'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: min(var(--_space), 4cqi);
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

  /* The note: a real text area (the field look comes from the design system) that grows with its text. */
  [part~='body'],
  #note-subject {
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  [part~='body'] {
    display: block;
    min-block-size: 12lh;
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

  /* The error sign of the design system, seen and never read out. */
  [part~='meter'][data-level='over']::before {
    content: '⚠ ';
    content: '⚠ ' / '';
    color: var(--_over);
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

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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

  [part~='rebuild'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }

  [part~='status'] {
    margin: 0;
    font-size: 0.875rem;
  }

  /* "Edit details": the content of a details element sits in its built-in slot, which the host reset cannot reach. */
  [part~='details'] {
    min-inline-size: 0;
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
    border-radius: var(--_control-radius);
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

  /* On a narrow element (or at large text sizes) the note drops its tinted box, so the fields keep their width. */
  @container (max-width: 30rem) {
    [part~='preview'] {
      padding: 0;
      background: none;
    }
  }

  @media (forced-colors: active) {
    [part~='hint'].shown {
      border-inline-start-color: Highlight;
    }
  }
`;
