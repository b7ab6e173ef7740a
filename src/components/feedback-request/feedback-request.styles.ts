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

  /* Stacked on a phone; the form and the preview side by side when the element has room. */
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
    padding: min(calc(var(--_space) * 0.75), 3cqi);
    border-radius: var(--_control-radius);
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
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

  /* The track and fill of the design system's progress bar (a <progress> cannot change colour with the level). */
  .bar {
    display: block;
    block-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_accent-soft);
    overflow: hidden;
  }

  .fill {
    display: block;
    block-size: 100%;
    max-inline-size: 100%;
    border-radius: inherit;
    background: var(--_success);
    transition: inline-size 0.3s ease-out;
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

  /* The error sign of the design system, seen and never read out. */
  [data-level='over'] .readiness::before {
    content: '⚠ ';
    content: '⚠ ' / '';
    color: var(--_over);
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part~='status'] {
    margin: 0;
    font-size: 0.875rem;
  }

  @media (forced-colors: active) {
    [part~='body'] {
      border-color: CanvasText;
    }
    .bar {
      border-color: CanvasText;
      background: Canvas;
    }
    .fill {
      background: Highlight;
    }
    [part~='hint'].shown {
      border-inline-start-color: Highlight;
    }
  }
`;
