/**
 * Shared helpers for the job-board parsers: reading untrusted JSON without tripping on prototypes or wrong types,
 * turning feed text into plain text, and keeping only links a browser may follow. DOM-free; runs in Node.
 */
import { wellFormed } from '../text.js';
import type { SimilarRole, Workplace } from '../jobs.js';

/** What a parser made of one feed. */
export interface SourceResult {
  /** The roles, in feed order. */
  jobs: SimilarRole[];
  /** Set when the body as a whole is not the expected shape; `jobs` is then empty. */
  problem?: 'wrong-shape';
  /** Entries left out because they are not objects or lack a title or a link. */
  invalid: number;
  /** Entries left out because their link is not an `http:` or `https:` URL. */
  unsafe: number;
  /** Entries left out because the board marks them as not listed (internal or unpublished). */
  unlisted: number;
  /** The first link left out as unsafe, so the caller can name it in a warning. */
  firstUnsafeUrl?: string;
}

/** Context a parser may need to build links: the board or company name from `source="<ats>:<board>"`. */
export interface SourceContext {
  board?: string;
}

/** How one entry came out: a role, or why it was left out. */
export type EntryOutcome = SimilarRole | 'invalid' | 'unlisted' | { unsafe: string };

/** A record's own property, never one inherited through `__proto__`. */
export const own = (record: unknown, key: string): unknown =>
  record !== null && typeof record === 'object' && Object.prototype.hasOwnProperty.call(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;

/** True for a plain object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A list under `key`, or `undefined` when the body does not have one. */
export const listAt = (body: unknown, key: string): unknown[] | undefined => {
  const list = own(body, key);
  return Array.isArray(list) ? list : undefined;
};

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  middot: '\u00b7',
  eacute: '\u00e9',
  egrave: '\u00e8',
  auml: '\u00e4',
  ouml: '\u00f6',
  uuml: '\u00fc',
  szlig: '\u00df'
};

/**
 * Decodes HTML and XML character references once (`&amp;lt;` becomes `&lt;`, never `<`), so a title written as
 * `R&amp;D` reads "R&D". The result is text: the element renders it as text, so a decoded `<` shows as a `<`.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi,
    (match, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? match;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      // Control characters and out-of-range code points would only hide text or break it.
      if (code > 0x10ffff || code < 0x20 || (code >= 0x7f && code < 0xa0)) return '\ufffd';
      return String.fromCodePoint(code);
    }
  );
}

/** Printable ASCII words without `&`, joined by single spaces, nothing around them. */
const SIMPLE_TEXT = /^[\x21-\x25\x27-\x7e]+(?: [\x21-\x25\x27-\x7e]+)*$/;

/** Longest text kept from a feed field: enough for any real title or place, and a megabyte title cannot slow the page. */
export const MAX_TEXT = 300;

/**
 * Feed text as plain text: entities decoded, whitespace (newlines, tabs) collapsed, trimmed, cut to {@link MAX_TEXT}
 * characters. Numbers become text (ids are often numbers); everything else, or a blank string, is `undefined`.
 */
export function plain(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  // Most fields are short printable ASCII with single spaces and no entity: nothing to decode, collapse or mend.
  if (value.length <= MAX_TEXT && SIMPLE_TEXT.test(value)) return value;
  // Control characters would only hide or break text.
  const collapsed = decodeEntities(value.length > MAX_TEXT * 4 ? value.slice(0, MAX_TEXT * 4) : value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  if (collapsed === '') return undefined;
  return wellFormed(collapsed.length > MAX_TEXT ? `${collapsed.slice(0, MAX_TEXT - 1).trimEnd()}\u2026` : collapsed);
}

/** `http(s)://host[:port]` and printable ASCII after it: no spaces, controls, backslashes or quotes. */
const PLAIN_HTTP = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][\x21\x23-\x5b\x5d-\x7e]*)?$/;

/** An `http:` or `https:` URL as the browser will parse it when the link is followed, or `undefined`. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  // Most links are plain ASCII `https://host/path`: nothing in them can change the scheme, so the (slower) URL parser
  // is only needed for the rest.
  if (PLAIN_HTTP.test(value)) return value;
  const trimmed = wellFormed(value).trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** ISO 8601 with a real month, day and time of day (not `2025-13-45`), so `Date.parse` can read it. */
