import { css } from 'lit';

export const learningPlanStyles = css`
  :host {
    --_box-shadow: var(--onward-learning-plan-shadow, var(--_shadow));
    --_box-padding: var(--onward-learning-plan-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-learning-plan-background, var(--_surface));
    container-type: inline-size;
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

  .form-heading {
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
    line-height: 1.3;
  }

  [part~='heading'] {
    margin: 0;
    font-size: var(--onward-learning-plan-heading-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
  }

  .intro,
  .hint,
  .progress,
  .meta,
  [part~='empty'] {
    color: var(--_muted);
  }

  .hint,
  .meta,
  .progress,
  .suggestions-label {
    font-size: 0.9375rem;
  }

  [part~='empty'] {
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: center;
  }

  [part~='list'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='goal'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 0.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  [part~='goal'].done {
    border-color: var(--_success);
  }

  .goal-main {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    cursor: pointer;
  }

  .check input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .skill {
    font-weight: 600;
  }

  .done .skill {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding-inline-start: 2.125rem;
    padding-block-end: 0.25rem;
  }

  .resource {
    color: var(--_accent);
    color: color-mix(in srgb, var(--_accent) 75%, var(--_text));
    font-weight: 600;
    text-underline-offset: 0.15em;
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }

  .goal-actions,
  .form-actions,
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  [part~='form'],
  .edit fieldset {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  [part~='form'] {
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }

  .edit {
    flex: 1 1 100%;
    padding-block: 0.25rem;
  }

  /* A group only for its name ("Edit …"): no frame of its own. */
  .edit fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  input[type='text'],
  input[type='date'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }

  input[type='date'] {
    max-inline-size: 14rem;
  }

  input[aria-invalid='true'] {
    border: 2px solid currentColor;
  }

  .error {
    font-weight: 600;
    color: var(--_text);
  }

  .error:not(:empty)::before {
    content: '';
    display: inline-block;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin-inline-end: 0.5rem;
    border-radius: 50%;
    background: currentColor;
    vertical-align: middle;
  }

  .error:empty,
  .soft-limit:empty,
  .note:empty {
    display: none;
  }

  .soft-limit,
  .note {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_accent-soft);
    color: var(--_text);
  }

  .suggestions {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-start: 0.25rem;
  }

  .suggestions-label {
    color: var(--_muted);
  }

  .suggestions ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
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

  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .secondary,
  .suggestion {
    background: var(--_accent-soft);
    color: var(--_text);
    border: 2px solid var(--_accent);
  }

  .suggestion {
    text-align: start;
  }

  .quiet {
    background: transparent;
    color: var(--_text);
    border: 1px solid var(--_border);
  }

  .secondary:hover,
  .suggestion:hover,
  .quiet:hover {
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
  }

  [part~='form'] .form-actions .primary {
    align-self: flex-start;
  }

  /* Phones: the goal's buttons sit under its text, at full width. */
  @container (max-width: 24rem) {
    [part~='base'] {
      padding: var(--onward-learning-plan-padding, var(--_space));
    }
    [part~='goal'] {
      padding-inline: 0.5rem;
    }
    .goal-actions {
      flex: 1 1 100%;
    }
    .goal-actions button {
      flex: 1 1 0;
    }
    input[type='date'] {
      max-inline-size: none;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='goal'] {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }

  @media print {
    [part~='base'] {
      box-shadow: none;
      border-color: #000;
    }
    [part~='form'],
    [part~='actions'],
    .goal-actions,
    .note {
      display: none !important;
    }
  }
`;
