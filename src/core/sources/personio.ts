/**
 * Personio XML feed: `GET https://{company}.jobs.personio.de/xml` answers
 * `<workzag-jobs><position><id/><subcompany/><office/><additionalOffices/><department/><recruitingCategory/><name/>
 * <jobDescriptions>…</jobDescriptions><employmentType/><seniority/><schedule/><createdAt/></position>…</workzag-jobs>`.
 * The link is `https://{company}.jobs.personio.de/job/{id}`. Read with a small tolerant reader rather than
 * `DOMParser`, so it runs in Node and on a server, and a broken tag loses one posting, not the feed.
 */
import { collect, joinPlace, role, workplaceInText, type SourceContext, type SourceResult } from './common.js';

const POSITION = /<position(?:\s[^>]*)?>([\s\S]*?)<\/position\s*>/gi;
/** Parts of a position that hold nested `name` and `office` tags, and comments: removed before reading fields. */
const NOISE =
  /<!--[\s\S]*?-->|<(jobDescriptions|additionalOffices)(?:\s[^>]*)?>[\s\S]*?<\/\1\s*>|<[A-Za-z][\w:.-]*(?:\s[^>]*)?\/>/gi;
const FIELDS = ['id', 'name', 'office', 'department', 'subcompany', 'createdAt'] as const;
const FIELD_PATTERNS = Object.fromEntries(
  FIELDS.map((tag) => [tag, new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`, 'i')])
) as Record<(typeof FIELDS)[number], RegExp>;

/**
 * An element's text with CDATA unwrapped and tags outside it dropped. Entities are left for `plain()`, which decodes
 * them once: decoding here too would turn a title's literal `&lt;` into `<`.
 */
function textOf(raw: string): string {
  let out = '';
  let last = 0;
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  for (let match = cdata.exec(raw); match; match = cdata.exec(raw)) {
    out += raw.slice(last, match.index).replace(/<[^>]*>/g, '');
    out += match[1];
    last = match.index + match[0].length;
  }
  return out + raw.slice(last).replace(/<[^>]*>/g, '');
}

/** True when the text looks like Personio's feed (or any XML with `position` elements). */
export const looksLikePersonio = (text: string): boolean => /<(workzag-jobs|position)[\s>]/i.test(text);

export function parsePersonio(body: unknown, context: SourceContext = {}): SourceResult {
  if (typeof body !== 'string' || !looksLikePersonio(body)) return collect(undefined, () => 'invalid');
  const positions: Record<string, string>[] = [];
  for (const match of body.matchAll(POSITION)) {
    const block = match[1].replace(NOISE, '');
    const fields: Record<string, string> = {};
    for (const tag of FIELDS) {
      const found = FIELD_PATTERNS[tag].exec(block);
      if (found) fields[tag] = textOf(found[1]);
    }
    positions.push(fields);
  }
  const board = context.board;
  return collect(positions, (fields) => {
    const id = typeof fields.id === 'string' ? fields.id.trim() : '';
    const location = joinPlace(fields.office);
    return role({
      id: id || undefined,
      title: fields.name,
      url: board && /^\d{1,20}$/.test(id) ? `https://${board}.jobs.personio.de/job/${id}` : undefined,
      company: fields.subcompany,
      location,
      department: fields.department,
      postedAt: fields.createdAt,
      workplace: workplaceInText(location)
    });
  });
}
