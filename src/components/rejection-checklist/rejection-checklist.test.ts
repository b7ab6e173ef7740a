import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { html } from 'lit';
import '../../define/rejection-checklist.js';
import { localDatePlus } from '../../core/ics.js';
import { fillTemplate } from '../../core/template.js';
import { registerTranslation } from '../../internal/localize.js';
import en, { type TermKey } from '../../locales/en.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { canHoldKeys, itWhere, itWithCdp } from '../../../test/helpers/browser.js';
import { observe } from '../../../test/helpers/console.js';
import { storageFaults, withStorageMethod } from '../../../test/helpers/storage-faults.js';
import type { OnwardRejectionChecklist } from './rejection-checklist.js';
import { CHECKLIST_BUILT_IN_ITEMS, CHECKLIST_GROUPS } from './rejection-checklist.data.js';
import type { ChecklistChangeDetail, ChecklistItem } from './rejection-checklist.types.js';
import { part, parts, settle, text } from '../../../test/helpers/fields.js';

type Checklist = OnwardRejectionChecklist;

const KEY = 'onward:v1:rejection-checklist:default';
const ALL_IDS = CHECKLIST_BUILT_IN_ITEMS.map((item) => item.id);
const DUE_ITEMS = CHECKLIST_BUILT_IN_ITEMS.filter((item) => item.dueInDays !== undefined);

const boxes = (el: Checklist) => parts<HTMLInputElement>(el, 'checkbox');
const labels = (el: Checklist) => parts(el, 'item-label').map(text);
/** A built-in label as shown: `{minutes}` filled in, in English digits. */
const shownLabel = (key: TermKey) => fillTemplate(en[key], { minutes: '20' });
/** The polite region that says what changed (the one status region without a part of its own). */
const announcer = (el: Checklist) => el.shadowRoot!.querySelector('[role="status"]:not([part])')!;
const note = (el: Checklist) => part(el, 'note')!;
const stored = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { version: number; data: { checked: string[] } } | null;
const record = (checked: unknown[]) => JSON.stringify({ version: 1, data: { checked } });

async function tick(el: Checklist, index: number): Promise<void> {
  boxes(el)[index].click();
  await el.updateComplete;
}

async function checklist(
  template = html`<onward-rejection-checklist></onward-rejection-checklist>`
): Promise<Checklist> {
  const el = await fixture<Checklist>(template);
  await el.updateComplete;
  return el;
}

const customItems: ChecklistItem[] = [
  {
    id: 'call-mentor',
    label: 'Call your mentor',
    group: 'feedback',
    description: 'Ten minutes is enough.',
    dueInDays: 2
  },
  { id: 'portfolio', label: 'Tidy one portfolio piece', group: 'Portfolio', dueInDays: 14 },
  { id: 'walk', label: 'Take a long walk' }
];

