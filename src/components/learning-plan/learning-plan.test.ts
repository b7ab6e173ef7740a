import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { html } from 'lit';
import '../../define/learning-plan.js';
import { registerTranslation } from '../../internal/localize.js';
import en from '../../locales/en.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardLearningPlan } from './learning-plan.js';
import type { LearningGoal, PlanChangeDetail } from './learning-plan.types.js';
import { typeDate } from '../../../test/helpers/browser.js';
import { withStorageMethod } from '../../../test/helpers/storage-faults.js';
import { part, settle, text } from '../../../test/helpers/fields.js';

const KEY = 'onward:v1:learning-plan:default';
const SUGGESTIONS = [
  { skill: 'SQL', title: 'SQL for beginners', url: 'https://example.com/sql' },
  { skill: 'System design', title: 'Design a URL shortener', url: '/learn/system-design' },
  { skill: 'Public speaking', title: 'Speak with calm', url: 'https://example.com/speak' }
];

const root = (plan: OnwardLearningPlan) => plan.shadowRoot!;
const goals = (plan: OnwardLearningPlan) => [...root(plan).querySelectorAll<HTMLElement>('[part~="goal"]')];
const field = (plan: OnwardLearningPlan, label: string) => {
  const labelElement = [...root(plan).querySelectorAll('label')].find((l) => text(l) === label);
  expect(labelElement, `a field labelled "${label}"`).to.exist;
  return root(plan).getElementById(labelElement!.htmlFor) as HTMLInputElement;
};
const skillField = (plan: OnwardLearningPlan) => field(plan, en['learningPlan.skillLabel']);
const resourceField = (plan: OnwardLearningPlan) => field(plan, en['learningPlan.resourceLabel']);
const dateField = (plan: OnwardLearningPlan) => field(plan, en['learningPlan.dateLabel']);
const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? text(b)) === name
  );
const addButton = (plan: OnwardLearningPlan) => button(root(plan), en['learningPlan.add'])!;
const checkbox = (goal: Element) => goal.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const statusText = (plan: OnwardLearningPlan) =>
  [...root(plan).querySelectorAll('[role="status"]')].map(text).join(' ');
const active = (plan: OnwardLearningPlan) => root(plan).activeElement;
const stored = (key = KEY, area: Storage = localStorage) =>
  JSON.parse(area.getItem(key) ?? 'null') as { version: number; data: { goals: LearningGoal[] } } | null;

function seed(goalList: unknown[], key = KEY): void {
  localStorage.setItem(key, JSON.stringify({ version: 1, data: { goals: goalList } }));
}

/** Types into a field the way a user would: focus it, then keystrokes. */
async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  await sendKeys({ type: value });
}

