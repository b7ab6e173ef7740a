import { css } from 'lit';

export const rejectionChecklistStyles = css`
  :host {
    --_box-shadow: var(--onward-rejection-checklist-shadow, var(--_shadow));
    --_box-padding: var(--onward-rejection-checklist-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-rejection-checklist-background, var(--_surface));
    --_row: var(--onward-rejection-checklist-row-height, 2.75rem);
    --_checkbox-size: var(--onward-rejection-checklist-checkbox-size, 1.5rem);
    --_progress: var(--onward-rejection-checklist-progress-color, var(--_success));
    --_row-padding-inline: 0.5rem;
    --_row-gap: 0.75rem;
    container-type: inline-size;
  }

  [part~='base'] {
    display: inline-flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.875);
  }

  [part~='heading'] {
    margin: 0;
    font-size: var(--onward-rejection-checklist-heading-size, 1.25rem);
    font-weight: 650;
    line-height: 1.3;
  }

  /* Progress */
  [part~='progress'] {
    display: grid;
    gap: 0.375rem;
  }

  [part~='progress-text'] {
    font-weight: 600;
    font-size: 0.9375rem;
  }

  [part~='message']:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    margin: 0;
    padding: 0;
    border: 0;
  }

  [part~='message'] {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  /* Groups and items */
  [part~='group'] {
    display: grid;
    gap: 0.25rem;
  }

  [part~='group-heading'] {
    margin: 0;
    font-size: 1rem;
    font-weight: 650;
    line-height: 1.4;
    color: var(--_text);
  }

  [part~='list'] {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='item'] {
    display: grid;
    padding-block-end: 0.125rem;
  }

  [part~='label'] {
    display: flex;
    align-items: flex-start;
    gap: var(--_row-gap);
    min-block-size: var(--_row);
    padding-block: calc((var(--_row) - 1.5em) / 2);
    padding-inline: var(--_row-padding-inline);
    border-radius: var(--_control-radius);
    cursor: pointer;
  }

  [part~='label']:hover {
    background: var(--_accent-soft);
  }

  [part~='checkbox'] {
    margin-block-start: calc((1.5em - var(--_checkbox-size)) / 2);
  }

  [part~='item-label'] {
    flex: 1;
    min-inline-size: 0;
  }

  [data-checked] [part~='item-label'] {
    color: var(--_muted);
  }

  [part~='description'],
  [part~='due'] {
    margin: 0;
    margin-block-start: -0.375rem;
    padding-block-end: 0.25rem;
    padding-inline-start: calc(var(--_row-padding-inline) + var(--_checkbox-size) + var(--_row-gap));
    padding-inline-end: var(--_row-padding-inline);
    font-size: 0.875rem;
    line-height: 1.45;
    color: var(--_muted);
  }

  [part~='description'] + [part~='due'] {
    margin-block-start: 0;
  }

  [part~='due'] {
    font-size: 0.8125rem;
    font-weight: 600;
  }

  /* All done: the card, its drawing and its motion are the shared completion pattern (celebration.ts). */
  [part~='celebration'] p {
    font-weight: 600;
  }

  [part~='confirm'][hidden] {
    display: none;
  }

  /* Actions */
  [part~='actions'],
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  [part~='reset'] {
    margin-inline-start: auto;
  }

  [part~='confirm'] {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }

  [part~='confirm'] p {
    margin: 0 0 0.625rem;
    font-weight: 600;
  }

  .copy-fallback {
    min-block-size: 8rem;
  }

  /* A phone, or a tight column: buttons take the full width, one per row. */
  @container (max-width: 24rem) {
    [part~='base'] {
      --_box-padding: var(--onward-rejection-checklist-padding, calc(var(--_space) * 0.875));
      --_row-padding-inline: 0.25rem;
    }
    [part~='actions'] button,
    .confirm-buttons button {
      flex: 1 1 100%;
    }
    [part~='reset'] {
      margin-inline-start: 0;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='celebration'],
    [part~='confirm'] {
      border-color: CanvasText;
    }
    [part~='label']:hover {
      background: transparent;
    }
  }
`;
