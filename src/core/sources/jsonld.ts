/**
 * schema.org `JobPosting` in JSON-LD, as careers pages publish it for search engines: one object, an array of them,
 * a `@graph`, or an `ItemList` whose `itemListElement` holds postings or `ListItem`s with the posting as `item`.
 * Reads `title` (or `name`), `url`, `identifier`, `datePosted`, `hiringOrganization.name`,
 * `jobLocation[].address.{addressLocality, addressRegion, addressCountry}` and `jobLocationType: TELECOMMUTE`.
 */
import {
  collect,
  isRecord,
  joinPlace,
  own,
  plain,
  role,
  workplaceFrom,
  workplaceInText,
  type SourceResult
} from './common.js';

const typesOf = (node: unknown): string[] => {
  const type = own(node, '@type');
  return typeof type === 'string'
    ? [type]
    : Array.isArray(type)
      ? type.filter((t): t is string => typeof t === 'string')
      : [];
};
const isA = (node: unknown, type: string) =>
  typesOf(node).some((t) => t === type || t === `schema:${type}` || t.endsWith(`/${type}`));

/** Every `JobPosting` node in a JSON-LD document, depth-limited so a deeply nested body cannot run away. */
export function jobPostingNodes(body: unknown): unknown[] | undefined {
  const found: unknown[] = [];
  let recognised = false;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || found.length > 100_000) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    if (isA(node, 'JobPosting')) {
      recognised = true;
      found.push(node);
      return;
    }
    const graph = own(node, '@graph');
    if (Array.isArray(graph)) {
      recognised = true;
      visit(graph, depth + 1);
    }
    if (isA(node, 'ItemList')) {
      recognised = true;
      const items = own(node, 'itemListElement');
      visit(Array.isArray(items) ? items : [], depth + 1);
    }
    if (isA(node, 'ListItem')) visit(own(node, 'item'), depth + 1);
  };
  visit(body, 0);
  return recognised || (Array.isArray(body) && body.length === 0) ? found : undefined;
}

function place(location: unknown): string | undefined {
  const first = Array.isArray(location) ? location[0] : location;
  const address = own(first, 'address');
  if (typeof address === 'string') return plain(address);
  const name = (value: unknown) => (isRecord(value) ? own(value, 'name') : value);
  return (
    joinPlace(own(address, 'addressLocality'), own(address, 'addressRegion'), name(own(address, 'addressCountry'))) ??
    plain(own(first, 'name'))
  );
}

export function parseJsonLd(body: unknown): SourceResult {
  return collect(jobPostingNodes(body), (entry) => {
    const identifier = own(entry, 'identifier');
    const organisation = own(entry, 'hiringOrganization');
    const location = place(own(entry, 'jobLocation'));
    const type = own(entry, 'jobLocationType');
    return role({
      id: isRecord(identifier) ? own(identifier, 'value') : identifier,
      title: own(entry, 'title') ?? own(entry, 'name'),
      url: own(entry, 'url'),
      company: isRecord(organisation) ? own(organisation, 'name') : organisation,
      location,
      postedAt: own(entry, 'datePosted'),
      workplace: workplaceFrom(Array.isArray(type) ? type[0] : type) ?? workplaceInText(location)
    });
  });
}
