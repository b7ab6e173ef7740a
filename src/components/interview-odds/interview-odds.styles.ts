import { css } from 'lit';

export const interviewOddsStyles = css`
  :host {
    --_box-shadow: var(--onward-interview-odds-shadow, var(--_shadow));
    --_box-padding: var(--onward-interview-odds-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-interview-odds-background, var(--_surface));
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
    padding-inline: min(var(--_space), 4cqi);
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
`;
