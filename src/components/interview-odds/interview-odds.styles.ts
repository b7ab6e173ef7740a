import { css } from 'lit';

export const interviewOddsStyles = css`
  :host {
    --_box-shadow: var(--onward-interview-odds-shadow, var(--_shadow));
    --_box-padding: var(--onward-interview-odds-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-interview-odds-background, var(--_surface));
    container-type: inline-size;
  }

  [part~='base'] {
    display: inline-grid;
    /* One column that may be narrower than its widest content: long text wraps instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  .heading {
    margin: 0;
    font-size: var(--onward-interview-odds-heading-size, 1.125rem);
    font-weight: 650;
    line-height: 1.3;
  }

  [part~='figure'] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: min(var(--_space), 2.5cqi);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent-soft);
  }

  .value {
    font-size: var(--onward-interview-odds-figure-size, 2.25rem);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  .caption {
    color: var(--_muted);
    font-weight: 500;
  }

  [part~='message'] {
    margin: 0;
    color: var(--_text);
    max-inline-size: 65ch;
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='figure'] {
      border: 1px solid CanvasText;
    }
  }

  /* The plain count leads, as words; the share is a quiet line. Still inline-level (a page's text-decoration does not
     reach inside), but as wide as its host, for the note field. */
  [part~='base'] {
    inline-size: 100%;
    box-sizing: border-box;
  }

  [part~='figure'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
  }

  .value {
    font-size: var(--onward-interview-odds-figure-size, 1.125rem);
    line-height: 1.35;
    font-variant-numeric: normal;
  }

  /* "One thing that went well": the field, its Save button and its status line come from the design system. */
  .note-field {
    max-inline-size: 65ch;
  }

  .note-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  [part~='note-status']:empty {
    display: none;
  }

  /* On a narrow element (a phone, or large text) the figure drops its tinted box, so the count keeps its words whole. */
  @container (max-width: 24rem) {
    [part~='figure'] {
      padding-inline: 0;
      background: none;
    }
  }
`;
