/**
 * SmartRecruiters Posting API: `GET https://api.smartrecruiters.com/v1/companies/{company}/postings` answers
 * `{ offset, limit, totalFound, content: [{ id, name, refNumber, company: { identifier, name }, releasedDate,
 * location: { city, region, country, remote?, hybrid?, fullLocation? }, department?: { label },
 * visibility?: 'PUBLIC' | 'INTERNAL', ref }] }`. `ref` is the API's own URL, not a page: the link is the public
 * posting page, `https://jobs.smartrecruiters.com/{company}/{id}`.
 */
import { isBoardName } from './urls.js';
import { collect, joinPlace, listAt, own, role, type SourceContext, type SourceResult } from './common.js';

export function parseSmartRecruiters(body: unknown, context: SourceContext = {}): SourceResult {
  return collect(listAt(body, 'content'), (entry) => {
    const visibility = own(entry, 'visibility');
    if (typeof visibility === 'string' && visibility.toUpperCase() !== 'PUBLIC') return 'unlisted';
    const company = own(entry, 'company');
    const identifier = own(company, 'identifier');
    const companyId =
      typeof identifier === 'string' && isBoardName('smartrecruiters', identifier) ? identifier : context.board;
    const id = own(entry, 'id');
    const idText = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    const place = own(entry, 'location');
    const location =
      joinPlace(own(place, 'fullLocation')) ??
      joinPlace(own(place, 'city'), own(place, 'region'), own(place, 'country'));
    return role({
      id: idText,
      title: own(entry, 'name'),
      url:
        companyId && idText && /^[\w-]{1,64}$/.test(idText)
          ? `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${encodeURIComponent(idText)}`
          : undefined,
      company: own(company, 'name'),
      location,
      department: own(own(entry, 'department'), 'label'),
      postedAt: own(entry, 'releasedDate'),
      workplace: own(place, 'remote') === true ? 'remote' : own(place, 'hybrid') === true ? 'hybrid' : undefined
    });
  });
}