describe('<onward-rejection-checklist>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('accessibility', () => {
    it('has no WCAG 2.2 AA violations half done, with the reset question open and the storage note shown', async () => {
      localStorage.setItem(KEY, '{corrupt');
      const el = await checklist();
      await tick(el, 0);
      await tick(el, 3);
      part(el, 'reset')!.click();
      await settle(el);
      expect(text(note(el))).to.not.be.empty;
      expect(part(el, 'confirm')!.hidden).to.be.false;
      await expectNoAxeViolations(el.parentElement!);
    });

    it('has no WCAG 2.2 AA violations all done, in dark, with the copy fallback shown', async () => {
      localStorage.setItem(KEY, record(ALL_IDS));
      const el = await checklist(html`<onward-rejection-checklist theme="dark"></onward-rejection-checklist>`);
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      try {
        part(el, 'copy')!.click();
        await waitFor(() => el.shadowRoot!.querySelector('textarea') !== null);
      } finally {
        restore();
      }
      await settle(el);
      expect(part(el, 'celebration')!.hidden).to.be.false;
      await expectNoAxeViolations(el.parentElement!);
    });

    it('uses native checkboxes named by their own labels, in the same shadow root', async () => {
      const el = await checklist();
      const inputs = boxes(el);
      expect(inputs).to.have.length(12);
      inputs.forEach((input, index) => {
        expect(input.type).to.equal('checkbox');
        expect(input.labels).to.have.length(1);
        expect(text(input.labels![0])).to.equal(labels(el)[index]);
      });
    });

    it('links each description and suggested timing to its checkbox with aria-describedby', async () => {
      const el = await checklist();
      const thanks = boxes(el)[ALL_IDS.indexOf('send-thanks')];
      const described = thanks
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(described).to.deep.equal(['Two or three lines is plenty.', 'Around day 1']);
      expect(boxes(el)[ALL_IDS.indexOf('tell-someone')].hasAttribute('aria-describedby')).to.be.false;
    });

    it('puts the element heading at h2 and the five group headings at h3, in order', async () => {
      const el = await checklist();
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(text(part(el, 'heading'))).to.equal('What to do this week');
      const groupHeadings = parts(el, 'group-heading');
      expect(groupHeadings.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
      expect(groupHeadings.map(text)).to.deep.equal(CHECKLIST_GROUPS.map((group) => en[`checklist.group.${group}`]));
      // Not the step cards' titles word for word: on a page with the path, a headings list would read each one twice.
      for (const group of CHECKLIST_GROUPS)
        expect(en[`checklist.group.${group}`]).not.to.equal(en[`stepCard.${group}.heading`]);
    });

    it('moves every heading with heading-level, and uses aria-level 7 for groups under an h6', async () => {
      const el = await checklist(html`<onward-rejection-checklist heading-level="4"></onward-rejection-checklist>`);
      expect(part(el, 'heading')!.localName).to.equal('h4');
      expect(part(el, 'group-heading')!.localName).to.equal('h5');
      const deepest = await checklist(
        html`<onward-rejection-checklist heading-level="6"></onward-rejection-checklist>`
      );
      expect(part(deepest, 'heading')!.localName).to.equal('h6');
      const group = part(deepest, 'group-heading')!;
      expect(group.getAttribute('role')).to.equal('heading');
      expect(group.getAttribute('aria-level')).to.equal('7');
    });

    it('gives every checkbox at least 24×24 px, every row and button at least 44 px', async () => {
      const el = await checklist(
        html`<div style="inline-size: 320px"><onward-rejection-checklist></onward-rejection-checklist></div>`
      ).then((wrapper) => wrapper.querySelector('onward-rejection-checklist')! as Checklist);
      await tick(el, 0);
      for (const box of boxes(el)) {
        const rect = box.getBoundingClientRect();
        expect(rect.width).to.be.at.least(24);
        expect(rect.height).to.be.at.least(24);
      }
      for (const row of parts(el, 'label')) expect(row.getBoundingClientRect().height).to.be.at.least(44);
      for (const name of ['copy', 'reminders', 'reset'])
        expect(part(el, name)!.getBoundingClientRect().height, name).to.be.at.least(44);
    });

    it('shows progress as text and as a native progress bar named by that text', async () => {
      const el = await checklist();
      const bar = part<HTMLProgressElement>(el, 'progress-bar')!;
      expect(bar.localName).to.equal('progress');
      expect(bar.max).to.equal(12);
      expect(bar.value).to.equal(0);
      expect(el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)).to.equal(part(el, 'progress-text'));
    });

    it('has its live regions from the first render, empty', async () => {
      const el = await checklist();
      const regions = [...el.shadowRoot!.querySelectorAll('[role="status"]')];
      expect(regions).to.have.length(3);
      for (const region of regions) expect(text(region)).to.equal('');
    });
  });

  describe('defaults and reflection', () => {
    it('shows 12 built-in items with stable ids, none done, reminders offered, reset disabled', async () => {
      const el = await checklist();
      expect(labels(el)).to.deep.equal(CHECKLIST_BUILT_IN_ITEMS.map((item) => shownLabel(item.label)));
      expect(new Set(ALL_IDS).size).to.equal(12);
      expect(el.checked).to.deep.equal([]);
      expect(text(part(el, 'progress-text'))).to.equal('0 of 12 done');
      expect(part(el, 'reminders')).to.exist;
      expect(part<HTMLButtonElement>(el, 'reset')!.disabled).to.be.true;
      expect(part(el, 'celebration')!.hidden).to.be.true;
      expect(part(el, 'confirm')!.hidden).to.be.true;
    });

    it('reflects persist and storage-key, and defaults them to local and default', async () => {
      const el = await checklist();
      expect(el.getAttribute('persist')).to.equal('local');
      expect(el.getAttribute('storage-key')).to.equal('default');
      expect(el.getAttribute('theme')).to.equal('light');
    });

    it('uses the heading attribute as text, never as markup', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist heading=${'<img src=x onerror=alert(1)> Next'}></onward-rejection-checklist>`
      );
      expect(text(part(el, 'heading'))).to.equal('<img src=x onerror=alert(1)> Next');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('exposes checked as a read-only list of ticked ids in list order', async () => {
      const el = await checklist();
      await tick(el, 5);
      await tick(el, 1);
      expect(el.checked).to.deep.equal([ALL_IDS[1], ALL_IDS[5]]);
      expect(() => {
        (el as unknown as { checked: string[] }).checked = ['x'];
      }).to.throw();
      expect(el.checked).to.deep.equal([ALL_IDS[1], ALL_IDS[5]]);
    });

    it('warns once for a bad persist or heading-level and falls back', async () => {
      let el!: Checklist;
      const { warnings, errors } = await observe(async () => {
        el = await checklist(
          html`<onward-rejection-checklist persist="cloud" heading-level="9"></onward-rejection-checklist>`
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(el.persist).to.equal('local');
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n'))
        .to.contain('persist')
        .and.contain('local, session, none')
        .and.contain('heading-level');
    });
  });

  describe('custom items', () => {
    it('replaces the built-in items from the items attribute, grouped by group', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist items=${JSON.stringify(customItems)}></onward-rejection-checklist>`
      );
      // Items without a group come first, with no heading; a step name shows that step's localized group name; other
      // text is shown as written.
      expect(labels(el)).to.deep.equal(['Take a long walk', 'Call your mentor', 'Tidy one portfolio piece']);
      expect(parts(el, 'group').map((group) => text(group.querySelector('[part~="group-heading"]')))).to.deep.equal([
        '',
        'Getting feedback',
        'Portfolio'
      ]);
      expect(text(part(el, 'description'))).to.equal('Ten minutes is enough.');
      expect(parts(el, 'due').map(text)).to.deep.equal(['Around day 2', 'Around day 14']);
      expect(text(part(el, 'progress-text'))).to.equal('0 of 3 done');
    });

    it('takes items as a property too, and goes back to the built-in items when it is cleared', async () => {
      const el = await checklist();
      el.items = customItems;
      await el.updateComplete;
      expect(boxes(el)).to.have.length(3);
      el.items = undefined;
      await el.updateComplete;
      expect(boxes(el)).to.have.length(12);
    });

    for (const [name, value] of [
      ['bad JSON', '[{"id": "a", "label": "A"'],
      ['a wrong shape (an object)', '{"id": "a", "label": "A"}'],
      ['a wrong shape (a number)', '42'],
      ['an empty list', '[]'],
      ['no usable item', '[{"label": "no id"}, {"id": ""}, null, 7]'],
      ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`]
    ] as const) {
      it(`falls back to the built-in items with one warning for ${name}`, async () => {
        let el!: Checklist;
        const { warnings, errors } = await observe(async () => {
          el = await checklist(html`<onward-rejection-checklist items=${value}></onward-rejection-checklist>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(boxes(el)).to.have.length(12);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('onward-rejection-checklist').and.contain('items').and.contain('built-in');
      });
    }

    it('skips items with a duplicate or missing id with one warning, and keeps the rest', async () => {
      let el!: Checklist;
      const items = [
        { id: 'a', label: 'First A' },
        { id: 'a', label: 'Second A' },
        { label: 'No id' },
        { id: 'b', label: 'B', dueInDays: -3 },
        { id: 'c', label: '' },
        { id: 'd', label: 'D' }
      ];
      const { warnings, errors } = await observe(async () => {
        el = await checklist(
          html`<onward-rejection-checklist items=${JSON.stringify(items)}></onward-rejection-checklist>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(labels(el)).to.deep.equal(['First A', 'B', 'D']);
      expect(parts(el, 'due')).to.have.length(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('duplicate id "a"').and.contain('no usable id').and.contain('dueInDays');
    });

    it('shows hostile labels literally and creates no element they ask for', async () => {
      const hostile = [
        { id: 'x1', label: '<img src=x onerror="window.__pwned=1">' },
        { id: 'x2', label: '<script>window.__pwned=1</script>', description: '</textarea><svg onload=alert(1)>' },
        { id: '__proto__', label: '\u202Eevil\u202C and 👩🏽‍💻 and \uD800' }
      ];
      const el = await checklist(
        html`<onward-rejection-checklist items=${JSON.stringify(hostile)}></onward-rejection-checklist>`
      );
      expect(labels(el)[0]).to.equal(hostile[0].label);
      expect(labels(el)[1]).to.equal(hostile[1].label);
      expect(el.shadowRoot!.querySelector('img, script, svg:not([viewBox])')).to.be.null;
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      await tick(el, 2);
      expect(el.checked).to.deep.equal(['__proto__']);
    });
  });

  describe('parts', () => {
    it('renders the documented parts, each item with its label, checkbox and text', async () => {
      const el = await checklist();
      for (const name of [
        'base',
        'heading',
        'progress',
        'progress-text',
        'progress-bar',
        'note',
        'actions',
        'copy',
        'reset',
        'confirm',
        'message'
      ]) {
        expect(part(el, name), name).to.exist;
      }
      expect(parts(el, 'group')).to.have.length(5);
      expect(parts(el, 'item')).to.have.length(12);
      expect(parts(el, 'label')).to.have.length(12);
    });
  });

  describe('events', () => {
    it('fires onward-checklist-change with { itemId, checked, completed, total }, bubbling and composed', async () => {
      const el = await checklist();
      setTimeout(() => boxes(el)[2].click());
      const event = await oneEvent(el, 'onward-checklist-change');
      expect(event.detail).to.deep.equal({ itemId: 'send-thanks', checked: true, completed: 1, total: 12 });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      setTimeout(() => boxes(el)[2].click());
      const untick = await oneEvent(el, 'onward-checklist-change');
      expect(untick.detail).to.deep.equal({ itemId: 'send-thanks', checked: false, completed: 0, total: 12 });
    });

    it('fires onward-checklist-complete once, when the last item is ticked', async () => {
      localStorage.setItem(KEY, record(ALL_IDS.slice(0, 11)));
      const el = await checklist();
      const completes: unknown[] = [];
      el.addEventListener('onward-checklist-complete', (event) => completes.push(event.detail));
      setTimeout(() => boxes(el)[11].click());
      const event = await oneEvent(el, 'onward-checklist-complete');
      expect(event.bubbles && event.composed).to.be.true;
      expect(completes).to.deep.equal([{ total: 12 }]);
      await tick(el, 11);
      expect(completes).to.have.length(1);
    });

    it('does not fire complete when an all-done list is loaded, nor events when host code calls reset()', async () => {
      localStorage.setItem(KEY, record(ALL_IDS));
      const fired: string[] = [];
      const wrapper = document.createElement('div');
      wrapper.addEventListener('onward-checklist-complete', () => fired.push('complete'));
      wrapper.addEventListener('onward-checklist-change', () => fired.push('change'));
      document.body.append(wrapper);
      try {
        const el = document.createElement('onward-rejection-checklist');
        wrapper.append(el);
        await el.updateComplete;
        expect(el.checked).to.have.length(12);
        el.reset();
        await el.updateComplete;
        expect(el.checked).to.deep.equal([]);
        expect(fired).to.deep.equal([]);
      } finally {
        wrapper.remove();
      }
    });
  });

  describe('ticking, by mouse and keyboard', () => {
    it('ticks by click, updates the progress text and bar, and says what changed', async () => {
      const el = await checklist();
      await tick(el, 0);
      await tick(el, 4);
      expect(text(part(el, 'progress-text'))).to.equal('2 of 12 done');
      expect(part<HTMLProgressElement>(el, 'progress-bar')!.value).to.equal(2);
      expect(text(announcer(el))).to.equal(`Done: ${labels(el)[4]}. 2 of 12 done.`);
      await tick(el, 4);
      expect(text(announcer(el))).to.equal(`Not done yet: ${labels(el)[4]}. 1 of 12 done.`);
    });

    it('ticks by clicking anywhere on the row label', async () => {
      const el = await checklist();
      parts(el, 'item-label')[3].click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([ALL_IDS[3]]);
    });

    it('ticks by keyboard: Tab to a checkbox, Space to tick, Tab on, Space again', async () => {
      const el = await checklist();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[1]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal(ALL_IDS.slice(0, 2));
      expect(text(part(el, 'progress-text'))).to.equal('2 of 12 done');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal(ALL_IDS.slice(0, 1));
    });

    it('announces the same words twice in a row as a new message', async () => {
      localStorage.setItem(KEY, record(['tell-someone']));
      const el = await checklist();
      el.reset();
      await el.updateComplete;
      const first = announcer(el).textContent;
      el.reset();
      await el.updateComplete;
      expect(announcer(el).textContent).to.not.equal(first);
      expect(text(announcer(el))).to.equal('Your ticks are cleared. 0 of 12 done.');
    });

    it('celebrates, calmly, when every item is done', async () => {
      localStorage.setItem(KEY, record(ALL_IDS.slice(1)));
      const el = await checklist();
      expect(part(el, 'celebration')!.hidden).to.be.true;
      await tick(el, 0);
      expect(part(el, 'celebration')!.hidden).to.be.false;
      expect(text(part(el, 'celebration'))).to.equal('All 12 done. You kept going, and that counts.');
      expect(text(announcer(el)))
        .to.contain('12 of 12 done.')
        .and.contain('All 12 done.');
      expect(part(el, 'celebration')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows the completion card where the last tick was made, in view, with focus left on the checkbox', async () => {
      // Everything but the first item: the last tick is at the top, under "Looking back".
      localStorage.setItem(KEY, record(ALL_IDS.slice(1)));
      const wrapper = await fixture<HTMLElement>(html`<div style="block-size: 200vh"></div>`);
      const el = document.createElement('onward-rejection-checklist') as OnwardRejectionChecklist;
      el.setAttribute('storage-key', KEY.split(':').pop()!);
      wrapper.prepend(el);
      await el.updateComplete;
      const box = parts<HTMLInputElement>(el, 'checkbox')[0];
      box.focus();
      box.click();
      await el.updateComplete;
      const card = part(el, 'celebration')!;
      expect(card.hidden).to.be.false;
      // Right after the group that holds the item just ticked, not at the end of the list.
      expect(card.previousElementSibling).to.equal(parts(el, 'group')[0]);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const rect = card.getBoundingClientRect();
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(window.innerHeight);
      expect(el.shadowRoot!.activeElement).to.equal(box);
    });

    it('suggests days gently, never as a deadline', async () => {
      const el = await checklist();
      const due = parts(el, 'due').map(text);
      expect(due.length).to.be.greaterThan(0);
      for (const line of due) expect(line).to.match(/^Around day \d+$/);
    });

    itWithCdp(
      'emulateMedia',
      'animates the celebration only when the visitor has not asked for reduced motion',
      async () => {
        localStorage.setItem(KEY, record(ALL_IDS));
        const el = await checklist();
        const tickPath = part(el, 'celebration')!.querySelector('path')!;
        try {
          await emulateMedia({ reducedMotion: 'reduce' });
          expect(getComputedStyle(tickPath).animationName).to.equal('none');
          await emulateMedia({ reducedMotion: 'no-preference' });
          expect(getComputedStyle(tickPath).animationName).to.not.equal('none');
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      }
    );
  });

  describe('start over (reset)', () => {
    it('asks first: nothing is cleared until the user says yes', async () => {
      localStorage.setItem(KEY, record(['send-thanks', 'save-two-roles']));
      const el = await checklist();
      const reset = part<HTMLButtonElement>(el, 'reset')!;
      expect(reset.disabled).to.be.false;
      expect(reset.getAttribute('aria-expanded')).to.equal('false');
      reset.click();
      await el.updateComplete;
      await el.updateComplete;
      const confirm = part(el, 'confirm')!;
      expect(confirm.hidden).to.be.false;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(text(el.shadowRoot!.getElementById(confirm.getAttribute('aria-labelledby')!))).to.equal(
        'Clear all your ticks and start over?'
      );
      expect(reset.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel-button'));
      expect(el.checked).to.have.length(2);
      expect(stored()!.data.checked).to.have.length(2);
    });

    it('"Keep my ticks" closes the question, keeps everything and returns focus to Start over', async () => {
      localStorage.setItem(KEY, record(['send-thanks']));
      const el = await checklist();
      part(el, 'reset')!.click();
      await el.updateComplete;
      part(el, 'cancel-button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(part(el, 'confirm')!.hidden).to.be.true;
      expect(el.checked).to.deep.equal(['send-thanks']);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reset'));
    });

    it('"Yes, start over" clears, saves, announces, fires one change with itemId null, and focuses the first checkbox', async () => {
      localStorage.setItem(KEY, record(['send-thanks', 'save-two-roles']));
      const el = await checklist();
      part(el, 'reset')!.click();
      await el.updateComplete;
      setTimeout(() => part(el, 'confirm-button')!.click());
      const event = await oneEvent(el, 'onward-checklist-change');
      expect(event.detail).to.deep.equal({
        itemId: null,
        checked: false,
        completed: 0,
        total: 12
      } satisfies ChecklistChangeDetail);
      await el.updateComplete;
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(stored()!.data.checked).to.deep.equal([]);
      expect(text(announcer(el))).to.equal('Your ticks are cleared. 0 of 12 done.');
      expect(part(el, 'confirm')!.hidden).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    });

    itWhere(
      canHoldKeys,
      'WebKitWebDriver cannot hold Shift down',
      'works by keyboard: Enter opens the question, Escape closes it, Shift+Tab and Enter confirm',
      async () => {
        localStorage.setItem(KEY, record(['send-thanks']));
        const el = await checklist();
        part(el, 'reset')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel-button'));
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        await el.updateComplete;
        expect(part(el, 'confirm')!.hidden).to.be.true;
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reset'));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await el.updateComplete;
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirm-button'));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.checked).to.deep.equal([]);
      }
    );

    it('never uses window.confirm', async () => {
      localStorage.setItem(KEY, record(['send-thanks']));
      const original = window.confirm;
      let called = false;
      window.confirm = () => {
        called = true;
        return true;
      };
      try {
        const el = await checklist();
        part(el, 'reset')!.click();
        await el.updateComplete;
        part(el, 'confirm-button')!.click();
        await el.updateComplete;
      } finally {
        window.confirm = original;
      }
      expect(called).to.be.false;
    });
  });

  describe('copy as text', () => {
    it('copies a ☐/☑ list that matches what is on screen, and says so', async () => {
      const writes: string[] = [];
      const restore = stubClipboard((value) => {
        writes.push(value);
        return Promise.resolve();
      });
      try {
        localStorage.setItem(KEY, record(['send-thanks', 'three-strengths']));
        const el = await checklist();
        await tick(el, 0);
        part(el, 'copy')!.click();
        await waitFor(() => text(part(el, 'message')) !== '');
        expect(writes[0]).to.equal(el.toText());
        expect(writes[0]).to.equal(visibleText(el));
        const lines = writes[0].split('\n');
        expect(lines.slice(0, 4)).to.deep.equal(['What to do this week', '3 of 12 done', '', 'Looking back']);
        expect(lines[4]).to.equal(`☑ ${en['checklist.item.noteWentWell']}`);
        expect(lines[5]).to.equal(`☐ ${en['checklist.item.tellSomeone']}`);
        expect(lines.filter((line) => line.startsWith('☑'))).to.have.length(3);
        expect(lines.filter((line) => line.startsWith('☐'))).to.have.length(9);
        expect(text(part(el, 'message'))).to.equal('Copied.');
      } finally {
        restore();
      }
    });

    it('shows the text, selected, when the Clipboard API is refused', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      try {
        const el = await checklist();
        await tick(el, 1);
        part(el, 'copy')!.click();
        await waitFor(() => el.shadowRoot!.querySelector('textarea') !== null);
        await el.updateComplete;
        const field = el.shadowRoot!.querySelector('textarea')!;
        expect(field.value).to.equal(el.toText());
        expect(field.getAttribute('aria-label')).to.equal('Your checklist as text');
        expect(text(part(el, 'message'))).to.equal(en['common.copyFailed']);
      } finally {
        restore();
      }
    });

    it('toText() keeps custom group names and ungrouped items', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist items=${JSON.stringify(customItems)} heading="My week"></onward-rejection-checklist>`
      );
      await tick(el, 0);
      expect(el.toText()).to.equal(
        [
          'My week',
          '1 of 3 done',
          '',
          '☑ Take a long walk',
          '',
          'Getting feedback',
          '☐ Call your mentor',
          '',
          'Portfolio',
          '☐ Tidy one portfolio piece'
        ].join('\n')
      );
    });
  });

  describe('add reminders (.ics)', () => {
    it('downloads an .ics that ical.js parses, with one event per unticked item that has a timing', async () => {
      localStorage.setItem(KEY, record(['send-thanks', 'three-strengths']));
      const el = await checklist();
      const today = new Date();
      const { filename, body, type } = await captureDownload(() => part(el, 'reminders')!.click());
      expect(filename).to.equal('next-steps.ics');
      expect(type).to.contain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
      const expected = DUE_ITEMS.filter((item) => item.id !== 'send-thanks');
      expect(events.map((event) => event.getFirstPropertyValue('summary'))).to.deep.equal(
        expected.map((item) => shownLabel(item.label))
      );
      expect(events.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString())).to.deep.equal(
        expected.map((item) => localDatePlus(today, item.dueInDays!))
      );
      expect(events.map((event) => event.getFirstPropertyValue('uid'))).to.deep.equal(
        expected.map((item) => `rejection-checklist-${item.id}@onward-elements`)
      );
      expect(events[0].getFirstPropertyValue('description')).to.equal(en['checklist.item.askFeedback.description']);
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.equal('Your calendar file is ready in your downloads.');
    });

    it('keeps a hostile label inside one SUMMARY', async () => {
      const items = [{ id: 'evil', label: 'Call\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected', dueInDays: 1 }];
      const el = await checklist(html`<onward-rejection-checklist .items=${items}></onward-rejection-checklist>`);
      const { body } = await captureDownload(() => part(el, 'reminders')!.click());
      const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
      expect(events).to.have.length(1);
      expect(events[0].getFirstPropertyValue('summary')).to.equal('Call\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected');
      expect(events[0].getFirstPropertyValue('description')).to.equal(en['checklist.reminderDescription']);
    });

    it('is not offered when no unticked item has a timing', async () => {
      const el = await checklist(html`<onward-rejection-checklist .items=${customItems}></onward-rejection-checklist>`);
      expect(part(el, 'reminders')).to.exist;
      await tick(el, 1);
      await tick(el, 2);
      expect(part(el, 'reminders')).to.be.null;
      const none = await checklist(
        html`<onward-rejection-checklist .items=${[{ id: 'a', label: 'A' }]}></onward-rejection-checklist>`
      );
      expect(part(none, 'reminders')).to.be.null;
    });

    it('hides the suggested timing of an item once it is done', async () => {
      const el = await checklist();
      const index = ALL_IDS.indexOf('send-thanks');
      expect(parts(el, 'item')[index].querySelector('[part~="due"]')).to.exist;
      await tick(el, index);
      expect(parts(el, 'item')[index].querySelector('[part~="due"]')).to.be.null;
      expect(boxes(el)[index].getAttribute('aria-describedby')!.split(' ')).to.have.length(1);
    });
  });

  describe('persistence', () => {
    it('saves ticked ids under onward:v1:rejection-checklist:<storage-key>', async () => {
      const el = await checklist(html`<onward-rejection-checklist storage-key="week"></onward-rejection-checklist>`);
      await tick(el, 2);
      expect(JSON.parse(localStorage.getItem('onward:v1:rejection-checklist:week')!)).to.deep.equal({
        version: 1,
        data: { checked: ['send-thanks'] }
      });
    });

    it('restores the ticks after a reload', async () => {
      const first = await checklist();
      await tick(first, 0);
      await tick(first, 7);
      first.remove();
      const again = await checklist();
      expect(again.checked).to.deep.equal([ALL_IDS[0], ALL_IDS[7]]);
      expect(
        boxes(again)
          .map((box) => box.checked)
          .filter(Boolean)
      ).to.have.length(2);
      expect(text(part(again, 'progress-text'))).to.equal('2 of 12 done');
    });

    it('keeps two instances with the same key in sync, and others apart', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <onward-rejection-checklist></onward-rejection-checklist>
        <onward-rejection-checklist></onward-rejection-checklist>
        <onward-rejection-checklist storage-key="other"></onward-rejection-checklist>
      </div>`);
      const [a, b, other] = [...wrapper.querySelectorAll('onward-rejection-checklist')];
      await tick(a, 3);
      await b.updateComplete;
      expect(boxes(b)[3].checked).to.be.true;
      expect(text(part(b, 'progress-text'))).to.equal('1 of 12 done');
      await tick(b, 3);
      await a.updateComplete;
      expect(boxes(a)[3].checked).to.be.false;
      expect(other.checked).to.deep.equal([]);
    });

    it('follows another tab (a storage event)', async () => {
      const el = await checklist();
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue: record(['refresh-cv']), storageArea: localStorage })
      );
      await el.updateComplete;
      expect(boxes(el)[ALL_IDS.indexOf('refresh-cv')].checked).to.be.true;
    });

    it('persist="none" writes nothing to either storage', async () => {
      const writes: string[] = [];
      const original = Storage.prototype.setItem;
      await withStorageMethod(
        'setItem',
        function (this: Storage, key: string, value: string) {
          writes.push(key);
          original.call(this, key, value);
        } as never,
        async () => {
          const el = await checklist(html`<onward-rejection-checklist persist="none"></onward-rejection-checklist>`);
          await tick(el, 0);
          el.reset();
          el.forget();
          expect(el.checked).to.deep.equal([]);
        }
      );
      expect(writes).to.deep.equal([]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('persist="session" keeps progress in sessionStorage', async () => {
      const el = await checklist(html`<onward-rejection-checklist persist="session"></onward-rejection-checklist>`);
      await tick(el, 0);
      expect(sessionStorage.getItem(KEY)).to.contain(ALL_IDS[0]);
      expect(localStorage.length).to.equal(0);
    });

    it('drops stored ids that no longer exist', async () => {
      localStorage.setItem(KEY, record(['send-thanks', 'an-old-item', 7, '__proto__']));
      const el = await checklist();
      expect(el.checked).to.deep.equal(['send-thanks']);
      expect(text(part(el, 'progress-text'))).to.equal('1 of 12 done');
      await tick(el, 0);
      expect(stored()!.data.checked).to.deep.equal([ALL_IDS[0], 'send-thanks']);
    });

    it('keeps stored ticks of custom items that the host sets after the element is on the page', async () => {
      localStorage.setItem(KEY, record(['walk']));
      const el = await checklist();
      expect(el.checked).to.deep.equal([]);
      el.items = customItems;
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['walk']);
      expect(boxes(el)[0].checked).to.be.true;
    });

    it('forget() removes the stored progress and keeps what is on screen', async () => {
      const el = await checklist();
      await tick(el, 0);
      el.forget();
      expect(localStorage.getItem(KEY)).to.be.null;
      expect(el.checked).to.deep.equal([ALL_IDS[0]]);
    });

    for (const [name, stored] of [
      ['corrupt JSON', '{"version":1,"data":{"checked":["send-thanks"'],
      ['an unknown schema version', JSON.stringify({ version: 99, data: { checked: ['send-thanks'] } })],
      ['a wrong shape', JSON.stringify({ version: 1, data: { checked: 'send-thanks' } })]
    ] as const) {
      it(`starts fresh on ${name}, says so calmly, and saves again`, async () => {
        localStorage.setItem(KEY, stored);
        const el = await checklist();
        expect(el.checked).to.deep.equal([]);
        expect(text(note(el))).to.equal(en['common.storageDiscarded']);
        await tick(el, 1);
        expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ version: 1, data: { checked: [ALL_IDS[1]] } });
      });
    }

    it('ignores prototype keys in a stored record', async () => {
      localStorage.setItem(
        KEY,
        '{"version":1,"data":{"checked":["send-thanks"],"__proto__":{"checked":["tell-someone"]},"constructor":{"prototype":{"x":1}}}}'
      );
      const el = await checklist();
      expect(el.checked).to.deep.equal(['send-thanks']);
      expect(Object.prototype).to.not.have.property('x');
      expect(text(note(el))).to.equal('');
    });

    for (const [name, fault] of storageFaults) {
      it(`${name}: keeps working in memory with one calm note and no uncaught error`, async () => {
        let el!: Checklist;
        const { errors } = await observe(() =>
          fault(async () => {
            el = await checklist();
            await tick(el, 0);
            await tick(el, 2);
            await tick(el, 2);
            await tick(el, 5);
          })
        );
        expect(errors).to.deep.equal([]);
        await el.updateComplete;
        expect(el.checked).to.deep.equal([ALL_IDS[0], ALL_IDS[5]]);
        expect(text(part(el, 'progress-text'))).to.equal('2 of 12 done');
        expect(text(note(el))).to.equal(en['common.storageUnavailable']);
        expect(note(el).getAttribute('role')).to.equal('status');
        expect(el.shadowRoot!.textContent!.split(en['common.storageUnavailable'])).to.have.length(2);
        // The rest of the element still works.
        expect(el.toText()).to.contain(`☑ ${labels(el)[0]}`);
      });
    }

    it('keeps this visit’s ticks when storage fails and the element is moved on the page', async () => {
      localStorage.setItem(KEY, record(['send-thanks']));
      const wrapper = await fixture<HTMLElement>(
        html`<div><onward-rejection-checklist></onward-rejection-checklist><section></section></div>`
      );
      const el = wrapper.querySelector('onward-rejection-checklist')!;
      await el.updateComplete;
      await withStorageMethod(
        'setItem',
        () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        () => tick(el, 0)
      );
      wrapper.querySelector('section')!.append(el);
      await el.updateComplete;
      expect(el.checked).to.deep.equal([ALL_IDS[0], 'send-thanks']);
    });
  });

  describe('localization and right-to-left', () => {
    it('lays out right-to-left under an rtl ancestor: the checkbox sits on the right', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="inline-size: 600px"><onward-rejection-checklist></onward-rejection-checklist></div>`
      );
      const el = wrapper.firstElementChild as Checklist;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(boxes(el)[0].getBoundingClientRect().left).to.be.greaterThan(
        parts(el, 'item-label')[0].getBoundingClientRect().left
      );
    });

    it('shows the built-in items and numbers in the resolved language', async () => {
      registerTranslation({
        $code: 'ar',
        $name: 'العربية',
        $dir: 'rtl',
        'checklist.progress': 'أنجزت {completed} من {total}',
        'checklist.item.sendThanks': 'أرسل رسالة شكر قصيرة'
      });
      const el = await checklist(html`<onward-rejection-checklist lang="ar"></onward-rejection-checklist>`);
      await tick(el, 2);
      const digits = new Intl.NumberFormat('ar');
      expect(text(part(el, 'progress-text'))).to.equal(`أنجزت ${digits.format(1)} من ${digits.format(12)}`);
      expect(labels(el)[2]).to.equal('أرسل رسالة شكر قصيرة');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
    });
  });

  describe('styling contract', () => {
    it('takes the progress colour from --onward-rejection-checklist-progress-color', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist style="--onward-rejection-checklist-progress-color: rgb(10, 20, 30)"></onward-rejection-checklist>`
      );
      expect(getComputedStyle(part(el, 'progress-bar')!).color).to.equal('rgb(10, 20, 30)');
    });

    it('takes the checkbox and button colour from --onward-color-accent', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist style="--onward-color-accent: rgb(200, 0, 100)"></onward-rejection-checklist>`
      );
      expect(getComputedStyle(boxes(el)[0]).accentColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(part(el, 'copy')!).borderTopColor).to.equal('rgb(200, 0, 100)');
    });

    it('makes the rows taller with --onward-rejection-checklist-row-height', async () => {
      const el = await checklist(
        html`<onward-rejection-checklist style="--onward-rejection-checklist-row-height: 64px"></onward-rejection-checklist>`
      );
      expect(parts(el, 'label')[1].getBoundingClientRect().height).to.be.at.least(64);
    });

    it('switches to dark colours with theme="dark"', async () => {
      const el = await checklist(html`<onward-rejection-checklist theme="dark"></onward-rejection-checklist>`);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(28, 33, 38)');
    });

    it('is styleable through ::part, and page styles stay out', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(item-label) { color: rgb(1, 2, 3); }
          li, label, input { display: none !important; }
        </style>
        <onward-rejection-checklist class="branded"></onward-rejection-checklist>
      </div>`);
      const el = wrapper.querySelector('onward-rejection-checklist')!;
      await el.updateComplete;
      expect(getComputedStyle(parts(el, 'item-label')[0]).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(boxes(el)[0]).display).to.not.equal('none');
    });
  });
});

/** Replaces `navigator.clipboard.writeText` for one test; returns a function that restores it. */
function stubClipboard(writeText: (value: string) => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

/** Captures the file `downloadText` offers (name, type and text), without a real download. */
async function captureDownload(action: () => void): Promise<{ filename: string; type: string; body: string }> {
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  let blob: Blob | undefined;
  let filename = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return createObjectURL(object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    filename = this.download;
  };
  try {
    action();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blob, 'a file was offered').to.exist;
  return { filename, type: blob!.type, body: await blob!.text() };
}

/** The list as a sighted user reads it: heading, progress, group headings, and each checkbox's state and label. */
function visibleText(el: Checklist): string {
  const lines = [text(part(el, 'heading')), text(part(el, 'progress-text'))];
  for (const group of parts(el, 'group')) {
    lines.push('');
    const heading = group.querySelector('[part~="group-heading"]');
    if (heading) lines.push(text(heading));
    for (const item of group.querySelectorAll('[part~="item"]')) {
      const box = item.querySelector<HTMLInputElement>('[part~="checkbox"]')!;
      lines.push(`${box.checked ? '☑' : '☐'} ${text(item.querySelector('[part~="item-label"]'))}`);
    }
  }
  return lines.join('\n');
}

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
