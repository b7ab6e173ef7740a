/**
 * Lever Postings API: `GET https://api.lever.co/v0/postings/{site}?mode=json` (EU: `api.eu.lever.co`) answers an
 * array of `{ id, text, hostedUrl, applyUrl, createdAt (ms), workplaceType?, categories: { location?, allLocations?,
 * department?, team?, commitment? } }`. Only published postings are served; a `state` other than `published`, where
 * present, is left out all the same.
 */
import { collect, joinPlace, own, role, workplaceFrom, workplaceInText, type SourceResult } from './common.js';

export function parseLever(body: unknown): SourceResult {
  return collect(Array.isArray(body) ? body : undefined, (entry) => {
    const state = own(entry, 'state');
    if (typeof state === 'string' && state !== 'published') return 'unlisted';
    const categories = own(entry, 'categories');
    const all = own(categories, 'allLocations');
    const location = joinPlace(own(categories, 'location') ?? (Array.isArray(all) ? all[0] : undefined));
    return role({
      id: own(entry, 'id'),
      title: own(entry, 'text'),
      url: own(entry, 'hostedUrl'),
      location,
      department: own(categories, 'department') ?? own(categories, 'team'),
      postedAt: own(entry, 'createdAt'),
      workplace: workplaceFrom(own(entry, 'workplaceType')) ?? workplaceInText(location)
    });
  });
}
