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
  'similarRoles.seeAll': 'See all similar roles'
};
