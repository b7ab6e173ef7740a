import { svg, type SVGTemplateResult } from 'lit';
import type { StepPreset } from './step-card.types.js';

/** One calm line icon per step (24×24, stroke follows `currentColor`). */
export const stepIcons: Record<StepPreset, SVGTemplateResult> = {
  // A star: you stood out.
  interview: svg`<path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8L12 16.8l-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z"/>`,
  // A speech bubble: ask.
  feedback: svg`<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9.5h8M8 12.5h5"/>`,
  // A magnifier: search.
  search: svg`<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>`,
  // An open book: learn.
  learn: svg`<path d="M3 5.5c3-1 6-1 9 1 3-2 6-2 9-1v13c-3-1-6-1-9 1-3-2-6-2-9-1z"/><path d="M12 6.5v13"/>`,
  // A sprout: keep growing.
  believe: svg`<path d="M12 21v-9"/><path d="M12 12c0-4 3-6.5 7-6.5 0 4-3 6.5-7 6.5z"/><path d="M12 14c0-3-2.5-5-6-5 0 3 2.5 5 6 5z"/>`
};
