/**
 * React components for every Onward element, for React 18 (which sets objects as `"[object Object]"` attributes and
 * ignores custom events on plain tags). Each wrapper sets its props as element properties and maps every `onward-*`
 * event to an `onX` prop: `onward-step-change` → `onStepChange`. React 19 can use the plain tags instead (see
 * `onward-elements/react-jsx` for their JSX types). Importing this module registers every element.
 *
 * @example
 * import { RejectionChecklist } from 'onward-elements/react';
 * <RejectionChecklist items={items} onChecklistChange={(event) => save(event.detail)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OnwardFeedbackRequest } from '../define/feedback-request.js';
import { OnwardInterviewOdds } from '../define/interview-odds.js';
import { OnwardLearningPlan } from '../define/learning-plan.js';
import { OnwardRecoveryPath } from '../define/recovery-path.js';
import { OnwardRejectionChecklist } from '../define/rejection-checklist.js';
import { OnwardSimilarRoles } from '../define/similar-roles.js';
import { OnwardStepCard } from '../define/step-card.js';
import { OnwardStrengths } from '../define/strengths.js';

/** An event name that carries its event type, so `onX` handlers get a typed `event.detail`. */
const event = <Name extends keyof HTMLElementEventMap>(name: Name) => name as EventName<HTMLElementEventMap[Name]>;

export const StepCard = createComponent({
  react: React,
  tagName: 'onward-step-card',
  elementClass: OnwardStepCard,
  displayName: 'StepCard',
  events: { onStepChange: event('onward-step-change') }
});

export const RejectionChecklist = createComponent({
  react: React,
  tagName: 'onward-rejection-checklist',
  elementClass: OnwardRejectionChecklist,
  displayName: 'RejectionChecklist',
  events: {
    onChecklistChange: event('onward-checklist-change'),
    onChecklistComplete: event('onward-checklist-complete')
  }
});

export const FeedbackRequest = createComponent({
  react: React,
  tagName: 'onward-feedback-request',
  elementClass: OnwardFeedbackRequest,
  displayName: 'FeedbackRequest',
  events: { onFeedbackAction: event('onward-feedback-action') }
});

export const InterviewOdds = createComponent({
  react: React,
  tagName: 'onward-interview-odds',
  elementClass: OnwardInterviewOdds,
  displayName: 'InterviewOdds',
  events: { onOddsNoteChange: event('onward-odds-note-change') }
});

export const SimilarRoles = createComponent({
  react: React,
  tagName: 'onward-similar-roles',
  elementClass: OnwardSimilarRoles,
  displayName: 'SimilarRoles',
  events: { onRoleSelect: event('onward-role-select'), onRoleKeep: event('onward-role-keep') }
});

export const LearningPlan = createComponent({
  react: React,
  tagName: 'onward-learning-plan',
  elementClass: OnwardLearningPlan,
  displayName: 'LearningPlan',
  events: { onPlanChange: event('onward-plan-change') }
});

export const Strengths = createComponent({
  react: React,
  tagName: 'onward-strengths',
  elementClass: OnwardStrengths,
  displayName: 'Strengths',
  events: { onStrengthsChange: event('onward-strengths-change') }
});

export const RecoveryPath = createComponent({
  react: React,
  tagName: 'onward-recovery-path',
  elementClass: OnwardRecoveryPath,
  displayName: 'RecoveryPath',
  events: { onPathProgress: event('onward-path-progress') }
});
