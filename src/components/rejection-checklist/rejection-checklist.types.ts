export type { ChecklistItem, ChecklistState } from '../../core/checklist.js';
export { CHECKLIST_MAX_DUE_IN_DAYS } from '../../core/checklist.js';

/** Detail of `onward-checklist-change`. */
export interface ChecklistChangeDetail {
  /** The id of the item the user ticked or unticked; `null` when they cleared the whole list with "Start over". */
  itemId: string | null;
  /** Whether that item is now ticked (`false` after "Start over"). */
  checked: boolean;
  /** How many items are ticked now. */
  completed: number;
  /** How many items the checklist has. */
  total: number;
}

/** Detail of `onward-checklist-complete`. */
export interface ChecklistCompleteDetail {
  /** How many items the checklist has (all of them are ticked). */
  total: number;
}
