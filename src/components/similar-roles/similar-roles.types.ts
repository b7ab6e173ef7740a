/** Where the roles shown come from and how far their loading got. */
export const LOAD_STATES = ['idle', 'loading', 'loaded', 'error'] as const;
export type LoadState = (typeof LOAD_STATES)[number];

/**
 * Why a feed failed, each with its own message: `not-found` (404: the board is off or misnamed), `busy` (429: wait
 * for `Retry-After`), `network` (the browser refused the request: offline, CORS or CSP), `timeout`, `malformed` (a
 * body that is not a feed), or `error` (any other answer).
 */
export const FAILURE_KINDS = ['error', 'not-found', 'busy', 'network', 'timeout', 'malformed'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Detail of `onward-role-select`. Carries the job's URL (the host's own link), never anything about the candidate. */
export interface RoleSelectDetail {
  /** The URL of the role link that was followed, as rendered (after the link-safety check). */
  url: string;
  /** The role's position in the shown list, from 0. */
  index: number;
}

/**
 * Detail of `onward-role-keep`: which role the candidate kept or let go. Carries the job's URL (the host's own link),
 * never anything about the candidate.
 */
export interface RoleKeepDetail {
  /** The role's URL. */
  url: string;
  /** The role's position in the shown list, from 0; -1 when it is only in the "Roles you kept" list. */
  index: number;
  /** Whether the role is kept now. */
  kept: boolean;
}

/** A role the candidate kept, as stored on the device. */
export interface KeptRole {
  title: string;
  url: string;
  company?: string;
  location?: string;
}
