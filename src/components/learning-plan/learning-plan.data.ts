import { isSupportedCalendarDate } from '../../core/dates.js';
import { wellFormed } from '../../core/text.js';
import { safeUrl } from '../../internal/links.js';
import type { LearningGoal, LearningSuggestion } from './learning-plan.types.js';

/** Longest skill the form accepts, and that a stored record may hold. */
export const MAX_SKILL_LENGTH = 120;
/** Longest resource link the form accepts. */
export const MAX_URL_LENGTH = 2000;
/** Goals read from storage beyond this are dropped: a plan is two or three goals, a record of thousands is not ours. */
export const MAX_STORED_GOALS = 50;
/** Suggestions shown at once under the skill field. */
export const MAX_SHOWN_SUGGESTIONS = 3;

/** A field of the goal form. */
export type FormField = 'skill' | 'resource' | 'date';
export type FieldError = FormField | undefined;

/** A goal form's fields as typed, and the field in error. */
export interface GoalDraft {
  readonly skill: string;
  readonly resource: string;
  readonly date: string;
  readonly error: FieldError;
}

export const EMPTY_DRAFT: GoalDraft = { skill: '', resource: '', date: '', error: undefined };

/** What the learning plan stores. */
export interface PlanState {
  goals: LearningGoal[];
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- control characters in a link are refused, that is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * True for a real calendar day written as `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31 (see `core/dates`): what the
 * date field takes and what a stored goal may keep.
 */
export function isIsoDate(value: unknown): value is string {
  return isSupportedCalendarDate(value);
}

/** Tidies a skill as typed: well-formed, single-spaced, trimmed, not longer than the form allows. */
export function cleanSkill(value: string): string {
  return wellFormed(value).replace(/\s+/g, ' ').trim().slice(0, MAX_SKILL_LENGTH).trim();
}

/**
 * Turns what the candidate typed into a link: `''` when empty, `undefined` when it cannot be a safe link. A bare
 * address such as `example.com/course` gets `https://`; relative links (`/learn/sql`, from a host suggestion) stay as
 * they are; anything with a scheme must be `http:`, `https:` or `mailto:`.
 */
export function normalizeResource(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (trimmed.length > MAX_URL_LENGTH || CONTROL_CHARACTERS.test(trimmed) || /\s/.test(trimmed)) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed)) return safeUrl(trimmed);
  if (/^(\/|\.\.?\/|[?#])/.test(trimmed)) return safeUrl(trimmed);
  if (/^[^/?#:@]+\.[a-z]{2,}([/?#:]|$)/i.test(trimmed)) {
    try {
      new URL(`https://${trimmed}`);
      return `https://${trimmed}`;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Checks a typed skill and link: the field in error, or the cleaned values (no link: `resource` is left out). */
export function validateGoal(
  skillText: string,
  resourceText: string
): { error: FieldError; skill: string; resource?: string } {
  const skill = cleanSkill(skillText);
  if (skill === '') return { error: 'skill', skill };
  const resource = normalizeResource(resourceText);
  if (resource === undefined) return { error: 'resource', skill };
  return { error: undefined, skill, resource: resource || undefined };
}

/** A short, readable name for a link: the site for web links, the address for `mailto:`, else the link itself. */
export function siteOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return decodeURIComponent(parsed.pathname);
    return parsed.hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** Reads one goal from untrusted data; `undefined` when it is not usable. */
function readGoal(raw: unknown): LearningGoal | undefined {
  if (!isRecord(raw)) return undefined;
  const id = own(raw, 'id');
  const skill = own(raw, 'skill');
  const resource = own(raw, 'resource');
  const targetDate = own(raw, 'targetDate');
  const done = own(raw, 'done');
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || typeof skill !== 'string') return undefined;
  const cleaned = cleanSkill(skill);
  if (cleaned === '') return undefined;
  const goal: LearningGoal = { id, skill: cleaned, done: done === true };
  if (typeof resource === 'string' && resource.length <= MAX_URL_LENGTH) {
    const url = safeUrl(resource);
    if (url !== undefined) goal.resource = url;
  }
  if (isIsoDate(targetDate)) goal.targetDate = targetDate;
  return goal;
}

/** Turns a stored record into a trusted plan: unusable goals, repeated ids and prototype keys are dropped. Never throws. */
export function readPlan(data: unknown): PlanState | undefined {
  if (!isRecord(data)) return undefined;
  const list = own(data, 'goals');
  if (!Array.isArray(list)) return undefined;
  const seen = new Set<string>();
  const goals: LearningGoal[] = [];
  for (const raw of list.slice(0, MAX_STORED_GOALS)) {
    const goal = readGoal(raw);
    if (!goal || seen.has(goal.id)) continue;
    seen.add(goal.id);
    goals.push(goal);
  }
  return { goals };
}

/**
 * Checks host suggestions. Returns the usable ones and whether anything had to be dropped (a wrong shape, a missing
 * field, an unsafe link), so the element can warn once.
 */
export function readSuggestions(value: unknown): {
  suggestions: LearningSuggestion[];
  dropped: boolean;
  unsafe: string[];
} {
  if (value === undefined || value === null) return { suggestions: [], dropped: false, unsafe: [] };
  if (!Array.isArray(value)) return { suggestions: [], dropped: true, unsafe: [] };
  const suggestions: LearningSuggestion[] = [];
  const unsafe: string[] = [];
  let dropped = false;
  for (const raw of value) {
    // Host data, read (never written to): plain property reads are safe here.
    const skill: unknown = isRecord(raw) ? raw.skill : undefined;
    const title: unknown = isRecord(raw) ? raw.title : undefined;
    const url: unknown = isRecord(raw) ? raw.url : undefined;
    if (
      typeof skill !== 'string' ||
      typeof title !== 'string' ||
      typeof url !== 'string' ||
      !skill.trim() ||
      !title.trim()
    ) {
      dropped = true;
      continue;
    }
    const safe = safeUrl(url);
    if (safe === undefined) {
      unsafe.push(url);
      continue;
    }
    suggestions.push({ skill: wellFormed(skill), title: wellFormed(title), url: safe });
  }
  return { suggestions, dropped, unsafe };
}

function comparable(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The suggestions for what the candidate is typing: a suggestion matches when its skill contains the typed text, or
 * the typed text contains its skill (ignoring case and spacing), once at least two characters are typed.
 */
export function matchSuggestions(typed: string, suggestions: readonly LearningSuggestion[]): LearningSuggestion[] {
  const query = comparable(typed);
  if (query.length < 2) return [];
  return suggestions
    .filter((suggestion) => {
      const skill = comparable(suggestion.skill);
      return skill !== '' && (skill.includes(query) || query.includes(skill));
    })
    .slice(0, MAX_SHOWN_SUGGESTIONS);
}

let counter = 0;
/** A new goal id: random where the browser allows, else time and a counter. */
export function newGoalId(): string {
  counter += 1;
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID().replace(/-/g, '').slice(0, 12)
      : Math.random().toString(36).slice(2, 10);
  return `g${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
