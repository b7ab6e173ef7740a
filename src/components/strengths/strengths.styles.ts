import { css } from 'lit';

export const strengthsStyles = css`
  :host {
    --_box-shadow: var(--onward-strengths-shadow, var(--_shadow));
    --_box-padding: var(--onward-strengths-padding, calc(var(--_space) * 1.25));
    --_box-background: var(--onward-strengths-background, var(--_surface));
    --_card-background: var(--onward-strengths-card-background, var(--_accent-soft));
  }

  [part~='base'] {
    display: inline-flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  [hidden] {
    display: none !important;
  }

  p {
    margin: 0;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.3;
    font-weight: 650;
  }

  [part~='heading'] {
    font-size: var(--onward-strengths-heading-size, 1.125rem);
  }

  .intro,
  [part~='prompt'],
  .card-hint {
    color: var(--_muted);
  }

  .fields {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }

  /* The "another question" link keeps its own width under the field. */
  [part~='field'] {
    justify-items: start;
  }

  [part~='prompt'] {
    font-size: 0.9375rem;
  }

  textarea {
    min-block-size: 4.5rem;
    field-sizing: content;
    max-block-size: 16rem;
  }

  [part~='card'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: min(var(--_space), 4cqi);
    background: var(--_card-background);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }

  [part~='card'] h2,
  [part~='card'] h3,
  [part~='card'] h4,
  [part~='card'] h5,
  [part~='card'] h6 {
    font-size: 1rem;
  }

  .card-list {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }

  .card-list li {
    white-space: pre-line;
  }

  .card-hint {
    font-size: 0.9375rem;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    [part~='base'],
    [part~='card'] {
      border: 1px solid CanvasText;
    }
  }

  /* Printing: only the card, in black on white, with no buttons or fields. */
  @media print {
    [part~='base'] {
      box-shadow: none;
      padding: 0;
      background: none;
    }
    .intro,
    .fields,
    [part~='actions'],
    .card-hint,
    .note,
    .announcer {
      display: none !important;
    }
    [part~='card'] {
      color: #000;
      background: none;
      border: 1px solid #000;
      border-inline-start-width: 4px;
      break-inside: avoid;
    }
  }
`;
