import { css } from 'lit';

export const similarRolesStyles = css`
  :host {
    --_box-shadow: var(--onward-similar-roles-shadow, var(--_shadow));
    --_box-padding: var(--onward-similar-roles-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-similar-roles-background, var(--_surface));
  }

  [part~='base'] {
    display: inline-grid;
    /* One column that may be narrower than its widest content: long text wraps instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  [part~='heading'] {
    margin: 0;
    font-size: var(--onward-similar-roles-heading-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
  }

  [part~='heading']:focus {
    outline: none;
  }

  [part~='heading']:focus-visible {
    outline: var(--_focus-ring);
  }

  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  [part~='item'] {
    padding-block: calc(var(--_space) * 0.5);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }

  [part~='item']:first-child {
    border-block-start: none;
    padding-block-start: 0;
  }

  [part~='link'] {
    display: block;
    min-block-size: 1.5rem;
    padding-block: 0.25rem;
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  [part~='link']:hover {
    text-decoration-thickness: 2px;
  }

  /* A word in a pill, not a colour: the label reads the same in forced colours and to a screen reader. */
  [part~='new'] {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 3);
    color: var(--_accent);
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.5;
  }

  [part~='meta'] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  [part~='status'] {
    margin: 0;
    color: var(--_text);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .actions:empty {
    display: none;
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    [part~='new'] {
      color: CanvasText;
    }
  }

  /* Keeping roles: a "Keep" toggle (a secondary button; its label says "Kept ✓" once pressed) under each role, and the
     "Roles you kept" list. */
  [part~='keep'] {
    margin-block-start: 0.25rem;
  }

  [part~='kept'] {
    display: grid;
    gap: 0.5rem;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }

  .kept-heading {
    margin: 0;
    font-size: 1rem;
  }

  [part~='kept-list'] {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  [part~='kept-list'] a {
    color: var(--_accent);
    font-weight: 600;
  }

  .kept-where {
    color: var(--_muted);
  }

  [part~='kept-note']:empty {
    display: none;
  }
`;
