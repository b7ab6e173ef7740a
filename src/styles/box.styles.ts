import { css } from 'lit';
import { inContainer } from './in-container.js';

/**
 * The card surface most elements share: padding, background, a soft shadow and rounded corners on the `base` part.
 * Each element points `--_box-padding`, `--_box-background` and `--_box-shadow` at its own public knobs.
 *
 * On a narrow screen the padding shrinks with the width (at most 5% of the container on each side, or of the viewport
 * when there is no size container), so large text keeps the room. Inside the recovery path a tool opens on its step's
 * own surface: the path sets `--_nested-box-padding`, `--_nested-box-background`, `--_nested-box-shadow` and
 * `--_nested-box-border` on the tool, which then draws no box of its own.
 */
export const boxStyles = css`
  :host {
    --_box-padding: calc(var(--_space) * 1.25);
    --_box-background: var(--_surface);
    --_box-shadow: var(--_shadow);
  }

  [part~='base'] {
    padding: var(--_nested-box-padding, min(var(--_box-padding), 5svw));
    background: var(--_nested-box-background, var(--_box-background));
    border: var(--_nested-box-border, 1px solid transparent);
    border-radius: var(--_radius);
    box-shadow: var(--_nested-box-shadow, var(--_box-shadow));
  }

  ${inContainer(css`
    [part~='base'] {
      padding: var(--_nested-box-padding, min(var(--_box-padding), 5cqi));
    }
  `)}
`;
