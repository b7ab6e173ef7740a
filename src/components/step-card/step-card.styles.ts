import { css } from 'lit';
import { inContainer } from '../../styles/in-container.js';

export const stepCardStyles = css`
  :host {
    --_box-shadow: var(--onward-step-card-shadow, var(--_shadow));
    --_box-padding: var(--onward-step-card-padding, calc(var(--_space) * 1.25));
    --_card-gap: var(--onward-step-card-gap, calc(var(--_space) * 0.75));
    --_box-background: var(--onward-step-card-background, var(--_surface));
    --_icon-size: var(--onward-step-card-icon-size, 2.5rem);
  }

  /*
   * The icon and the text sit side by side; in a narrow card (a phone, a tight column) the text wraps below the icon.
   * Flex wrapping does this without a container query, which costs layout time on a page of many cards.
   */
  [part~='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: flex-start;
    align-content: flex-start;
    /* Longhands: a var() in a shorthand is substituted and parsed again for each of its longhands. */
    row-gap: calc(var(--_card-gap) * 0.5);
    column-gap: var(--_card-gap);
    block-size: 100%;
  }

  .content {
    flex: 1 1 15rem;
    min-inline-size: 0;
    display: grid;
    row-gap: calc(var(--_card-gap) * 0.5);
  }

  :host([status='done']) [part~='base'] {
    border-color: var(--_success);
  }

  /* A phone: the icon sits beside the "Step N" badge (the heading's first line), and the text takes the full width. */
  @media (max-width: 37.5em) {
    [part~='base'] {
      position: relative;
    }
    [part~='icon'] {
      position: absolute;
      inset-block-start: var(--_nested-box-padding, min(var(--_box-padding), 5svw));
      inset-inline-start: var(--_nested-box-padding, min(var(--_box-padding), 5svw));
    }
    ${inContainer(css`
      [part~='icon'] {
        inset-block-start: var(--_nested-box-padding, min(var(--_box-padding), 5cqi));
        inset-inline-start: var(--_nested-box-padding, min(var(--_box-padding), 5cqi));
      }
    `)}
    .content {
      flex-basis: 100%;
    }
    [part~='heading'] > :first-child {
      display: flex;
      align-items: center;
      min-block-size: var(--_icon-size);
      padding-inline-start: calc(var(--_icon-size) + var(--_card-gap));
    }
  }

  :host([variant='outlined']) [part~='base'] {
    box-shadow: none;
    border-color: var(--_border);
  }

  :host([variant='compact']) {
    --_box-padding: var(--onward-step-card-padding, calc(var(--_space) * 0.75));
    --_icon-size: var(--onward-step-card-icon-size, 2rem);
  }

  /* A flex box rather than a grid to centre the one icon: the same place, and a grid's track sizing costs every card. */
  [part~='icon'] {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    border-radius: 50%;
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  :host([status='done']) [part~='icon'] {
    color: var(--_success);
  }

  [part~='icon'] svg {
    inline-size: 60%;
    block-size: 60%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [part~='heading'] {
    margin: 0;
    font-size: var(--onward-step-card-heading-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  :host([variant='compact']) [part~='heading'] {
    font-size: var(--onward-step-card-heading-size, 1rem);
  }

  [part~='badge'] {
    align-self: flex-start;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }

  [part~='body'] {
    color: var(--_text);
  }

  [part~='body'] p {
    margin: 0;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-start: 0.25rem;
  }

  [part~='actions'][hidden] {
    display: none;
  }

  [part~='toggle'] .check {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 4px;
    border: 2px solid currentColor;
    display: inline-grid;
    place-items: center;
  }

  [part~='toggle'][aria-pressed='true'] .check {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_surface);
  }

  .check svg {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
    visibility: hidden;
  }

  [aria-pressed='true'] .check svg {
    visibility: visible;
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    [part~='toggle'][aria-pressed='true'] .check {
      background: Highlight;
    }
  }

  /* Done, where the candidate is (issue 10): the toggle reads "Done ✓" (the ✓ is in the words, so the box goes), and a
     done, checkable card settles into a compact state until it is unticked or opened again. */
  [part~='toggle'][aria-pressed='true'] .check {
    display: none;
  }
  :host([checkable][status='done']:not([open])) {
    --_box-padding: var(--onward-step-card-padding, calc(var(--_space) * 0.75));
  }
  :host([checkable][status='done']:not([open])) [part~='body'] {
    display: none;
  }
  ::slotted([slot='panel']) {
    flex: 1 1 100%;
    min-inline-size: 0;
  }
`;
