/**
 * Workable job widget API: `GET https://apply.workable.com/api/v1/widget/accounts/{account}` answers
 * `{ name, description, jobs: [{ title, shortcode, code, employment_type, telecommuting, department, url, shortlink,
 * application_url, published_on, created_at, country, city, state, locations?: [{ country, city, region, hidden }] }] }`.
 */
import { collect, joinPlace, listAt, own, role, type SourceResult } from './common.js';

export function parseWorkable(body: unknown): SourceResult {
  const company = own(body, 'name');
  return collect(listAt(body, 'jobs'), (entry) => {
    const locations = own(entry, 'locations');
    const first = Array.isArray(locations) ? locations.find((place) => own(place, 'hidden') !== true) : undefined;
    const location =
      joinPlace(own(entry, 'city'), own(entry, 'state'), own(entry, 'country')) ??
      joinPlace(own(first, 'city'), own(first, 'region'), own(first, 'country'));
    return role({
      id: own(entry, 'shortcode') ?? own(entry, 'id'),
      title: own(entry, 'title'),
      url: own(entry, 'url') ?? own(entry, 'shortlink'),
      company,
      location,
      department: own(entry, 'department'),
      postedAt: own(entry, 'published_on') ?? own(entry, 'created_at'),
      workplace: own(entry, 'telecommuting') === true ? 'remote' : undefined
    });
  });
}
