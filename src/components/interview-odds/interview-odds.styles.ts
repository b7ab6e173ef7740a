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

  /* Honest figure and the candidate's note (issue 10): the plain count leads, as words; the share is a quiet line. */
  /* Still inline-level (a page's text-decoration does not reach inside), but as wide as its host, for the note field. */
  [part~='base'] {
    inline-size: 100%;
    box-sizing: border-box;
  }
  [part~='figure'] {
    display: grid;
    gap: 0.25rem;
  }
  .value {
    font-size: var(--onward-interview-odds-figure-size, 1.25rem);
    line-height: 1.35;
    font-variant-numeric: normal;
  }
  .note-field {
    display: grid;
    gap: 0.375rem;
    max-inline-size: 65ch;
  }
  .note-field label {
    font-weight: 600;
  }
  .note-field .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .note-field textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 3.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }
  .note-field textarea:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .note-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  [part~='note-save'] {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='note-save']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [part~='note-status'] {
    margin: 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .note-field textarea,
    [part~='note-save'] {
      border-color: ButtonText;
    }
  }
`;
