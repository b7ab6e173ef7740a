/**
 * Greenhouse Job Board API: `GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs` answers
 * `{ jobs: [{ id, title, absolute_url, location: { name }, updated_at, first_published?, company_name?,
 * departments?: [{ name }] }], meta }`. `departments` comes only with `?content=true`, which also adds `content`
 * (the description as escaped HTML): never read here. The board lists only live postings.
 */
import { collect, joinPlace, listAt, own, role, workplaceInText, type SourceResult } from './common.js';

export function parseGreenhouse(body: unknown): SourceResult {
  return collect(listAt(body, 'jobs'), (entry) => {
    const location = joinPlace(own(own(entry, 'location'), 'name'));
    const departments = own(entry, 'departments');
    return role({
      id: own(entry, 'id'),
      title: own(entry, 'title'),
      url: own(entry, 'absolute_url'),
      company: own(entry, 'company_name'),
      location,
      department: Array.isArray(departments) ? own(departments[0], 'name') : undefined,
      postedAt: own(entry, 'first_published') ?? own(entry, 'updated_at'),
      workplace: workplaceInText(location)
    });
  });
}
