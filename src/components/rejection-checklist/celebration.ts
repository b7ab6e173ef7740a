import { css, svg } from 'lit';

/**
 * The one completion pattern the checklist and the path share: a calm card with a drawn tick, shown where the
 * candidate finished (after the group or step they just completed), brought into view without moving focus, and with
 * motion only when `prefers-reduced-motion` allows it.
 */
export const celebrationArt = svg`
  <circle class="ring" cx="24" cy="24" r="15" />
  <path class="tick" d="M17 24.5l5 5 9-10" />
  <g class="sparks">
    <circle cx="24" cy="3.5" r="1.75" /><circle cx="42" cy="13" r="1.75" /><circle cx="42" cy="35" r="1.75" />
    <circle cx="24" cy="44.5" r="1.75" /><circle cx="6" cy="35" r="1.75" /><circle cx="6" cy="13" r="1.75" />
  </g>`;

/** True when the candidate has not asked for less motion. */
export function motionAllowed(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: no-preference)').matches;
}

/**
 * Brings a just-shown completion card into view, at the place the candidate finished: the least scrolling that shows
 * it, smooth only when motion is allowed. Focus stays where it is (on the control they just used).
 */
export function revealCelebration(card: Element | null | undefined): void {
  if (!card || typeof card.scrollIntoView !== 'function') return;
  card.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: motionAllowed() ? 'smooth' : 'auto' });
}

/** Styles of `[part~='celebration']`: the checklist's card, also used by the path's finish. */
export const celebrationStyles = css`
  /* The shared completion card (issue 10). */
  [part~='celebration'] {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_success) 10%, var(--_surface));
    scroll-margin-block: 1.5rem;
  }
  [part~='celebration'][hidden] {
    display: none;
  }
  [part~='celebration'] .celebration-text {
    display: grid;
    gap: 0.375rem;
    min-inline-size: 0;
  }
  [part~='celebration'] p,
  [part~='celebration'] ul {
    margin: 0;
  }
  [part~='celebration'] > svg {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    color: var(--_success);
    overflow: visible;
  }
  [part~='celebration'] .ring,
  [part~='celebration'] .tick {
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='celebration'] .ring {
    stroke-width: 2.5;
  }
  [part~='celebration'] .tick {
    stroke-width: 3;
  }
  [part~='celebration'] .sparks {
    fill: currentColor;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='celebration']:not([hidden]) .tick {
      stroke-dasharray: 22;
      stroke-dashoffset: 22;
      animation: onward-celebration-tick 450ms 150ms ease-out forwards;
    }
    [part~='celebration']:not([hidden]) .sparks circle {
      transform-box: fill-box;
      transform-origin: center;
      animation: onward-celebration-spark 900ms 300ms ease-out both;
    }
  }
  @keyframes onward-celebration-tick {
    to {
      stroke-dashoffset: 0;
    }
  }
  @keyframes onward-celebration-spark {
    0% {
      opacity: 0;
      transform: scale(0);
    }
    50% {
      opacity: 1;
      transform: scale(1.6);
    }
    100% {
      opacity: 0.7;
      transform: scale(1);
    }
  }
  @media (forced-colors: active) {
    [part~='celebration'] {
      border-color: CanvasText;
    }
  }
`;
