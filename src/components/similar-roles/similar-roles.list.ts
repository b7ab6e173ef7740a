import { html, nothing } from 'lit';
import { postedAgo, roleId, type KeptRole, type SimilarRole } from '../../core/jobs.js';
import type { OnwardLocalize } from '../../internal/localize.js';

/** What the list of roles shows and where the candidate's clicks go. The element builds it for each render. */
export interface ListView {
  localize: OnwardLocalize;
  /** True while hydrating a server render: the ages the server wrote are left for the update after it. */
  hydrating: boolean;
  /** Ids of the roles new since the last visit. */
  newIds: ReadonlySet<string>;
  isKept: (url: string) => boolean;
  onFollow: (event: MouseEvent, url: string, index: number) => void;
  onKeep: (role: KeptRole, index: number) => void;
}

/**
 * "3 days ago", or '' when the role has no date this browser can put into words. Each role on its own: whatever one
 * entry holds, the others still show.
 */
function postedWhen(localize: OnwardLocalize, role: SimilarRole): string {
  const age = postedAgo(role.postedAt);
  if (!age) return '';
  try {
    return localize.relativeTime(age.value, age.unit, { numeric: 'auto' });
  } catch {
    return '';
  }
}

function renderMeta(view: ListView, role: SimilarRole, index: number, when: string) {
  const { localize } = view;
  const where = [role.company, role.location].filter(Boolean).join(localize.t('similarRoles.separator'));
  if (!where && !when) return nothing;
  // Not while hydrating: the server's clock and time zone wrote that age; the update after hydration writes the
  // browser's ("today" on the server can be "yesterday" here).
  const shownWhen = view.hydrating ? '' : when;
  return html`<p part="meta" id=${`meta-${index}`}>
    ${where ? html`<span>${where}</span> ` : nothing}${
      when ? html`<span>${localize.t('similarRoles.posted', { when: shownWhen })}</span>` : nothing
    }
  </p>`;
}

function renderKeep(view: ListView, role: KeptRole, index: number) {
  const { localize } = view;
  const kept = view.isKept(role.url);
  return html`<button
    part="keep"
    type="button"
    class="secondary keep"
    aria-pressed=${kept ? 'true' : 'false'}
    aria-label=${localize.t(kept ? 'similarRoles.keptLabel' : 'similarRoles.keepLabel', { title: role.title })}
    @click=${() => view.onKeep(role, index)}
  >
    ${localize.t(kept ? 'similarRoles.kept' : 'similarRoles.keep')}
  </button>`;
}

/** The roles shown: each a link with its "New" label, company, location and age, and its "Keep" toggle. */
export function renderList(view: ListView, roles: readonly SimilarRole[]) {
  if (roles.length === 0) return nothing;
  const { localize } = view;
  return html`<ul part="list" aria-labelledby="heading">
    ${roles.map((role, index) => {
      const when = postedWhen(localize, role);
      const hasMeta = Boolean(role.company || role.location || when);
      const isNew = view.newIds.has(roleId(role));
      const describedBy = [isNew ? `new-${index}` : '', hasMeta ? `meta-${index}` : ''].filter(Boolean).join(' ');
      const follow = (event: MouseEvent) => view.onFollow(event, role.url, index);
      return html`<li part="item">
        ${isNew ? html`<span part="new" id=${`new-${index}`}>${localize.t('similarRoles.new')}</span> ` : nothing}<a
          part="link"
          href=${role.url}
          aria-describedby=${describedBy || nothing}
          @click=${follow}
          @auxclick=${follow}
          >${role.title}</a
        >
        ${renderMeta(view, role, index, when)} ${renderKeep(view, role, index)}
      </li>`;
    })}
  </ul>`;
}
