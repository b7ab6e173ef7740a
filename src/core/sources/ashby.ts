/**
 * Ashby public Job Posting API: `GET https://api.ashbyhq.com/posting-api/job-board/{board}` answers
 * `{ apiVersion, jobs: [{ id, title, department, team, location, secondaryLocations, isListed, isRemote,
 * workplaceType: 'OnSite' | 'Remote' | 'Hybrid', publishedAt, jobUrl, applyUrl, descriptionHtml, … }] }`.
 * `isListed: false` postings are reachable by link only, so they are left out.
 */
import { collect, joinPlace, listAt, own, role, workplaceFrom, workplaceInText, type SourceResult } from './common.js';

export function parseAshby(body: unknown): SourceResult {
  return collect(listAt(body, 'jobs'), (entry) => {
    if (own(entry, 'isListed') === false) return 'unlisted';
    const location = joinPlace(own(entry, 'location'));
    return role({
      id: own(entry, 'id'),
      title: own(entry, 'title'),
      url: own(entry, 'jobUrl'),
      location,
      department: own(entry, 'department') ?? own(entry, 'team'),
      postedAt: own(entry, 'publishedAt'),
      workplace:
        workplaceFrom(own(entry, 'workplaceType')) ??
        (own(entry, 'isRemote') === true ? 'remote' : workplaceInText(location))
    });
  });
}
