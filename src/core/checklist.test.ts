import { expect } from '@open-wc/testing';
import { groupChecklistItems, readChecklistState, validateChecklistItems } from './checklist.js';

describe('validateChecklistItems', () => {
  it('means the built-in items, without a problem, for no value', () => {
    expect(validateChecklistItems(undefined)).to.deep.equal({ problems: [] });
    expect(validateChecklistItems(null)).to.deep.equal({ problems: [] });
  });

  it('keeps usable items, trimmed, and names what it skipped', () => {
    const result = validateChecklistItems([
      { id: ' a ', label: ' A ', group: ' learn ', dueInDays: 3, extra: 1 },
      { id: 'a', label: 'again' },
      { label: 'no id' },
      { id: 'b', label: 'B', dueInDays: -1 },
      7
    ]);
    expect(result.items).to.deep.equal([
      { id: 'a', label: 'A', group: 'learn', dueInDays: 3 },
      { id: 'b', label: 'B' }
    ]);
    expect(result.problems).to.have.length(4);
  });

  it('refuses a wrong shape, an empty list and a list with nothing usable', () => {
    expect(validateChecklistItems({ id: 'a', label: 'A' }).items).to.equal(undefined);
    expect(validateChecklistItems([]).problems).to.deep.equal(['is an empty list']);
    expect(validateChecklistItems([null]).problems).to.include('has no usable items');
  });
});

describe('readChecklistState', () => {
  it('keeps short, distinct ids and refuses other shapes', () => {
    expect(readChecklistState({ checked: ['a', 'a', '', 3, 'x'.repeat(201), 'b'] })).to.deep.equal({
      checked: ['a', 'b']
    });
    expect(readChecklistState({ checked: 'a' })).to.equal(undefined);
    expect(readChecklistState(null)).to.equal(undefined);
  });
});

describe('groupChecklistItems', () => {
  it('groups in order of first appearance, the items without a group first', () => {
    const items = [
      { id: 'a', group: 'learn' },
      { id: 'b' },
      { id: 'c', group: 'search' },
      { id: 'd', group: 'learn' },
      { id: 'e' }
    ];
    expect(groupChecklistItems(items).map(({ key, items }) => [key, items.map((item) => item.id)])).to.deep.equal([
      ['', ['b', 'e']],
      ['learn', ['a', 'd']],
      ['search', ['c']]
    ]);
    expect(groupChecklistItems([])).to.deep.equal([]);
  });
});
