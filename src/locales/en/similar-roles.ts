/** English strings of <onward-similar-roles>; registered by the element’s define module, composed into `../en.ts`. */
export const similarRolesStrings = {
  'similarRoles.heading': 'Similar roles',
  'similarRoles.headingFor': 'Roles like {jobTitle}',
  'similarRoles.separator': ' · ',
  'similarRoles.posted': 'Posted {when}',
  'similarRoles.loading': 'Loading similar roles…',
  'similarRoles.loaded': 'Similar roles found: {count}.',
  'similarRoles.empty': 'There are no similar roles to show right now. New roles come up all the time.',
  'similarRoles.error': 'Similar roles could not be loaded just now.',
  'similarRoles.retry': 'Try again',
  'similarRoles.seeAll': 'See all similar roles',
  'similarRoles.seeBoard': 'See all open roles',
  'similarRoles.new': 'New',
  'similarRoles.errorNotFound': 'We can’t find this job board right now. You can still look at all open roles.',
  'similarRoles.errorBusy': 'The job board is busy right now. You can try again in a moment.',
  'similarRoles.errorNetwork': 'We couldn’t reach the job board. Check your connection, then try again.',
  'similarRoles.errorTimeout': 'The job board is taking too long to answer.',
  'similarRoles.errorMalformed': 'The job list came back in a form we can’t read.'
};
