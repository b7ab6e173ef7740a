/**
 * One entry point for every job feed: recognise the shape (`auto`), run the matching parser, and report what was
 * left out. DOM-free; runs in Node.
 */
import { isRecord, listAt, own, type SourceContext, type SourceResult } from './common.js';
import { parseAshby } from './ashby.js';
import { parseGreenhouse } from './greenhouse.js';
import { jobPostingNodes, parseJsonLd } from './jsonld.js';
import { parseLever } from './lever.js';
import { parseOnward } from './onward.js';
import { looksLikePersonio, parsePersonio } from './personio.js';
import { parseRecruitee } from './recruitee.js';
import { parseSmartRecruiters } from './smartrecruiters.js';
import { parseWorkable } from './workable.js';
import type { AtsName } from './urls.js';

/** The shapes `format` names; `auto` recognises each. */
export const FEED_FORMATS = [
  'auto',
  'onward',
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'recruitee',
  'workable',
  'personio',
  'jsonld'
] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
/** A format that names one parser. */
export type ConcreteFormat = Exclude<FeedFormat, 'auto'>;

/** The format a source's API answers in. */
export const formatOfAts = (ats: AtsName): ConcreteFormat => (ats === 'lever-eu' ? 'lever' : ats);

/** What {@link parseFeed} and {@link parseFeedText} return. */
export interface FeedResult extends Omit<SourceResult, 'problem'> {
  /** The parser that ran (for `auto`, the one recognised). */
  format?: ConcreteFormat;
  /** `malformed`: the body is not JSON or XML at all; `wrong-shape`: it is, but not the format's shape. */
  problem?: 'malformed' | 'wrong-shape';
}

const firstOf = (list: unknown[] | undefined): unknown => list?.find(isRecord);
const has = (entry: unknown, key: string) => own(entry, key) !== undefined;

/** Recognises a parsed JSON body's format from its shape, or `undefined` when it is none of them. */
export function detectFormat(body: unknown): ConcreteFormat | undefined {
  if (typeof body === 'string') return looksLikePersonio(body) ? 'personio' : undefined;
  if (jobPostingNodes(body)?.length) return 'jsonld';
  if (Array.isArray(body)) {
    const first = firstOf(body);
    if (has(first, 'hostedUrl') || (has(first, 'text') && has(first, 'categories'))) return 'lever';
    return 'onward';
  }
  if (!isRecord(body)) return undefined;
  if (listAt(body, 'offers')) return 'recruitee';
  if (listAt(body, 'content') && (has(body, 'totalFound') || has(firstOf(listAt(body, 'content')), 'releasedDate')))
    return 'smartrecruiters';
  const jobs = listAt(body, 'jobs');
  if (!jobs) return undefined;
  const first = firstOf(jobs);
  if (has(first, 'absolute_url')) return 'greenhouse';
  if (has(first, 'jobUrl') || has(body, 'apiVersion')) return 'ashby';
  if (has(first, 'shortcode') || has(first, 'shortlink')) return 'workable';
  if (has(body, 'meta') && !first) return 'greenhouse';
  return 'onward';
}

const PARSERS: Record<ConcreteFormat, (body: unknown, context: SourceContext) => SourceResult> = {
  onward: parseOnward,
  greenhouse: parseGreenhouse,
  lever: parseLever,
  ashby: parseAshby,
  smartrecruiters: parseSmartRecruiters,
  recruitee: parseRecruitee,
  workable: parseWorkable,
  personio: parsePersonio,
  jsonld: parseJsonLd
};

const empty = (problem: FeedResult['problem'], format?: ConcreteFormat): FeedResult => ({
  jobs: [],
  invalid: 0,
  unsafe: 0,
  unlisted: 0,
  problem,
  ...(format ? { format } : {})
});

/**
 * Turns a parsed body (JSON value, or the XML text for Personio) into roles with the parser for `format`
 * (`auto` recognises it). Never throws: a body of the wrong shape gives `problem: 'wrong-shape'` and no roles.
 */
export function parseFeed(body: unknown, format: FeedFormat = 'auto', context: SourceContext = {}): FeedResult {
  const chosen = format === 'auto' ? detectFormat(body) : format;
  if (!chosen || !Object.prototype.hasOwnProperty.call(PARSERS, chosen)) return empty('wrong-shape');
  try {
    const result = PARSERS[chosen](body, context);
    return { ...result, format: chosen };
  } catch {
    // The parsers guard every read; this is for what no one foresaw (a getter on a proxied object, say).
    return empty('wrong-shape', chosen);
  }
}

/** JSON.parse that leaves out prototype keys, so nothing downstream can trip on them. */
function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) =>
    key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value
  );
}

/**
 * Like {@link parseFeed}, from the response text: XML for `personio` (or, with `auto`, text that starts with `<`),
 * JSON otherwise. A body that is neither gives `problem: 'malformed'`.
 */
export function parseFeedText(text: string, format: FeedFormat = 'auto', context: SourceContext = {}): FeedResult {
  const start = text.trimStart();
  if (format === 'personio' || (format === 'auto' && start.startsWith('<'))) {
    if (!start.startsWith('<')) return empty('malformed', 'personio');
    return parseFeed(text, 'personio', context);
  }
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    return empty('malformed', format === 'auto' ? undefined : format);
  }
  return parseFeed(body, format, context);
}
