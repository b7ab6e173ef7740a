/**
 * Onward's own feed shape: an array of `{ title, url, company?, location?, postedAt?, id?, department?, workplace? }`,
 * or an object with that array under `jobs`. Links may be relative (the host's own site), `http:`, `https:` or
 * `mailto:`.
 */
import { parseJobs } from '../jobs.js';
import { wellFormed } from '../text.js';
import type { SourceResult } from './common.js';

const RELATIVE_BASE = 'https://relative.onward.invalid/';

/** A link the browser may follow: relative, `http:`, `https:` or `mailto:`, parsed as the browser will parse it. */
export function isFollowableUrl(value: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(wellFormed(value).trim(), RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
}

export function parseOnward(body: unknown): SourceResult {
  const parsed = parseJobs(body, { isSafeUrl: isFollowableUrl });
  const result: SourceResult = { jobs: parsed.jobs, invalid: parsed.invalid, unsafe: parsed.unsafe, unlisted: 0 };
  if (parsed.firstUnsafeUrl !== undefined) result.firstUnsafeUrl = parsed.firstUnsafeUrl;
  if (parsed.problem) result.problem = 'wrong-shape';
  return result;
}
