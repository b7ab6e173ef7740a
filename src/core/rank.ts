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
  return ASCII.test(value)
    ? value.toLowerCase()
    : value
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

/** Text with nothing to fold or split beyond ASCII: the fast path for most titles and places. */
const ASCII = /^[\x20-\x7e]*$/;

/** The words of a title that say what the role is: folded, without seniority or joining words. */
export function titleWords(title: string): Set<string> {
  return new Set(words(title));
}

/** The words of a title that say what the role is, as a list (repeats kept). */
function words(title: string): string[] {
  const folded = foldText(title);
  const all = ASCII.test(folded) ? folded.split(/[^a-z0-9]+/) : folded.split(/[^\p{L}\p{N}]+/u);
  return all.filter((word) => word !== '' && !IGNORED.has(word));
}

/** A lower-case ASCII letter or digit's char code. */
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Whether `word` (lower-case ASCII letters and digits) is one of the words of the lower-case ASCII `text`. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isWordCode(text.charCodeAt(at - 1))) &&
      (end === text.length || !isWordCode(text.charCodeAt(end)))
    ) {
      return true;
    }
  }
  return false;
}

const squash = (value: string | undefined) => {
  if (!value) return '';
  const folded = foldText(value);
  return (ASCII.test(folded) ? folded.replace(/[^a-z0-9]+/g, ' ') : folded.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
};

/** A URL reduced for comparison: without `#fragment`, a trailing `/` or letter case in the scheme and host. */
export function comparableUrl(value: string): string {
  const trimmed = value.trim().replace(/#.*$/s, '');
  const plain = /^(https?:\/\/[A-Za-z0-9.-]+)(\/[^?\s\\%]*)?(\?[^\s\\]*)?$/i.exec(trimmed);
  if (plain) return `${plain[1].toLowerCase()}${(plain[2] ?? '').replace(/\/+$/, '')}${plain[3] ?? ''}`;
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
  /** Shared title words × 4 + same department × 2 + same place or remote: the first three keys in one number. */
  key: number;
  /** Posting time in ms, read only when two roles tie on `key` (`undefined` until then, `-Infinity` for no date). */
  time?: number;
}

const timeOf = (entry: Scored): number => {
  if (entry.time === undefined) {
    const time = entry.role.postedAt ? Date.parse(entry.role.postedAt) : NaN;
    entry.time = Number.isFinite(time) ? time : -Infinity;
  }
  return entry.time;
};

/** Negative when `a` ranks before `b`. */
const compare = (a: Scored, b: Scored): number => {
  if (a.key !== b.key) return b.key - a.key;
  const ta = timeOf(a);
  const tb = timeOf(b);
  return ta !== tb ? (tb > ta ? 1 : -1) : a.index - b.index;
};

/** Under this many roles wanted, picking the best ones in turn beats sorting them all. */
const PICK_LIMIT = 24;

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
  const max =
    options.max !== undefined && Number.isFinite(options.max) ? Math.max(0, Math.floor(options.max)) : Infinity;

  const seen = new Set<string>();
  const result: SimilarRole[] = [];
  /** Adds a role unless it repeats one already listed; false once the list is full. */
  const take = (role: SimilarRole): boolean => {
    if (excluded !== undefined && comparableUrl(role.url) === excluded) return true;
    const key = `${squash(role.title)}\u0000${squash(role.location)}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(role);
    }
    return result.length < max;
  };
  if (max === 0) return result;

  if (!wanted) {
    for (const role of roles) if (!take(role)) break;
    return result;
  }

  // Boards repeat the same few places and departments: each is folded and compared once.
  const places = new Map<string, boolean>();
  const departments = new Map<string, boolean>();
  const placeMatches = (value: string) => {
    const where = squash(value);
    return (
      /(?:^| )remote(?: |$)/.test(where) ||
      (location !== '' && where !== '' && (where.includes(location) || location.includes(where)))
    );
  };
  const wantedList = [...wanted];
  const scored: Scored[] = roles.map((role, index) => {
    let overlap = 0;
    if (ASCII.test(role.title)) {
      // The common case: look each wanted word up as a whole word in the lower-cased title, without splitting it.
      const folded = role.title.toLowerCase();
      for (const word of wantedList) if (hasWord(folded, word)) overlap += 1;
    } else {
      const counted = new Set<string>();
      for (const word of words(role.title)) if (wanted.has(word)) counted.add(word);
      overlap = counted.size;
    }
    let samePlace = role.workplace === 'remote';
    if (!samePlace && role.location) {
      let known = places.get(role.location);
      if (known === undefined) places.set(role.location, (known = placeMatches(role.location)));
      samePlace = known;
    }
    let sameDepartment = false;
    if (department !== '' && role.department) {
      let known = departments.get(role.department);
      if (known === undefined) departments.set(role.department, (known = squash(role.department) === department));
      sameDepartment = known;
    }
    return { role, index, key: overlap * 4 + (sameDepartment ? 2 : 0) + (samePlace ? 1 : 0) };
  });

  if (max <= PICK_LIMIT) {
    // The best remaining role, in turn, until the list is full: a few passes instead of a full sort of a large board.
    const left = scored.slice();
    while (left.length > 0) {
      let best = 0;
      for (let i = 1; i < left.length; i++) if (compare(left[i], left[best]) < 0) best = i;
      const [entry] = left.splice(best, 1);
      if (!take(entry.role)) break;
    }
    return result;
  }
  scored.sort(compare);
  for (const entry of scored) if (!take(entry.role)) break;
  return result;
}
