import { css } from 'lit';

export const recoveryPathStyles = css`
  :host {
    --_path-gap: var(--onward-recovery-path-gap, var(--_space));
    --_path-line: var(--onward-recovery-path-line-color, var(--_border));
    --_panel-background: var(--onward-recovery-path-panel-background, transparent);
    /* The step card's own padding (it shrinks with the width on a phone), so an opened tool lines up with the card. */
    --_card-padding: min(var(--onward-step-card-padding, calc(var(--_space) * 1.25)), 5cqi);
    container-type: inline-size;
  }

  [part~='base'] {
    display: inline-grid;
    /* One column that may be narrower than its widest content: long text wraps instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_path-gap) * 1.25);
    max-inline-size: var(--onward-recovery-path-max-width, 56rem);
    padding: var(--onward-recovery-path-padding, clamp(0.25rem, 3cqi, 2rem));
    background: var(--onward-recovery-path-background, var(--_surface));
    border-radius: var(--_radius);
  }

  [part~='header'] {
    display: grid;
    gap: 0.5rem;
  }

  [part~='heading'] {
    margin: 0;
    font-size: var(--onward-recovery-path-heading-size, 1.5rem);
    line-height: 1.25;
  }

  [part~='intro'] {
    margin: 0;
    color: var(--_muted);
  }

  [part~='progress'] {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.25rem;
    font-weight: 600;
  }

  [part~='steps'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_path-gap);
  }

  [part~='step'] {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    border-radius: var(--_radius);
  }

  /* A quiet line that joins the steps into one path, from under one step's icon to the next. */
  [part~='step']:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block-end: calc(var(--_path-gap) * -1);
    inset-inline-start: calc(var(--_card-padding) + var(--onward-step-card-icon-size, 2.5rem) / 2 - 1px);
    block-size: var(--_path-gap);
    border-inline-start: 2px dashed var(--_path-line);
  }

  .tool-toggle svg {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform 0.2s ease;
  }
  .tool-toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }

  /*
   * An opened step is one surface, like an accordion: the card and its tool share the card's background and shadow,
   * and the tool draws no box, shadow or padding of its own (path → card → tool, not a card in a panel in a card).
   */
  [part~='step']:has(> [part~='panel']:not([hidden])) {
    gap: 0;
    background: var(--onward-step-card-background, var(--_surface));
    box-shadow: var(--onward-step-card-shadow, var(--_shadow));
  }
  [part~='step']:has(> [part~='panel']:not([hidden])) > [part~='card'] {
    --_nested-box-shadow: none;
    --_nested-box-border: none;
  }

  [part~='panel'] {
    --_nested-box-padding: 0;
    --_nested-box-background: transparent;
    --_nested-box-shadow: none;
    --_nested-box-border: none;
    padding: var(--onward-recovery-path-panel-padding, var(--_card-padding));
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--_panel-background);
  }
  /* A line the height of a short tool, so the page does not jump twice while the tool loads. */
  .tool-loading {
    margin: 0;
    min-block-size: 4rem;
    color: var(--_muted);
  }
  [part~='panel'][hidden] {
    display: none;
  }
  [part~='panel']:focus-visible {
    outline: var(--_focus-ring);
  }

  @media (forced-colors: active) {
    [part~='step']:has(> [part~='panel']:not([hidden])) {
      border: 1px solid CanvasText;
    }
    [part~='panel'] {
      border-block-start-color: CanvasText;
    }
  }

  @media print {
    .tool-toggle,
    [part~='progress'] {
      display: none;
    }
  }

  /* One list (issue 10): the tool opens inside its step card, on the card's own surface, then the small actions for the
     week; the completion card comes after the step that finished the path. */
  [part~='panel'] {
    padding: 0;
    border: 0;
    background: transparent;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part~='panel'][hidden] {
    display: none;
  }
  .week {
    display: grid;
    gap: 0.375rem;
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .week-heading {
    margin: 0;
    font-weight: 600;
  }
  .week ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .week li {
    display: grid;
    gap: 0.125rem;
  }
  .week-detail,
  .week-when {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .celebration-title {
    font-weight: 650;
  }
  [part~='celebration'] ul {
    padding-inline-start: 1.25rem;
  }
`;
