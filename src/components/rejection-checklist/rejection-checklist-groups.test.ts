import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../define/rejection-checklist.js';
import type { OnwardRejectionChecklist } from './rejection-checklist.js';
import type { ChecklistItem } from './rejection-checklist.types.js';
import { text } from '../../../test/helpers/fields.js';

/** Each group as the candidate reads it: its heading (or none), then its item labels. */
function groupsOf(el: OnwardRejectionChecklist) {
  return [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((group) => ({
    heading: text(group.querySelector('[part~="group-heading"]')) || null,
    items: [...group.querySelectorAll('[part~="item-label"]')].map(text)
  }));
}

describe('<onward-rejection-checklist> items without a group', () => {
  it('are listed first, with no heading, never under the heading of the group before them', async () => {
    const items: ChecklistItem[] = [
      { id: 'mentor', label: 'Call your mentor', group: 'feedback' },
      { id: 'walk', label: 'Take a long walk' },
      { id: 'portfolio', label: 'Update the portfolio', group: 'Portfolio' },
      { id: 'sleep', label: 'Sleep in on Saturday' }
    ];
    const el = await fixture<OnwardRejectionChecklist>(
      html`<onward-rejection-checklist persist="none" .items=${items}></onward-rejection-checklist>`
    );
    expect(groupsOf(el)).to.deep.equal([
      { heading: null, items: ['Take a long walk', 'Sleep in on Saturday'] },
      { heading: 'Getting feedback', items: ['Call your mentor'] },
      { heading: 'Portfolio', items: ['Update the portfolio'] }
    ]);
    expect(el.toText()).to.match(/☐ Take a long walk\n☐ Sleep in on Saturday\n\nGetting feedback\n☐ Call your mentor/);
  });

  it('stay one list without a heading when no item has a group', async () => {
    const items: ChecklistItem[] = [
      { id: 'walk', label: 'Take a long walk' },
      { id: 'sleep', label: 'Sleep in on Saturday' }
    ];
    const el = await fixture<OnwardRejectionChecklist>(
      html`<onward-rejection-checklist persist="none" .items=${items}></onward-rejection-checklist>`
    );
    expect(groupsOf(el)).to.deep.equal([{ heading: null, items: ['Take a long walk', 'Sleep in on Saturday'] }]);
  });
});