/** Sets a field's value as the browser does on input (for dates and very long text). */
function setValue(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function addGoal(
  plan: OnwardLearningPlan,
  skill: string,
  options: { resource?: string; date?: string } = {}
): Promise<void> {
  setValue(skillField(plan), skill);
  if (options.resource !== undefined) setValue(resourceField(plan), options.resource);
  if (options.date !== undefined) setValue(dateField(plan), options.date);
  await plan.updateComplete;
  addButton(plan).click();
  await settle(plan);
}

async function mount(template = html`<onward-learning-plan></onward-learning-plan>`): Promise<OnwardLearningPlan> {
  const plan = await fixture<OnwardLearningPlan>(template);
  await settle(plan);
  return plan;
}

/** Captures the file `downloadText` makes, without starting a real download. */
async function captureDownload(run: () => void): Promise<{ name: string; type: string; text: string } | undefined> {
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    run();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return blob ? { name, type: blob.type, text: await blob.text() } : undefined;
}

describe('<onward-learning-plan>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('accessibility', () => {
    it('has no WCAG 2.2 AA violations while adding, with an error and with suggestions showing', async () => {
      const plan = await mount(html`<onward-learning-plan .suggestions=${SUGGESTIONS}></onward-learning-plan>`);
      await addGoal(plan, 'SQL joins', { resource: 'https://example.com', date: '2031-01-10' });
      setValue(skillField(plan), 'sql');
      setValue(resourceField(plan), 'javascript:alert(1)');
      addButton(plan).click();
      await settle(plan);
      await expectNoAxeViolations(plan);
    });

    it('labels every field, and names each goal control after its goal', async () => {
      seed([{ id: 'a', skill: 'SQL joins', done: false }]);
      const plan = await mount();
      expect(skillField(plan).localName).to.equal('input');
      expect(resourceField(plan).type).to.equal('text');
      expect(dateField(plan).type).to.equal('date');
      const goal = goals(plan)[0];
      expect(text(checkbox(goal).closest('label'))).to.equal('SQL joins');
      expect(button(goal, 'Edit SQL joins')).to.exist;
      expect(button(goal, 'Remove SQL joins')).to.exist;
    });

    it('gives buttons and checkboxes targets of at least 24 × 24 px', async () => {
      seed([{ id: 'a', skill: 'SQL joins', done: false }]);
      const plan = await mount();
      for (const control of root(plan).querySelectorAll<HTMLElement>(
        'button:not([hidden] *), input[type="checkbox"]'
      )) {
        const box = control.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.height, text(control)).to.be.at.least(24);
        expect(box.width, text(control)).to.be.at.least(24);
      }
    });

    it('has its live regions in the first render', async () => {
      const plan = await mount();
      expect(root(plan).querySelectorAll('[role="status"]').length).to.be.at.least(2);
    });
  });

  describe('defaults and reflection', () => {
    it('starts empty with a warm line, persist="local" and storage-key="default" reflected', async () => {
      const plan = await mount();
      expect(plan.getAttribute('persist')).to.equal('local');
      expect(plan.getAttribute('storage-key')).to.equal('default');
      expect(text(part(plan, 'empty')!)).to.equal(en['learningPlan.empty']);
      expect(part(plan, 'empty')!.hidden).to.be.false;
      expect(part(plan, 'list')!.hidden).to.be.true;
      expect(part(plan, 'actions')!.hidden).to.be.true;
      expect(plan.goals).to.deep.equal([]);
    });

    it('uses heading and heading-level', async () => {
      const plan = await mount(
        html`<onward-learning-plan heading="What I will learn" heading-level="2"></onward-learning-plan>`
      );
      expect(part(plan, 'heading')!.localName).to.equal('h2');
      expect(text(part(plan, 'heading')!)).to.equal('What I will learn');
    });

    it('warns once for an unknown persist value and falls back to local', async () => {
      let plan!: OnwardLearningPlan;
      const { warnings, errors } = await observe(async () => {
        plan = await mount(html`<onward-learning-plan persist="cloud"></onward-learning-plan>`);
      });
      expect(errors).to.deep.equal([]);
      expect(plan.persist).to.equal('local');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('onward-learning-plan').and.contain('persist').and.contain('session');
    });
  });

  describe('events', () => {
    it('fires onward-plan-change with counts only when a goal is added, completed and removed', async () => {
      const plan = await mount();
      const details: PlanChangeDetail[] = [];
      plan.addEventListener('onward-plan-change', (event) => details.push(event.detail));
      await addGoal(plan, 'SQL joins', { resource: 'https://example.com/sql' });
      await addGoal(plan, 'Public speaking');
      checkbox(goals(plan)[0]).click();
      await settle(plan);
      button(goals(plan)[1], 'Remove Public speaking')!.click();
      await settle(plan);
      expect(details).to.deep.equal([
        { goals: 1, completed: 0 },
        { goals: 2, completed: 0 },
        { goals: 2, completed: 1 },
        { goals: 1, completed: 1 }
      ]);
      for (const detail of details) expect(Object.keys(detail).sort()).to.deep.equal(['completed', 'goals']);
    });

    it('bubbles out of the shadow root and is composed', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><onward-learning-plan persist="none"></onward-learning-plan></div>`
      );
      const plan = wrapper.firstElementChild as OnwardLearningPlan;
      setTimeout(() => void addGoal(plan, 'SQL joins'));
      const event = await oneEvent(wrapper, 'onward-plan-change');
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
    });

    it('does not fire when the plan loads from storage or is forgotten', async () => {
      seed([{ id: 'a', skill: 'SQL joins', done: false }]);
      let fired = 0;
      const listener = () => (fired += 1);
      document.addEventListener('onward-plan-change', listener);
      try {
        const plan = await mount();
        plan.forget();
        await settle(plan);
      } finally {
        document.removeEventListener('onward-plan-change', listener);
      }
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('adds a goal by keyboard: type the skill, a link and a date, press Enter; focus returns to the skill field', async () => {
      const plan = await mount();
      plan.focus();
      expect(active(plan), 'delegated focus lands on the skill field').to.equal(skillField(plan));
      await sendKeys({ type: 'Writing SQL joins' });
      await sendKeys({ press: 'Tab' });
      expect(active(plan)).to.equal(resourceField(plan));
      await sendKeys({ type: 'example.com/sql' });
      await sendKeys({ press: 'Tab' });
      expect(active(plan)).to.equal(dateField(plan));
      await typeDate(dateField(plan), '03/14/2031');
      expect(dateField(plan).value).to.equal('2031-03-14');
      // Tab leaves the date field (its last stop may be the picker button) and reaches Add.
      for (let stop = 0; stop < 3 && active(plan) !== addButton(plan); stop += 1) await sendKeys({ press: 'Tab' });
      expect(active(plan)).to.equal(addButton(plan));
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals).to.have.length(1);
      expect(plan.goals[0]).to.include({
        skill: 'Writing SQL joins',
        resource: 'https://example.com/sql',
        targetDate: '2031-03-14',
        done: false
      });
      expect(active(plan)).to.equal(skillField(plan));
      expect(skillField(plan).value).to.equal('');
      expect(resourceField(plan).value).to.equal('');
      expect(dateField(plan).value).to.equal('');
      expect(statusText(plan)).to.contain('Added Writing SQL joins.');
    });

    it('completes a goal with Space on its checkbox and announces progress', async () => {
      seed([
        { id: 'a', skill: 'SQL joins', done: false },
        { id: 'b', skill: 'Public speaking', done: false }
      ]);
      const plan = await mount();
      checkbox(goals(plan)[0]).focus();
      await sendKeys({ press: 'Space' });
      await settle(plan);
      expect(plan.goals[0].done).to.be.true;
      expect(checkbox(goals(plan)[0]).checked).to.be.true;
      expect(statusText(plan)).to.contain('1 of 2 goals done.');
      expect(text(root(plan).querySelector('.progress'))).to.equal('1 of 2 done');
      await sendKeys({ press: 'Space' });
      await settle(plan);
      expect(plan.goals[0].done).to.be.false;
    });

    it('edits a goal in place: Enter on Edit, change the text, Enter saves, focus returns to Edit', async () => {
      seed([{ id: 'a', skill: 'SQL', resource: 'https://example.com/old', done: false }]);
      const plan = await mount();
      button(goals(plan)[0], 'Edit SQL')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      // The edit form's label names the goal, so it never reads as the add form's "Skill to learn".
      const editSkill = field(plan, 'Skill to learn (editing SQL)');
      expect(active(plan)).to.equal(editSkill);
      expect(editSkill.value).to.equal('SQL');
      expect(goals(plan)[0].contains(editSkill)).to.be.true;
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' window functions' });
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals[0]).to.include({ id: 'a', skill: 'SQL window functions', resource: 'https://example.com/old' });
      expect(active(plan)).to.equal(button(goals(plan)[0], 'Edit SQL window functions'));
      expect(statusText(plan)).to.contain('Saved SQL window functions.');
      expect(stored()!.data.goals[0].skill).to.equal('SQL window functions');
    });

    it('cancels an edit with Escape and keeps the goal as it was', async () => {
      seed([{ id: 'a', skill: 'SQL', done: false }]);
      const plan = await mount();
      let fired = false;
      plan.addEventListener('onward-plan-change', () => (fired = true));
      button(goals(plan)[0], 'Edit SQL')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      await sendKeys({ type: ' and more' });
      await sendKeys({ press: 'Escape' });
      await settle(plan);
      expect(plan.goals[0].skill).to.equal('SQL');
      expect(active(plan)).to.equal(button(goals(plan)[0], 'Edit SQL'));
      expect(fired).to.be.false;
    });

    it('removes a goal with Enter and moves focus to the next goal, then to the add field after the last', async () => {
      seed([
        { id: 'a', skill: 'SQL joins', done: false },
        { id: 'b', skill: 'Public speaking', done: false }
      ]);
      const plan = await mount();
      button(goals(plan)[0], 'Remove SQL joins')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals.map((goal) => goal.skill)).to.deep.equal(['Public speaking']);
      expect(active(plan)).to.equal(checkbox(goals(plan)[0]));
      expect(statusText(plan)).to.contain('Removed SQL joins.');
      button(goals(plan)[0], 'Remove Public speaking')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals).to.deep.equal([]);
      expect(active(plan)).to.equal(skillField(plan));
      expect(part(plan, 'empty')!.hidden).to.be.false;
    });

    it('refuses an empty skill with a visible message, and focuses the field', async () => {
      const plan = await mount();
      addButton(plan).focus();
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals).to.have.length(0);
      expect(active(plan)).to.equal(skillField(plan));
      expect(skillField(plan).getAttribute('aria-invalid')).to.equal('true');
      const describedBy = skillField(plan).getAttribute('aria-describedby')!.split(' ');
      const message = describedBy.map((id) => text(root(plan).getElementById(id))).join(' ');
      expect(message).to.contain(en['learningPlan.skillRequired']);
      await sendKeys({ type: 'S' });
      await settle(plan);
      expect(skillField(plan).getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows a gentle note from the third goal on, and still lets a fourth be added', async () => {
      const plan = await mount(html`<onward-learning-plan persist="none"></onward-learning-plan>`);
      await addGoal(plan, 'One');
      await addGoal(plan, 'Two');
      expect(text(part(plan, 'form')!)).to.not.contain(en['learningPlan.softLimit']);
      await addGoal(plan, 'Three');
      expect(text(part(plan, 'form')!)).to.contain(en['learningPlan.softLimit']);
      await addGoal(plan, 'Four');
      expect(plan.goals).to.have.length(4);
    });
  });

  describe('resource links', () => {
    for (const link of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(document.cookie)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'not a link at all'
    ]) {
      it(`refuses ${JSON.stringify(link)} with a polite, visible message and keeps what was typed`, async () => {
        const plan = await mount();
        await addGoal(plan, 'SQL joins', { resource: link });
        expect(plan.goals).to.have.length(0);
        expect(text(part(plan, 'form')!)).to.contain(en['learningPlan.resourceInvalid']);
        expect(resourceField(plan).getAttribute('aria-invalid')).to.equal('true');
        expect(active(plan)).to.equal(resourceField(plan));
        expect(skillField(plan).value).to.equal('SQL joins');
        expect(root(plan).querySelector('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]')).to.be
          .null;
      });
    }

    it('adds https:// to a bare address and opens the link in a new tab, safely', async () => {
      const plan = await mount();
      await addGoal(plan, 'SQL joins', { resource: 'www.example.com/course?id=1' });
      const link = goals(plan)[0].querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://www.example.com/course?id=1');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(text(link)).to.equal('Resource: example.com (opens in a new tab)');
    });

    it('drops an unsafe link from a stored goal but keeps the goal', async () => {
      seed([{ id: 'a', skill: 'SQL', resource: 'javascript:alert(1)', done: false }]);
      const plan = await mount();
      expect(plan.goals).to.deep.equal([{ id: 'a', skill: 'SQL', done: false }]);
      expect(goals(plan)[0].querySelector('a')).to.be.null;
    });
  });

  describe('suggestions', () => {
    it('offers a matching suggestion as the user types, and choosing it fills the link field', async () => {
      const plan = await mount(
        html`<onward-learning-plan suggestions=${JSON.stringify(SUGGESTIONS)}></onward-learning-plan>`
      );
      await typeInto(skillField(plan), 's');
      await settle(plan);
      expect(button(root(plan), 'Suggested: SQL for beginners'), 'not after one letter').to.not.exist;
      await sendKeys({ type: 'ql joins' });
      await settle(plan);
      const suggestion = button(root(plan), 'Suggested: SQL for beginners')!;
      expect(suggestion).to.exist;
      expect(button(root(plan), 'Suggested: Speak with calm')).to.not.exist;
      expect(statusText(plan)).to.contain(en['learningPlan.suggestionsAvailable']);
      await sendKeys({ press: 'Tab' });
      expect(active(plan)).to.equal(suggestion);
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(resourceField(plan).value).to.equal('https://example.com/sql');
      expect(active(plan)).to.equal(resourceField(plan));
      expect(statusText(plan)).to.contain('Link added: SQL for beginners.');
      await sendKeys({ press: 'Enter' });
      await settle(plan);
      expect(plan.goals[0]).to.include({ skill: 'sql joins', resource: 'https://example.com/sql' });
    });

    it('matches ignoring case and accepts a relative suggestion link', async () => {
      const plan = await mount();
      plan.suggestions = SUGGESTIONS;
      await addGoal(plan, 'SYSTEM DESIGN');
      setValue(skillField(plan), 'system');
      await settle(plan);
      button(root(plan), 'Suggested: Design a URL shortener')!.click();
      await settle(plan);
      expect(resourceField(plan).value).to.equal('/learn/system-design');
    });

    it('warns once for bad JSON and offers nothing', async () => {
      let plan!: OnwardLearningPlan;
      const { warnings, errors } = await observe(async () => {
        plan = await mount(html`<onward-learning-plan suggestions="[{skill: 'SQL'"></onward-learning-plan>`);
        plan.requestUpdate();
        await settle(plan);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('onward-learning-plan').and.contain('suggestions');
      expect(plan.suggestions).to.deep.equal([]);
    });

    it('skips wrong-shaped entries and unsafe links, with a warning each, and keeps the good ones', async () => {
      let plan!: OnwardLearningPlan;
      const { warnings, errors } = await observe(async () => {
        plan = await mount(html`<onward-learning-plan
          suggestions=${JSON.stringify([
            { skill: 'SQL', title: 'Bad', url: 'javascript:alert(1)' },
            { skill: 'SQL' },
            'SQL',
            SUGGESTIONS[0]
          ])}
        ></onward-learning-plan>`);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(2);
      expect(plan.suggestions).to.deep.equal([SUGGESTIONS[0]]);
      setValue(skillField(plan), 'SQL');
      await settle(plan);
      expect(root(plan).querySelectorAll('.suggestions button')).to.have.length(1);
    });

    it('warns once when suggestions is not a list', async () => {
      const { warnings, errors } = await observe(() =>
        mount(html`<onward-learning-plan suggestions='{"skill":"SQL"}'></onward-learning-plan>`)
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
    });
  });

  describe('persistence', () => {
    it('saves versioned JSON under onward:v1:learning-plan:<storage-key>', async () => {
      const plan = await mount(html`<onward-learning-plan storage-key="june"></onward-learning-plan>`);
      await addGoal(plan, 'SQL joins', { date: '2031-03-14' });
      const record = stored('onward:v1:learning-plan:june')!;
      expect(record.version).to.equal(1);
      expect(record.data.goals).to.have.length(1);
      expect(record.data.goals[0]).to.include({ skill: 'SQL joins', targetDate: '2031-03-14', done: false });
      expect(localStorage.length).to.equal(1);
    });

    it('restores the plan in a new instance (a reload)', async () => {
      const first = await mount();
      await addGoal(first, 'SQL joins', { resource: 'https://example.com' });
      checkbox(goals(first)[0]).click();
      await settle(first);
      first.remove();
      const second = await mount();
      expect(second.goals).to.have.length(1);
      expect(second.goals[0]).to.include({ skill: 'SQL joins', resource: 'https://example.com', done: true });
      expect(checkbox(goals(second)[0]).checked).to.be.true;
    });

    it('keeps two instances with the same key in sync, and different keys apart', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <onward-learning-plan storage-key="shared"></onward-learning-plan>
        <onward-learning-plan storage-key="shared"></onward-learning-plan>
        <onward-learning-plan storage-key="other"></onward-learning-plan>
      </div>`);
      const [a, b, other] = [...wrapper.querySelectorAll('onward-learning-plan')];
      await Promise.all([settle(a), settle(b), settle(other)]);
      await addGoal(a, 'SQL joins');
      await settle(b);
      expect(b.goals.map((goal) => goal.skill)).to.deep.equal(['SQL joins']);
      expect(text(goals(b)[0])).to.contain('SQL joins');
      checkbox(goals(b)[0]).click();
      await Promise.all([settle(a), settle(b)]);
      expect(a.goals[0].done).to.be.true;
      expect(other.goals).to.deep.equal([]);
    });

    it('follows another tab saving the same key', async () => {
      const plan = await mount();
      const value = JSON.stringify({
        version: 1,
        data: { goals: [{ id: 'x', skill: 'From the other tab', done: false }] }
      });
      localStorage.setItem(KEY, value);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: value, storageArea: localStorage }));
      await settle(plan);
      expect(plan.goals.map((goal) => goal.skill)).to.deep.equal(['From the other tab']);
    });

    it('writes nothing with persist="none"', async () => {
      let writes = 0;
      const original = Storage.prototype.setItem;
      await withStorageMethod(
        'setItem',
        function (this: Storage, key, value) {
          writes += 1;
          original.call(this, key, value);
        },
        async () => {
          const plan = await mount(html`<onward-learning-plan persist="none"></onward-learning-plan>`);
          await addGoal(plan, 'SQL joins', { date: '2031-03-14' });
          checkbox(goals(plan)[0]).click();
          await settle(plan);
          expect(plan.goals).to.have.length(1);
        }
      );
      expect(writes).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
    });

    it('uses sessionStorage with persist="session"', async () => {
      const plan = await mount(html`<onward-learning-plan persist="session"></onward-learning-plan>`);
      await addGoal(plan, 'SQL joins');
      expect(localStorage.length).to.equal(0);
      expect(stored(KEY, sessionStorage)!.data.goals).to.have.length(1);
    });

    it('forget() clears the stored plan and the list', async () => {
      const plan = await mount();
      await addGoal(plan, 'SQL joins');
      plan.forget();
      await settle(plan);
      expect(localStorage.getItem(KEY)).to.be.null;
      expect(plan.goals).to.deep.equal([]);
      expect(part(plan, 'empty')!.hidden).to.be.false;
    });

    it('ignores a corrupt record, a record from an unknown version and a wrong shape', async () => {
      for (const record of [
        '{not json',
        JSON.stringify({ version: 99, data: { goals: [] } }),
        JSON.stringify({ version: 1, data: 'goals' }),
        '"text"'
      ]) {
        localStorage.setItem(KEY, record);
        const { errors } = await observe(
          async () => {
            const plan = await mount();
            expect(plan.goals, record).to.deep.equal([]);
            expect(part(plan, 'empty')!.hidden).to.be.false;
          },
          { linger: 50 }
        );
        expect(errors).to.deep.equal([]);
      }
    });

    it('drops unusable goals and prototype keys from a stored record', async () => {
      localStorage.setItem(
        KEY,
        `{"version":1,"__proto__":{"polluted":true},"data":{"__proto__":{"goals":[]},"goals":[
          {"__proto__":{"polluted":true},"id":"a","skill":"SQL","done":true,"constructor":{"prototype":{"polluted":true}}},
          {"id":"a","skill":"Duplicate id","done":false},
          {"id":7,"skill":"Number id","done":false},
          {"id":"b","skill":"   ","done":false},
          {"id":"c","skill":"Bad date","targetDate":"2031-02-30","done":"yes"},
          {"id":"<img>","skill":"Bad id","done":false},
          null, "goal", [1, 2]
        ]}}`
      );
      const plan = await mount();
      expect(plan.goals).to.deep.equal([
        { id: 'a', skill: 'SQL', done: true },
        { id: 'c', skill: 'Bad date', done: false }
      ]);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });

  // Every storage fault, for every persisting element, is in test/storage-faults.test.ts.
  describe('storage failures', () => {
    it('warns at most once when setItem fails for another reason', async () => {
      const { warnings, errors } = await observe(() =>
        withStorageMethod(
          'setItem',
          () => {
            throw new TypeError('broken storage');
          },
          async () => {
            const plan = await mount();
            await addGoal(plan, 'One');
            await addGoal(plan, 'Two');
            expect(plan.goals).to.have.length(2);
          }
        )
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
    });
  });

  describe('calendar export', () => {
    it('hides the export button until an open goal has a date', async () => {
      const plan = await mount();
      await addGoal(plan, 'No date');
      expect(part(plan, 'actions')!.hidden).to.be.true;
      await addGoal(plan, 'With date', { date: '2031-03-14' });
      expect(part(plan, 'actions')!.hidden).to.be.false;
      checkbox(goals(plan)[1]).click();
      await settle(plan);
      expect(part(plan, 'actions')!.hidden, 'a done goal needs no reminder').to.be.true;
    });

    it('downloads an .ics that ical.js parses, with one all-day event per open dated goal', async () => {
      seed([
        {
          id: 'a',
          skill: 'SQL joins; window functions',
          resource: 'https://example.com/sql',
          targetDate: '2031-03-14',
          done: false
        },
        { id: 'b', skill: 'Public speaking, with calm', targetDate: '2031-04-01', done: false },
        { id: 'c', skill: 'No date', done: false },
        { id: 'd', skill: 'Already done', targetDate: '2031-02-01', done: true }
      ]);
      const plan = await mount();
      const exportButton = button(part(plan, 'actions')!, en['learningPlan.exportIcs'])!;
      const file = await captureDownload(() => exportButton.click());
      expect(file).to.exist;
      expect(file!.name).to.equal('learning-plan.ics');
      expect(file!.type).to.contain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(file!.text));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.summary)).to.deep.equal([
        'Learning goal: SQL joins; window functions',
        'Learning goal: Public speaking, with calm'
      ]);
      expect(events.map((event) => event.startDate.toString())).to.deep.equal(['2031-03-14', '2031-04-01']);
      expect(events.every((event) => event.startDate.isDate)).to.be.true;
      expect(events[0].description).to.contain('https://example.com/sql');
      expect(new Set(events.map((event) => event.uid)).size).to.equal(2);
      await settle(plan);
      expect(statusText(plan)).to.contain(en['learningPlan.exported']);
    });
  });

  describe('hostile input', () => {
    it('shows markup in a skill as text', async () => {
      const plan = await mount();
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      await addGoal(plan, hostile);
      expect(goals(plan)[0].querySelector('img, script')).to.be.null;
      expect(text(goals(plan)[0].querySelector('label'))).to.equal(hostile);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('trims a very long skill to the field limit and a newline flood to one line', async () => {
      const plan = await mount();
      await addGoal(plan, 'x'.repeat(10_000));
      expect(plan.goals[0].skill).to.have.length(120);
      await addGoal(plan, 'SQL\n\n\n\n\u2028joins');
      expect(plan.goals[1].skill).to.equal('SQL joins');
    });

    it('keeps bidi overrides and emoji as text, and replaces a lone surrogate', async () => {
      const plan = await mount();
      await addGoal(plan, '\u202Egnikaeps\u202C 👩🏽‍💻 \uD800');
      expect(plan.goals[0].skill).to.equal('\u202Egnikaeps\u202C 👩🏽‍💻 \uFFFD');
    });
  });

  describe('localization and right-to-left', () => {
    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><onward-learning-plan persist="none"></onward-learning-plan></div>`
      );
      const plan = wrapper.firstElementChild as OnwardLearningPlan;
      expect(getComputedStyle(part(plan, 'base')!).direction).to.equal('rtl');
    });

    it('formats the target date for the language', async () => {
      registerTranslation({ $code: 'de', $name: 'Deutsch', $dir: 'ltr', 'learningPlan.due': 'Bis {date}' });
      seed([{ id: 'a', skill: 'SQL', targetDate: '2031-03-14', done: false }]);
      const plan = await mount(html`<onward-learning-plan lang="de"></onward-learning-plan>`);
      expect(text(goals(plan)[0])).to.contain(
        `Bis ${new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(2031, 2, 14))}`
      );
    });
  });

  describe('styling contract', () => {
    it('takes the accent colour from --onward-color-accent', async () => {
      const plan = await mount(
        html`<onward-learning-plan persist="none" style="--onward-color-accent: rgb(200, 0, 100)"></onward-learning-plan>`
      );
      expect(getComputedStyle(addButton(plan)).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('is styleable through ::part(goal)', async () => {
      seed([{ id: 'a', skill: 'SQL', done: false }]);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(goal) { border-color: rgb(1, 2, 3); }
        </style>
        <onward-learning-plan class="branded"></onward-learning-plan>
      </div>`);
      const plan = wrapper.querySelector('onward-learning-plan')!;
      await settle(plan);
      expect(getComputedStyle(goals(plan)[0]).borderTopColor).to.equal('rgb(1, 2, 3)');
    });
  });
});
