/**
 * The items of `<onward-rejection-checklist>`: checking a host's list of items and reading stored progress. DOM-free;
 * runs in Node.
 */

/** Longest suggested timing an item may carry, in days. Longer values are ignored with a warning. */
export const CHECKLIST_MAX_DUE_IN_DAYS = 366;

/** One checklist item, as the host supplies it through `items`. */
export interface ChecklistItem {
  /** Stable, unique id: stored when the item is ticked, and sent in events. */
  id: string;
  /** The one-line text next to the checkbox. */
  label: string;
  /** Optional short text under the label. */
  description?: string;
  /**
   * The group heading the item sits under. One of the five steps (`interview`, `feedback`, `search`, `learn`,
   * `believe`) shows that step's localized group name ("Getting feedback"); any other text is shown as written. Items
   * without a group are listed together first, above the first group heading, with no heading of their own (never
   * under another group's heading).
   */
  group?: string;
  /** Suggested timing in whole days from today (0 = today). Items that have one get an event in "Add reminders". */
  dueInDays?: number;
}

/** What the element stores: the ids of ticked items. */
export interface ChecklistState {
  checked: string[];
}

/** Ids and labels longer than this are not real data; they are skipped (ids) or kept as text (labels). */
const MAX_ID_LENGTH = 200;
const MAX_STORED_IDS = 1000;

/** Checks host-supplied items, parsed from JSON. Returns the usable ones (or `undefined` for "use the built-in items") and the problems. */
export function validateChecklistItems(value: unknown): { items?: ChecklistItem[]; problems: string[] } {
  if (value === undefined || value === null) return { problems: [] };
  if (!Array.isArray(value)) return { problems: ['must be an array of { id, label } objects'] };
  if (value.length === 0) return { problems: ['is an empty list'] };

  const problems: string[] = [];
  const items: ChecklistItem[] = [];
  const seen = new Set<string>();
  value.forEach((entry: unknown, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`item ${index} is not an object (skipped)`);
      return;
    }
    const raw = entry as Record<string, unknown>;
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    if (id === '' || id.length > MAX_ID_LENGTH) {
      problems.push(`item ${index} has no usable id (skipped)`);
      return;
    }
    if (seen.has(id)) {
      problems.push(`duplicate id ${JSON.stringify(id)} at item ${index} (skipped)`);
      return;
    }
    const label = typeof raw.label === 'string' ? raw.label.trim() : '';
    if (label === '') {
      problems.push(`item ${JSON.stringify(id)} has no label (skipped)`);
      return;
    }
    seen.add(id);
    const item: ChecklistItem = { id, label };
    if (typeof raw.description === 'string' && raw.description.trim() !== '') item.description = raw.description.trim();
    if (typeof raw.group === 'string' && raw.group.trim() !== '') item.group = raw.group.trim();
    if (raw.dueInDays !== undefined && raw.dueInDays !== null) {
      const due = raw.dueInDays;
      if (typeof due === 'number' && Number.isInteger(due) && due >= 0 && due <= CHECKLIST_MAX_DUE_IN_DAYS)
        item.dueInDays = due;
      else
        problems.push(
          `dueInDays of item ${JSON.stringify(id)} must be a whole number from 0 to ${CHECKLIST_MAX_DUE_IN_DAYS} (ignored)`
        );
    }
    items.push(item);
  });
  if (items.length === 0) return { problems: [...problems, 'has no usable items'] };
  return { items, problems };
}

/** Turns a stored record into trusted state: an array of short, distinct strings. Never throws. */
export function readChecklistState(data: unknown): ChecklistState | undefined {
  if (!data || typeof data !== 'object' || !Array.isArray((data as ChecklistState).checked)) return undefined;
  const ids = (data as { checked: unknown[] }).checked.filter(
    (id): id is string => typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH
  );
  return { checked: [...new Set(ids)].slice(0, MAX_STORED_IDS) };
}

/**
 * Items grouped by `group`, in order of first appearance, with the items without one first: after another group they
 * would read as part of it.
 */
export function groupChecklistItems<T extends { group?: string }>(
  items: readonly T[]
): Array<{ key: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.group ?? '';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const keys = [...groups.keys()];
  const ordered = groups.has('') ? ['', ...keys.filter((key) => key !== '')] : keys;
  return ordered.map((key) => ({ key, items: groups.get(key)! }));
}
