import type { TermKey } from '../../locales/en.js';

/** The five steps the built-in items are grouped under, in order. */
export const CHECKLIST_GROUPS = ['interview', 'feedback', 'search', 'learn', 'believe'] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

/** The minutes of the built-in "practise that skill" item, written in the language's digits through `{minutes}`. */
export const PRACTISE_MINUTES = 20;

/** A built-in item: its text comes from the string catalogue, so it follows the element's language. */
export interface BuiltInItem {
  id: string;
  group: ChecklistGroup;
  label: TermKey;
  description?: TermKey;
  dueInDays?: number;
  /**
   * True when the item is the very thing its step's tool does (write the note, keep two roles, …). Inside
   * `<onward-recovery-path>` the step's tool does it and the step counts it, so the path leaves the item out.
   */
  stepAction?: true;
}

/**
 * A suggested timing as a gentle suggestion, not a deadline: "Around day 7" (`checklist.suggested`, with `{day}`), or
 * "Today, if you can" for 0. Shared by the checklist and the path.
 */
export function suggestedTiming(days: number): { key: TermKey; day: number } {
  return days === 0 ? { key: 'checklist.suggestedToday', day: 0 } : { key: 'checklist.suggested', day: days };
}

/**
 * The built-in items for one step, as `<onward-recovery-path>` shows them under that step: without the item that only
 * repeats the step's own tool action.
 */
export function weekItemsFor(group: ChecklistGroup): BuiltInItem[] {
  return CHECKLIST_BUILT_IN_ITEMS.filter((item) => item.group === group && !item.stepAction);
}

/** The built-in items. Their ids are stable: stored progress and host analytics rely on them. */
export const CHECKLIST_BUILT_IN_ITEMS: readonly BuiltInItem[] = [
  {
    id: 'note-what-went-well',
    stepAction: true,
    group: 'interview',
    label: 'checklist.item.noteWentWell',
    description: 'checklist.item.noteWentWell.description'
  },
  { id: 'tell-someone', group: 'interview', label: 'checklist.item.tellSomeone' },
  {
    id: 'send-thanks',
    group: 'feedback',
    label: 'checklist.item.sendThanks',
    description: 'checklist.item.sendThanks.description',
    dueInDays: 1
  },
  {
    id: 'ask-feedback',
    stepAction: true,
    group: 'feedback',
    label: 'checklist.item.askFeedback',
    description: 'checklist.item.askFeedback.description',
    dueInDays: 2
  },
  {
    id: 'follow-up-once',
    group: 'feedback',
    label: 'checklist.item.followUpOnce',
    description: 'checklist.item.followUpOnce.description',
    dueInDays: 7
  },
  { id: 'save-two-roles', group: 'search', label: 'checklist.item.saveRoles', dueInDays: 3, stepAction: true },
  { id: 'refresh-cv', group: 'search', label: 'checklist.item.refreshCv', dueInDays: 5 },
  {
    id: 'apply-again',
    group: 'search',
    label: 'checklist.item.applyAgain',
    description: 'checklist.item.applyAgain.description',
    dueInDays: 10
  },
  {
    id: 'pick-a-skill',
    stepAction: true,
    group: 'learn',
    label: 'checklist.item.pickSkill',
    description: 'checklist.item.pickSkill.description',
    dueInDays: 4
  },
  { id: 'practise-20-minutes', group: 'learn', label: 'checklist.item.practise', dueInDays: 7 },
  { id: 'three-strengths', group: 'believe', label: 'checklist.item.listStrengths', stepAction: true },
  {
    id: 'one-thing-for-you',
    group: 'believe',
    label: 'checklist.item.restWell',
    description: 'checklist.item.restWell.description'
  }
];
