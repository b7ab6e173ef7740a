/** Where the roles shown come from and how far their loading got. */
export const LOAD_STATES = ['idle', 'loading', 'loaded', 'error'] as const;
export type LoadState = (typeof LOAD_STATES)[number];

/** Detail of `onward-role-select`. Carries the job's URL (the host's own link), never anything about the candidate. */
export interface RoleSelectDetail {
  /** The URL of the role link that was followed, as rendered (after the link-safety check). */
  url: string;
  /** The role's position in the shown list, from 0. */
  index: number;
}
