/**
 * Orders roles like the one the candidate missed, leaves out the one they were turned down for, shows each role once.
 * Deterministic: the same roles and options always give the same list. DOM-free; runs in Node.
 */
import type { SimilarRole } from './jobs.js';

/** What {@link rankRoles} compares roles with. */
export interface RankOptions {
  /** The title of the role the candidate missed. Without it, roles keep their feed order. */
  title?: string;
  /** Its department: roles in the same one come first among equally close titles. */
  department?: string;
  /** Its location: roles there (or remote) come first among equally close titles and departments. */
  location?: string;
  /** The posting they were turned down for, left out (compared without `#fragment` and trailing `/`). */
  excludeUrl?: string;
  /** How many roles to return at most. */
  max?: number;
}

/**
 * Words that say how senior a role is, not what it is, so "Senior product designer" is as close to "Product
 * designer" as "Junior product designer" is. Also common joining words and gender markers such as (m/w/d) and (h/f).
 */
const IGNORED = new Set(
  (
    'senior sr snr staff lead leading principal junior jr jnr mid midlevel level entry intern internship trainee graduate ' +
    'associate head chief i ii iii iv v 1 2 3 4 ' +
    'and or of the for in at to a an with on & m w d f h x mwd mfd hf de du des la le les et y e em da do und der die das fur ' +
    'zum zur el los'
  ).split(' ')
);

/** Lower case, accents removed (é → e, ü → u), so comparisons ignore both. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a title that say what the role is: folded, without seniority or joining words. */
export function titleWords(title: string): Set<string> {
  const words = new Set<string>();
  for (const word of foldText(title).split(/[^\p{L}\p{N}]+/u)) if (word && !IGNORED.has(word)) words.add(word);
  return words;
}

const squash = (value: string | undefined) => (value ? foldText(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '');

/** A URL reduced for comparison: without `#fragment`, a trailing `/` or letter case in the scheme and host. */
export function comparableUrl(value: string): string {
  const trimmed = value.trim().replace(/#.*$/s, '');
  try {
    const url = new URL(trimmed, 'https://relative.onward.invalid/');
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return trimmed.replace(/\/+$/, '');
  }
}

interface Scored {
  role: SimilarRole;
  index: number;
  overlap: number;
  department: number;
  place: number;
  time: number;
}

/**
 * Ranks roles. With `title`, roles are ordered by, in turn: how many title words they share with it (ignoring case,
 * accents and seniority words); the same department; the same location, or remote; the newest posting; then feed
 * order. Without `title`, feed order is kept. Then the role at `excludeUrl` is left out, a role whose title and location
 * (folded) match one already listed is dropped, and the list is cut to `max`. Never throws.
 */
export function rankRoles(roles: readonly SimilarRole[], options: RankOptions = {}): SimilarRole[] {
  const excluded = options.excludeUrl?.trim() ? comparableUrl(options.excludeUrl) : undefined;
  const wanted = options.title?.trim() ? titleWords(options.title) : undefined;
  const department = squash(options.department);
  const location = squash(options.location);
  const max = options.max !== undefined && Number.isFinite(options.max) ? Math.max(0, Math.floor(options.max)) : Infinity;

  const kept: SimilarRole[] = [];
  for (const role of roles) if (excluded === undefined || comparableUrl(role.url) !== excluded) kept.push(role);

  let ordered = kept;
  if (wanted) {
    const scored: Scored[] = kept.map((role, index) => {
      let overlap = 0;
      for (const word of titleWords(role.title)) if (wanted.has(word)) overlap += 1;
      const where = squash(role.location);
      const remote = role.workplace === 'remote' || /\bremote\b/.test(where);
      const time = role.postedAt ? Date.parse(role.postedAt) : NaN;
      return {
        role,
        index,
        overlap,
        department: department !== '' && squash(role.department) === department ? 1 : 0,
        place: remote || (location !== '' && where !== '' && (where.includes(location) || location.includes(where))) ? 1 : 0,
        time: Number.isFinite(time) ? time : -Infinity
      };
    });
    scored.sort(
      (a, b) =>
        b.overlap - a.overlap ||
        b.department - a.department ||
        b.place - a.place ||
        (b.time === a.time ? 0 : b.time > a.time ? 1 : -1) ||
        a.index - b.index
    );
    ordered = scored.map((entry) => entry.role);
  }

  const seen = new Set<string>();
  const result: SimilarRole[] = [];
  for (const role of ordered) {
    if (result.length >= max) break;
    const key = `${squash(role.title)}\u0000${squash(role.location)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(role);
  }
  return result;
}
