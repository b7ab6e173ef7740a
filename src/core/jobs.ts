/**
 * Job feeds for `<onward-similar-roles>`: validating a host's list of roles, describing how long ago each was posted,
 * and reading back what the element remembers (the roles seen, the roles kept). DOM-free; runs in Node.
 */

import { wellFormed } from './text.js';

/** One role as a host or a feed supplies it. */
export interface SimilarRole {
  /** The role's title, shown as the link text. Required. */
  title: string;
  /** Where the role is described. Required; only `http:`, `https:`, `mailto:` or relative URLs are kept. */
  url: string;
  company?: string;
  location?: string;
  /** When the role was posted: an ISO 8601 date or date-time (`2025-05-01`, `2025-05-01T09:00:00Z`). */
  postedAt?: string;
  /** A stable id for the posting, used to mark roles that are new since the last visit. Defaults to `url`. */
  id?: string;
  /** The team or department, used to rank roles in the same department first. */
  department?: string;
  /** Where the work happens, when the feed says. */
  workplace?: Workplace;
}

/** Where a role's work happens. */
export type Workplace = 'remote' | 'hybrid' | 'on-site';

/** The values {@link Workplace} takes. */
export const WORKPLACES: readonly Workplace[] = ['remote', 'hybrid', 'on-site'];

/** Why a whole feed was refused. */
export type JobsShapeProblem = 'not-a-list';

/** The result of {@link parseJobs}. */
export interface ParsedJobs {
  /** The valid roles, in feed order, with only the known fields (trimmed strings). */
  jobs: SimilarRole[];
  /** Set when the input as a whole has the wrong shape; `jobs` is then empty. */
  problem?: JobsShapeProblem;
  /** Entries left out because they are not objects or lack a `title` or `url` string. */
  invalid: number;
  /** Entries left out because their `url` failed the `isSafeUrl` check. */
  unsafe: number;
  /** The first URL that failed the `isSafeUrl` check, so the caller can name it in a warning. */
  firstUnsafeUrl?: string;
}

export interface ParseJobsOptions {
  /** Link-safety check applied to each `url`; entries that fail it are left out. Default: keep every URL. */
  isSafeUrl?: (url: string) => boolean;
}

const own = (record: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;

/** A non-blank string, trimmed; anything else is `undefined`. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Validates a list of roles: either an array of `{ title, url, company?, location?, postedAt?, id?, department?, workplace? }` or an object with such
 * an array under `jobs` (a common feed envelope). Entries without a `title` or `url` string are skipped; optional
 * fields of the wrong type are ignored; a `postedAt` that {@link postedAgo} cannot read (not a date, or one too far out
 * for a local calendar day) is ignored. Reads own properties only, so
 * `__proto__` tricks do nothing. Never throws.
 */
export function parseJobs(input: unknown, options: ParseJobsOptions = {}): ParsedJobs {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && Array.isArray(own(input, 'jobs'))
      ? (own(input, 'jobs') as unknown[])
      : undefined;
  const result: ParsedJobs = { jobs: [], invalid: 0, unsafe: 0 };
  if (!list) return { ...result, problem: 'not-a-list' };
  for (const entry of list) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      result.invalid += 1;
      continue;
    }
    const title = text(own(entry, 'title'));
    const url = text(own(entry, 'url'));
    if (title === undefined || url === undefined) {
      result.invalid += 1;
      continue;
    }
    if (options.isSafeUrl && !options.isSafeUrl(url)) {
      result.unsafe += 1;
      result.firstUnsafeUrl ??= url;
      continue;
    }
    const job: SimilarRole = { title, url };
    const company = text(own(entry, 'company'));
    const location = text(own(entry, 'location'));
    const postedAt = text(own(entry, 'postedAt'));
    if (company !== undefined) job.company = company;
    if (location !== undefined) job.location = location;
    if (postedAt !== undefined && postedAgo(postedAt, 0) !== undefined) job.postedAt = postedAt;
    const id = text(own(entry, 'id'));
    const department = text(own(entry, 'department'));
    const workplace = own(entry, 'workplace');
    if (id !== undefined) job.id = id;
    if (department !== undefined) job.department = department;
    if ((WORKPLACES as readonly unknown[]).includes(workplace)) job.workplace = workplace as Workplace;
    result.jobs.push(job);
  }
  return result;
}

