/**
 * Two small React apps that embed Onward elements the way the framework guide (docs/frameworks.md) shows: with the
 * plain tags (React 19) and with the `onward-elements/react` wrappers (the React 18 way). `test/react-plugin.mjs`
 * bundles this file with esbuild when `test/react.test.ts` imports `./react/app.js`. `tsc` checks the JSX types here.
 */
import { createRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import '../../src/react/jsx.js';
import { RejectionChecklist, SimilarRoles, StepCard } from '../../src/react/index.js';
import type { OnwardRejectionChecklist } from '../../src/components/rejection-checklist/rejection-checklist.js';
import type { ChecklistItem } from '../../src/components/rejection-checklist/rejection-checklist.types.js';
import type { SimilarRole } from '../../src/core/jobs.js';

export const FIRST_ITEMS: ChecklistItem[] = [
  { id: 'call-mentor', label: 'Call your mentor', group: 'feedback' },
  { id: 'walk', label: 'Take a long walk' }
];
export const EXTRA_ITEM: ChecklistItem = { id: 'portfolio', label: 'Tidy one portfolio piece', dueInDays: 7 };
export const JOBS: SimilarRole[] = [
  { title: 'Product designer', url: '/jobs/101', company: 'Northwind', location: 'Berlin' },
  { title: 'UX researcher', url: '/jobs/102', location: 'Remote' }
];
/** Both apps hand their checklist to this ref, which gives the host the element (for `reset()`, `forget()`, `toText()`). */
export const checklistRef = createRef<OnwardRejectionChecklist>();

/** React 19: the plain tags. Objects go in as properties, `ononward-…` props listen to `onward-…` events. */
export function NativeApp() {
  const [items, setItems] = useState(FIRST_ITEMS);
  const [progress, setProgress] = useState('nothing yet');
  const [step, setStep] = useState('todo');
  return (
    <main>
      <onward-rejection-checklist
        ref={checklistRef}
        items={items}
        persist="none"
        heading-level={3}
        ononward-checklist-change={(event) => setProgress(`${event.detail.completed} of ${event.detail.total}`)}
      />
      <onward-similar-roles jobs={JOBS} job-title="UX designer" />
      <onward-step-card preset="feedback" step={2} checkable ononward-step-change={(event) => setStep(event.detail.status)} />
      <button type="button" onClick={() => setItems([...FIRST_ITEMS, EXTRA_ITEM])}>
        Add an item
      </button>
      <output id="progress">{progress}</output>
      <output id="step">{step}</output>
    </main>
  );
}

/** React 18 (and 19): the typed wrappers, `onX` props for `onward-x` events. */
export function WrapperApp() {
  const [items, setItems] = useState(FIRST_ITEMS);
  const [progress, setProgress] = useState('nothing yet');
  const [step, setStep] = useState('todo');
  return (
    <main>
      <RejectionChecklist
        ref={checklistRef}
        items={items}
        persist="none"
        headingLevel={3}
        onChecklistChange={(event) => setProgress(`${event.detail.completed} of ${event.detail.total}`)}
      />
      <SimilarRoles jobs={JOBS} jobTitle="UX designer" />
      <StepCard preset="feedback" step={2} checkable onStepChange={(event) => setStep(event.detail.status)} />
      <button type="button" onClick={() => setItems([...FIRST_ITEMS, EXTRA_ITEM])}>
        Add an item
      </button>
      <output id="progress">{progress}</output>
      <output id="step">{step}</output>
    </main>
  );
}

/** Renders an app into a fresh container synchronously; `unmount` removes both. */
export function mount(App: () => React.JSX.Element): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    }
  };
}

/** Never called: `tsc --noEmit` fails if the JSX types stop catching these mistakes. */
export function typeMistakes() {
  return (
    <>
      {/* @ts-expect-error status is todo or done */}
      <onward-step-card status="finished" />
      {/* @ts-expect-error items takes an array, not a JSON string, as a property */}
      <onward-rejection-checklist items="[]" />
      {/* @ts-expect-error the event's detail has no such field */}
      <onward-step-card ononward-step-change={(event) => event.detail.name} />
      {/* @ts-expect-error heading-level is a number */}
      <onward-strengths heading-level="two" />
      {/* @ts-expect-error the wrapper's status is todo or done */}
      <StepCard status="finished" />
      {/* @ts-expect-error the wrapper's event detail has no such field */}
      <RejectionChecklist onChecklistChange={(event) => event.detail.name} />
    </>
  );
}