const ISO =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * A posting date as ISO 8601, or `undefined`. Takes ISO strings, milliseconds since 1970 (Lever's `createdAt`), and
 * Recruitee's `2025-05-01 09:00:00 UTC`, which `Date.parse` reads in some engines and not others.
 */
export function isoDate(value: unknown): string | undefined {
  let time: number;
  if (typeof value === 'number') time = value;
  else if (typeof value === 'string' && value.length <= 64) {
    const trimmed = value.trim();
    // Already ISO 8601 (the common case): kept as written, once it is a real date.
    if (ISO.test(trimmed)) return trimmed;
    const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:UTC|GMT|Z)$/i.exec(trimmed);
    time = Date.parse(spaced ? `${spaced[1]}T${spaced[2]}Z` : trimmed);
  } else return undefined;
  if (!Number.isFinite(time)) return undefined;
  const date = new Date(time);
  return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

/** Reads a workplace word from any board's vocabulary (`Remote`, `OnSite`, `on_site`, `hybrid`, `TELECOMMUTE`). */
export function workplaceFrom(value: unknown): Workplace | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.toLowerCase().replace(/[^a-z]/g, '');
  if (word === 'remote' || word === 'telecommute' || word === 'fullyremote') return 'remote';
  if (word === 'hybrid') return 'hybrid';
  if (word === 'onsite' || word === 'inoffice' || word === 'office') return 'on-site';
  return undefined;
}

/** A workplace guessed from a location line that says so ("Remote (EU)", "Berlin, hybrid"); never guesses on-site. */
export function workplaceInText(location: string | undefined): Workplace | undefined {
  if (!location) return undefined;
  const said = WORKPLACE_WORD.exec(location)?.[1];
  if (said === undefined) return undefined;
  // "Remote" anywhere wins over "hybrid" (as "Hybrid or remote" is open to remote candidates).
  return said.toLowerCase() === 'remote' || /\bremote\b/i.test(location) ? 'remote' : 'hybrid';
}

const WORKPLACE_WORD = /\b(remote|hybrid)\b/i;

/** The parts of a place that are text, joined with ", " (empty parts and repeats left out). */
export function joinPlace(...parts: unknown[]): string | undefined {
  if (parts.length === 1) return plain(parts[0]);
  const seen: string[] = [];
  for (const part of parts) {
    const value = plain(part);
    if (value !== undefined && !seen.includes(value)) seen.push(value);
  }
  return seen.length > 0 ? seen.join(', ') : undefined;
}

/** Builds a role from the fields every parser reads; `invalid` without a title or link, `unsafe` for a bad link. */
export function role(fields: {
  title: unknown;
  url: unknown;
  id?: unknown;
  company?: unknown;
  location?: string;
  department?: unknown;
  postedAt?: unknown;
  workplace?: Workplace;
}): EntryOutcome {
  const title = plain(fields.title);
  if (title === undefined || typeof fields.url !== 'string' || fields.url.trim() === '') return 'invalid';
  const url = httpUrl(fields.url);
  if (url === undefined) return { unsafe: fields.url };
  const job: SimilarRole = { title, url };
  const id = plain(fields.id);
  const company = plain(fields.company);
  const department = plain(fields.department);
  const postedAt = isoDate(fields.postedAt);
  job.id = id ?? url;
  if (company !== undefined) job.company = company;
  if (fields.location !== undefined) job.location = fields.location;
  if (department !== undefined) job.department = department;
  if (fields.workplace !== undefined) job.workplace = fields.workplace;
  if (postedAt !== undefined) job.postedAt = postedAt;
  return job;
}

/** Runs `read` over every entry of a list and counts what was left out and why. Never throws. */
export function collect(
  list: readonly unknown[] | undefined,
  read: (entry: Record<string, unknown>) => EntryOutcome
): SourceResult {
  const result: SourceResult = { jobs: [], invalid: 0, unsafe: 0, unlisted: 0 };
  if (!list) return { ...result, problem: 'wrong-shape' };
  for (const entry of list) {
    const outcome = isRecord(entry) ? read(entry) : 'invalid';
    if (outcome === 'invalid') result.invalid += 1;
    else if (outcome === 'unlisted') result.unlisted += 1;
    else if ('unsafe' in outcome) {
      result.unsafe += 1;
      result.firstUnsafeUrl ??= outcome.unsafe.slice(0, 200);
    } else result.jobs.push(outcome);
  }
  return result;
}