/** A relative age, ready for `Intl.RelativeTimeFormat#format(value, unit)` (a negative value means "ago"). */
export interface RelativeAge {
  value: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

const DAY = 24 * 60 * 60 * 1000;

/** Midnight at the start of the date's local calendar day, in ms. */
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/**
 * Parses an ISO date or date-time. A bare date (`2025-05-01`) is a local calendar day, not UTC midnight (which
 * `Date.parse` would make it), so it never shows as "yesterday" west of Greenwich.
 */
function parseDate(value: string): Date {
  const day = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(Date.parse(value));
}

/**
 * How long ago `postedAt` was, in whole local calendar days up to a week, then weeks, months and years
 * (`{ value: -3, unit: 'day' }` for "3 days ago", `{ value: 0, unit: 'day' }` for "today"). A date in the future
 * counts as today (clocks differ; a role is never "posted in 2 days"). `undefined` when it is not a date, or a date so
 * far out that no calendar day can be worked out for it in the local time zone.
 */
export function postedAgo(
  postedAt: string | number | Date | undefined,
  now: Date | number = Date.now()
): RelativeAge | undefined {
  if (postedAt === undefined) return undefined;
  const posted = typeof postedAt === 'string' ? parseDate(postedAt) : new Date(postedAt);
  const today = new Date(now);
  // Not NaN is not enough: a moment near the edge of what Date holds (`-271821-04-20`) has no local start of day
  // west or east of Greenwich, and an age that is not a finite number is no age at all.
  const elapsed = (startOfDay(today) - startOfDay(posted)) / DAY;
  if (!Number.isFinite(elapsed)) return undefined;
  // Rounded because a daylight-saving change makes a calendar day 23 or 25 hours long.
  const days = Math.max(0, Math.round(elapsed));
  if (days < 7) return { value: days === 0 ? 0 : -days, unit: 'day' };
  if (days < 30) return { value: -Math.floor(days / 7), unit: 'week' };
  if (days < 365) return { value: -Math.max(1, Math.floor(days / 30.44)), unit: 'month' };
  return { value: -Math.floor(days / 365.25), unit: 'year' };
}

// --- What <onward-similar-roles> remembers on the device ------------------------------------------------------------

/** How many role ids "New since the last visit" remembers: enough for any board, small enough for any storage. */
export const MAX_SEEN_IDS = 500;

/** At most this many kept roles are stored; keeping one more lets the oldest go. */
export const MAX_KEPT_ROLES = 50;

/** The id "New" labels are tracked by: the feed's own id, or the link. */
export const roleId = (role: SimilarRole): string => role.id ?? role.url;

/** What is stored for "New since the last visit": the ids of the roles shown, newest visit first. */
export interface SeenState {
  seen: string[];
}

/** Trusts a stored record only as a list of short strings, capped. */
export function readSeen(data: unknown): SeenState | undefined {
  const has = data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, 'seen');
  const seen = has ? (data as SeenState).seen : undefined;
  if (!Array.isArray(seen)) return undefined;
  const ids = seen.filter((id): id is string => typeof id === 'string' && id.length <= 2048);
  return { seen: ids.slice(0, MAX_SEEN_IDS) };
}

/** The ids to remember after showing `ids`: those first, then the ones remembered before, capped. */
export function seenAfter(ids: readonly string[], before: readonly string[] = []): string[] {
  return [...new Set([...ids, ...before])].slice(0, MAX_SEEN_IDS);
}

/** A role the candidate kept, as stored on the device. */
export interface KeptRole {
  title: string;
  url: string;
  company?: string;
  location?: string;
}

export interface KeptState {
  kept: KeptRole[];
}

/**
 * Turns a stored record into trusted kept roles: short text, links that `safeLink` keeps (it returns the link to use,
 * or `undefined`), no duplicates. Never throws.
 */
export function readKept(data: unknown, safeLink: (url: string) => string | undefined): KeptState | undefined {
  const list = data !== null && typeof data === 'object' ? (data as { kept?: unknown }).kept : undefined;
  if (!Array.isArray(list)) return undefined;
  const kept: KeptRole[] = [];
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : undefined;
  for (const entry of list as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const raw = entry as Record<string, unknown>;
    const url = typeof raw.url === 'string' && raw.url.length <= 2048 ? safeLink(raw.url) : undefined;
    const title = text(raw.title);
    if (!url || !title || kept.some((role) => role.url === url)) continue;
    const role: KeptRole = { title, url };
    const company = text(raw.company);
    const location = text(raw.location);
    if (company) role.company = company;
    if (location) role.location = location;
    kept.push(role);
    if (kept.length >= MAX_KEPT_ROLES) break;
  }
  return { kept };
}

/** The kept list after keeping `role` (first, as the newest; the oldest goes past the cap) or letting it go. */
export function keepRole(list: readonly KeptRole[], role: KeptRole, keep: boolean): KeptRole[] {
  const others = list.filter((entry) => entry.url !== role.url);
  const entry: KeptRole = { title: role.title, url: role.url };
  if (role.company) entry.company = role.company;
  if (role.location) entry.location = role.location;
  return keep ? [entry, ...others].slice(0, MAX_KEPT_ROLES) : others;
}

/** Longest wait a `Retry-After` may ask for before "Try again" is offered anyway, in seconds. */
const MAX_RETRY_AFTER = 300;

/** Seconds from a `Retry-After` header (seconds or an HTTP date), within 1 to 300; 30 when absent. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : value ? (Date.parse(value) - now) / 1000 : NaN;
  return Number.isFinite(seconds) ? Math.min(MAX_RETRY_AFTER, Math.max(1, Math.ceil(seconds))) : 30;
}

/** Longer search terms are cut: a search page does not need more, and a megabyte of title would break the link. */
const MAX_SEARCH_TERM = 200;

/** A search term for a `search-url` template: trimmed and cut to a length a search box takes (encoded when filled). */
export const searchTerm = (value: string | undefined): string =>
  wellFormed(value?.trim().slice(0, MAX_SEARCH_TERM) ?? '');
