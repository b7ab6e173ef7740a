import { css } from 'lit';

/**
 * The card surface most elements share: padding, background, a soft shadow and rounded corners on the `base` part.
 * Each element points `--_box-padding`, `--_box-background` and `--_box-shadow` at its own public knobs.
 */
export const boxStyles = css`
  :host {
    --_box-padding: calc(var(--_space) * 1.25);
    --_box-background: var(--_surface);
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.06);
    --_box-shadow: var(--_shadow);
  }

  [part~='base'] {
    padding: var(--_box-padding);
    background: var(--_box-background);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    box-shadow: var(--_box-shadow);
  }
`;
