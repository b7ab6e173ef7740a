/**
 * Recruitee careers-site API: `GET https://{company}.recruitee.com/api/offers` answers `{ offers: [{ id, slug,
 * title, status, careers_url, department, location, city, country, remote, hybrid?, on_site?, published_at,
 * created_at, company_name?, description (HTML) }] }`, dates as `2025-05-01 09:00:00 UTC`. Only `published`
 * offers are shown.
 */
import { collect, joinPlace, listAt, own, role, type SourceResult } from './common.js';

export function parseRecruitee(body: unknown): SourceResult {
  return collect(listAt(body, 'offers'), (entry) => {
    const status = own(entry, 'status');
    if (typeof status === 'string' && status !== 'published') return 'unlisted';
    return role({
      id: own(entry, 'id'),
      title: own(entry, 'title'),
      url: own(entry, 'careers_url'),
      company: own(entry, 'company_name'),
      location: joinPlace(own(entry, 'location')) ?? joinPlace(own(entry, 'city'), own(entry, 'country')),
      department: own(entry, 'department'),
      postedAt: own(entry, 'published_at') ?? own(entry, 'created_at'),
      workplace:
        own(entry, 'remote') === true
          ? 'remote'
          : own(entry, 'hybrid') === true
            ? 'hybrid'
            : own(entry, 'on_site') === true
              ? 'on-site'
              : undefined
    });
  });
}
