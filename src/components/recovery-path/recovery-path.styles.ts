import { css } from 'lit';

export const recoveryPathStyles = css`
  :host {
    --_path-gap: var(--onward-recovery-path-gap, var(--_space));
    --_path-line: var(--onward-recovery-path-line-color, var(--_border));
    --_panel-background: var(--onward-recovery-path-panel-background, var(--_surface));
    container-type: inline-size;
  }

  [part~='base'] {
    display: inline-grid;
    gap: calc(var(--_path-gap) * 1.25);
    max-inline-size: var(--onward-recovery-path-max-width, 56rem);
    padding: var(--onward-recovery-path-padding, clamp(0.75rem, 3vw, 2rem));
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

  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_success);
    border-radius: 999px;
    transition: inline-size 0.3s ease;
  }
  progress::-moz-progress-bar {
    background: var(--_success);
  }

  [part~='note'] {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: calc(var(--_radius) * 0.5);
  }
  [part~='note']:empty {
    display: none;
  }

  [part~='steps'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_path-gap);
  }

  [part~='step'] {
    position: relative;
    display: grid;
    gap: 0.5rem;
  }

  /* A quiet line that joins the steps into one path. */
  [part~='step']:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block-end: calc(var(--_path-gap) * -1);
    inset-inline-start: calc(var(--onward-step-card-padding, 1.25rem) + 1.25rem - 1px);
    block-size: var(--_path-gap);
    border-inline-start: 2px dashed var(--_path-line);
  }

  .tool-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: calc(var(--_radius) * 0.75);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tool-toggle[aria-expanded='true'] {
    background: transparent;
    color: var(--_text);
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

  [part~='panel'] {
    padding: var(--onward-recovery-path-panel-padding, var(--_space));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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

  @container (max-width: 30rem) {
    [part~='panel'] {
      padding: calc(var(--_space) * 0.5);
    }
  }

  @media (forced-colors: active) {
    .tool-toggle {
      border-color: ButtonText;
    }
    progress {
      border-color: CanvasText;
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
