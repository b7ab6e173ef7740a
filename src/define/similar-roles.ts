import { OnwardSimilarRoles } from '../components/similar-roles/similar-roles.js';
import { defineElement } from '../internal/define.js';
import { addEnglish } from '../internal/localize.js';
import { similarRolesStrings } from '../locales/en/similar-roles.js';
import similarRolesLanguages from '../internal/languages/similar-roles.js';

export { OnwardSimilarRoles };
export * from '../components/similar-roles/similar-roles.types.js';

addEnglish(similarRolesStrings, similarRolesLanguages);
defineElement('onward-similar-roles', OnwardSimilarRoles);

declare global {
  interface HTMLElementTagNameMap {
    'onward-similar-roles': OnwardSimilarRoles;
  }
  interface GlobalEventHandlersEventMap {
    'onward-role-select': CustomEvent<import('../components/similar-roles/similar-roles.types.js').RoleSelectDetail>;
    'onward-role-keep': CustomEvent<import('../components/similar-roles/similar-roles.types.js').RoleKeepDetail>;
  }
}
