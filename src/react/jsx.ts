/**
 * JSX types for the plain `onward-*` tags in React 19, which sets props as element properties (when the element is
 * defined) and listens to custom events through `on<event-name>` props. Import it once, anywhere in a typed project:
 *
 * @example
 * import 'onward-elements/react-jsx';
 * <onward-rejection-checklist items={items} ononward-checklist-change={(event) => save(event.detail)} />
 *
 * Each tag takes its properties in camelCase (`storageKey`, `headingLevel`: React sets them as properties), its
 * attributes in kebab-case (`storage-key`, `heading-level`: set as attributes, and rendered by React's server renderer),
 * and one `ononward-…` prop per event. Register the elements (`import 'onward-elements'`) before React first renders them.
 * This module has no runtime code.
 *
 * A misspelt event prop (`ononward-step-chnage={(event) => …}`) is a compile error, because nothing gives its handler
 * an event type. TypeScript does not check a JSX prop with a dash in its name that a tag does not declare, though, so
 * a misspelt name given a handler declared elsewhere (`ononward-step-chnage={onChange}`) compiles: write handlers
 * inline, or use the wrappers of `onward-elements/react`, whose `onStepChange` props are checked by name.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OnwardFeedbackRequest } from '../define/feedback-request.js';
import type { OnwardInterviewOdds } from '../define/interview-odds.js';
import type { OnwardLearningPlan } from '../define/learning-plan.js';
import type { OnwardRecoveryPath } from '../define/recovery-path.js';
import type { OnwardRejectionChecklist } from '../define/rejection-checklist.js';
import type { OnwardSimilarRoles } from '../define/similar-roles.js';
import type { OnwardStepCard } from '../define/step-card.js';
import type { OnwardStrengths } from '../define/strengths.js';
import type { OnwardElement } from '../internal/onward-element.js';

/** A number attribute may be written as a number or as its text. */
type AttributeValue<T> = T extends number ? T | `${number}` : T;

/**
 * The JSX props of one Onward tag: `Props` are the element's writable properties, `Attributes` maps each kebab-case
 * attribute to its property, `Events` are the `onward-*` events it fires (as `on<event>` props).
 */
export type OnwardElementProps<
  E extends OnwardElement,
  Props extends keyof E,
  Attributes extends Record<string, Props> = Record<never, never>,
  Events extends keyof HTMLElementEventMap = never
> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, Props | 'theme'> &
  Partial<Pick<E, Props | 'theme'>> & { [A in keyof Attributes]?: AttributeValue<E[Attributes[A]]> } & {
    [N in Events as `on${N}`]?: (event: HTMLElementEventMap[N]) => void;
  };

/** Every Onward tag with its JSX props (also usable to type other JSX runtimes). */
export interface OnwardIntrinsicElements {
  'onward-step-card': OnwardElementProps<
    OnwardStepCard,
    | 'preset'
    | 'step'
    | 'heading'
    | 'headingLevel'
    | 'href'
    | 'actionLabel'
    | 'checkable'
    | 'status'
    | 'open'
    | 'variant',
    { 'heading-level': 'headingLevel'; 'action-label': 'actionLabel' },
    'onward-step-change'
  >;
  'onward-rejection-checklist': OnwardElementProps<
    OnwardRejectionChecklist,
    'items' | 'heading' | 'headingLevel' | 'persist' | 'storageKey',
    { 'heading-level': 'headingLevel'; 'storage-key': 'storageKey' },
    'onward-checklist-change' | 'onward-checklist-complete'
  >;
  'onward-feedback-request': OnwardElementProps<
    OnwardFeedbackRequest,
    | 'candidateName'
    | 'recipientName'
    | 'recipientEmail'
    | 'company'
    | 'jobTitle'
    | 'interviewDate'
    | 'stage'
    | 'tone'
    | 'channel'
    | 'templates',
    {
      'candidate-name': 'candidateName';
      'recipient-name': 'recipientName';
      'recipient-email': 'recipientEmail';
      'job-title': 'jobTitle';
      'interview-date': 'interviewDate';
    },
    'onward-feedback-action'
  >;
  'onward-interview-odds': OnwardElementProps<
    OnwardInterviewOdds,
    'applicants' | 'interviewed' | 'company' | 'jobTitle' | 'heading' | 'headingLevel' | 'persist' | 'storageKey',
    { 'job-title': 'jobTitle'; 'heading-level': 'headingLevel'; 'storage-key': 'storageKey' },
    'onward-odds-note-change'
  >;
  'onward-similar-roles': OnwardElementProps<
    OnwardSimilarRoles,
    | 'jobs'
    | 'src'
    | 'source'
    | 'format'
    | 'department'
    | 'excludeUrl'
    | 'persist'
    | 'storageKey'
    | 'timeout'
    | 'max'
    | 'jobTitle'
    | 'location'
    | 'searchUrl'
    | 'heading'
    | 'headingLevel',
    {
      'job-title': 'jobTitle';
      'search-url': 'searchUrl';
      'heading-level': 'headingLevel';
      'exclude-url': 'excludeUrl';
      'storage-key': 'storageKey';
    },
    'onward-role-select' | 'onward-role-keep'
  >;
  'onward-learning-plan': OnwardElementProps<
    OnwardLearningPlan,
    'persist' | 'storageKey' | 'heading' | 'headingLevel' | 'suggestions',
    { 'storage-key': 'storageKey'; 'heading-level': 'headingLevel' },
    'onward-plan-change'
  >;
  'onward-strengths': OnwardElementProps<
    OnwardStrengths,
    'persist' | 'storageKey' | 'heading' | 'headingLevel',
    { 'storage-key': 'storageKey'; 'heading-level': 'headingLevel' },
    'onward-strengths-change'
  >;
  'onward-recovery-path': OnwardElementProps<
    OnwardRecoveryPath,
    | 'steps'
    | 'stage'
    | 'heading'
    | 'headingLevel'
    | 'candidateName'
    | 'recipientName'
    | 'recipientEmail'
    | 'company'
    | 'jobTitle'
    | 'interviewDate'
    | 'applicants'
    | 'interviewed'
    | 'jobsSrc'
    | 'jobsSource'
    | 'jobsFormat'
    | 'searchUrl'
    | 'location'
    | 'persist'
    | 'storageKey',
    {
      'heading-level': 'headingLevel';
      'candidate-name': 'candidateName';
      'recipient-name': 'recipientName';
      'recipient-email': 'recipientEmail';
      'job-title': 'jobTitle';
      'interview-date': 'interviewDate';
      'jobs-src': 'jobsSrc';
      'jobs-source': 'jobsSource';
      'jobs-format': 'jobsFormat';
      'search-url': 'searchUrl';
      'storage-key': 'storageKey';
    },
    'onward-path-progress'
  >;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting React's own JSX namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the Onward tags into React's
    interface IntrinsicElements extends OnwardIntrinsicElements {}
  }
}
