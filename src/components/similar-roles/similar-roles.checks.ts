import { parseJobs, searchTerm, type SimilarRole } from '../../core/jobs.js';
import { fillUrlTemplate } from '../../core/template.js';
import { safeUrl, safeUrlOrWarn } from '../../internal/links.js';
import { quoted, warnOnce } from '../../internal/validate.js';

/** Checks a list of roles from `source` (an attribute, or a feed); warns once per problem; `undefined` if misshapen. */
export function validateRoles(host: HTMLElement, value: unknown, source: string): SimilarRole[] | undefined {
  const parsed = parseJobs(value, { isSafeUrl: (url) => safeUrl(url) !== undefined });
  const where = `<${host.localName}> ${source}`;
  if (parsed.problem) {
    console.warn(
      `[onward-elements] ${where} must be a list of { title, url, company?, location?, postedAt? }; showing no roles.`
    );
    return undefined;
  }
  if (parsed.invalid > 0) {
    const entries = `${parsed.invalid} entr${parsed.invalid === 1 ? 'y' : 'ies'}`;
    console.warn(`[onward-elements] ${where}: skipped ${entries} without a title or url.`);
  }
  if (parsed.firstUnsafeUrl !== undefined) {
    safeUrlOrWarn(parsed.firstUnsafeUrl, `${where} (${parsed.unsafe} role${parsed.unsafe === 1 ? '' : 's'} left out)`);
  }
  return parsed.jobs;
}

/**
 * The "See all" link: `search-url` filled in with `job-title` and `location`, if it is a safe link that stays on the
 * template's own site; warns once otherwise.
 */
export function searchLink(
  host: HTMLElement,
  searchUrl: string | undefined,
  values: { jobTitle?: string; location?: string }
): string | undefined {
  const template = searchUrl?.trim();
  if (!template) return undefined;
  const where = `<${host.localName}> search-url`;
  const terms = { title: searchTerm(values.jobTitle), location: searchTerm(values.location) };
  const filled = fillUrlTemplate(template, terms);
  if (filled === undefined) {
    warnOnce(
      host,
      `search-url-origin:${template}`,
      `${where}=${quoted(template)}: with job-title and location filled in, the link would lead to another site; ` +
        '"See all" is left out.'
    );
    return undefined;
  }
  return safeUrlOrWarn(filled, where);
}
