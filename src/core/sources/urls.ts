/**
 * Where each applicant tracking system's public board lives: the request URL for `source="<ats>:<board>"`, the
 * hosted board for people, and the host a strict `connect-src` must allow. DOM-free; runs in Node.
 */

/** The boards `source` can name. */
export const ATS_NAMES = [
  'greenhouse',
  'lever',
  'lever-eu',
  'ashby',
  'smartrecruiters',
  'recruitee',
  'workable',
  'personio'
] as const;
export type AtsName = (typeof ATS_NAMES)[number];

/** A `source` read into its parts. */
export interface JobSource {
  ats: AtsName;
  board: string;
}

/** Why a `source` was refused. */
export type SourceProblem = 'unknown-ats' | 'bad-board';

/** Boards that become part of a host name: one DNS label, so nothing can add a dot, a port or a path. */
const SUBDOMAIN = new Set<AtsName>(['recruitee', 'personio']);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/**
 * Boards that become one path segment: letters, digits, `-`, `_` and inner dots. No `/`, `\`, `%`, `?`, `#`, `@` or
 * `:`, so the request cannot leave the board's path or the vendor's host, and no `.`/`..` segment.
 */
const SEGMENT = /^[a-z0-9](?:[a-z0-9_-]|\.(?!\.)){0,127}$/i;

/** Whether `board` can be placed in the request for `ats` without changing its host or path. */
export function isBoardName(ats: AtsName, board: string): boolean {
  return SUBDOMAIN.has(ats) ? LABEL.test(board) : SEGMENT.test(board) && !board.endsWith('.');
}

/**
 * Reads `source="<ats>:<board>"` (`greenhouse:acme`). The ATS name is case-insensitive; the board is kept as written
 * (trimmed). Returns a problem instead for an unknown ATS or a board name that could change the request's host or
 * path (`acme/../x`, `evil.com#`, `a@b`, `%2e%2e`).
 */
export function parseSource(value: string): JobSource | { problem: SourceProblem } {
  const colon = value.indexOf(':');
  const ats = (colon < 0 ? value : value.slice(0, colon)).trim().toLowerCase();
  if (!(ATS_NAMES as readonly string[]).includes(ats)) return { problem: 'unknown-ats' };
  const board = colon < 0 ? '' : value.slice(colon + 1).trim();
  return isBoardName(ats as AtsName, board) ? { ats: ats as AtsName, board } : { problem: 'bad-board' };
}

/** Options for {@link sourceRequestUrl}. */
export interface RequestUrlOptions {
  /** Ask for departments too (Greenhouse sends them only with `?content=true`, a larger answer). */
  departments?: boolean;
}

/** The public API URL the element requests for a source. Expects a board that passed {@link parseSource}. */
export function sourceRequestUrl({ ats, board }: JobSource, options: RequestUrlOptions = {}): string {
  const name = encodeURIComponent(board);
  switch (ats) {
    case 'greenhouse':
      return `https://boards-api.greenhouse.io/v1/boards/${name}/jobs${options.departments ? '?content=true' : ''}`;
    case 'lever':
      return `https://api.lever.co/v0/postings/${name}?mode=json`;
    case 'lever-eu':
      return `https://api.eu.lever.co/v0/postings/${name}?mode=json`;
    case 'ashby':
      return `https://api.ashbyhq.com/posting-api/job-board/${name}`;
    case 'smartrecruiters':
      return `https://api.smartrecruiters.com/v1/companies/${name}/postings`;
    case 'recruitee':
      return `https://${board.toLowerCase()}.recruitee.com/api/offers`;
    case 'workable':
      return `https://apply.workable.com/api/v1/widget/accounts/${name}`;
    case 'personio':
      return `https://${board.toLowerCase()}.jobs.personio.de/xml`;
  }
}

/** The board's own page for people: the "See all" link when the host gave no `search-url`, and on failures. */
export function hostedBoardUrl({ ats, board }: JobSource): string {
  const name = encodeURIComponent(board);
  switch (ats) {
    case 'greenhouse':
      return `https://job-boards.greenhouse.io/${name}`;
    case 'lever':
      return `https://jobs.lever.co/${name}`;
    case 'lever-eu':
      return `https://jobs.eu.lever.co/${name}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${name}`;
    case 'smartrecruiters':
      return `https://jobs.smartrecruiters.com/${name}`;
    case 'recruitee':
      return `https://${board.toLowerCase()}.recruitee.com/`;
    case 'workable':
      return `https://apply.workable.com/${name}/`;
    case 'personio':
      return `https://${board.toLowerCase()}.jobs.personio.de/`;
  }
}

/** The origin a page's Content-Security-Policy must allow in `connect-src` for this source. */
export function connectSrcOrigin(source: JobSource): string {
  return new URL(sourceRequestUrl(source)).origin;
}
