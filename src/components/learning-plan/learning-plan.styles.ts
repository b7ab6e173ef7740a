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
    padding-inline-start: calc(var(--_checkbox-size) + 0.625rem);
    padding-block-end: 0.25rem;
  }

  /* An address: the one place a long word may break anywhere. */
  .resource {
    overflow-wrap: anywhere;
    min-inline-size: 0;
    color: var(--_link);
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

  .soft-limit:empty {
    display: none;
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

  .suggestion {
    text-align: start;
  }

  .suggestions ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='form'] .form-actions .primary {
    align-self: flex-start;
  }

  /* Phones: the goal's buttons sit under its text. */
  @container (max-width: 24rem) {
    [part~='goal'] {
      padding-inline: 0.5rem;
    }
    .goal-actions {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='goal'] {
      border-color: CanvasText;
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
