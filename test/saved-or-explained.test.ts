import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/index.js';
import { fillTemplate } from '../src/core/template.js';
import en from '../src/locales/en.js';
import type { OnwardFeedbackRequest } from '../src/components/feedback-request/feedback-request.js';
import type { OnwardLearningPlan } from '../src/components/learning-plan/learning-plan.js';
import { clearDate, tabOutOf, typeDate } from './helpers/browser.js';
import {
  buttonNamed,
  deepActiveElement,
  descriptionOf,
  fieldByLabel,
  settle,
  statusText,
  text
} from './helpers/fields.js';

// Every field the kit checks: what the candidate typed is either saved or explained, never dropped without a word.
// "Explained" means what a screen-reader user gets for an empty required field: the field marked invalid, its error as
// its description, focus moved to it and the error said through the status region, and nothing saved until it is
// fixed or cleared. Real key presses in real browsers: an impossible date never reaches `value` (the browser reports
// `badInput` and an empty value), which is exactly how it used to be lost.

/** The date message as the elements show it: the year range filled in, in English digits. */
const DATE_ERROR = fillTemplate(en['common.dateInvalid'], { minYear: '1900', maxYear: '2199' });

/** Sets a value as the browser does when a date is picked or text is pasted. */
function setValue(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function expectExplained(host: HTMLElement, field: HTMLInputElement, error: string): void {
  expect(field.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
  expect(descriptionOf(field), 'the error is its description').to.contain(error);
  expect(deepActiveElement(), 'focus is on the field').to.equal(field);
  expect(statusText(host), 'the error is said').to.contain(error);
}

describe('saved or explained: every checked field', () => {
  describe('<onward-learning-plan> add form', () => {
    const mount = async () => {
      const plan = await fixture<OnwardLearningPlan>(
        html`<onward-learning-plan persist="none"></onward-learning-plan>`
      );
      await settle(plan);
      return plan;
    };
    const skill = (plan: OnwardLearningPlan) => fieldByLabel(plan, en['learningPlan.skillLabel']);
    const link = (plan: OnwardLearningPlan) => fieldByLabel(plan, en['learningPlan.resourceLabel']);
    const date = (plan: OnwardLearningPlan) => fieldByLabel(plan, en['learningPlan.dateLabel']);
    const add = async (plan: OnwardLearningPlan) => {
      buttonNamed(plan, en['learningPlan.add']).click();
      await settle(plan);
    };

    it('an impossible date (02/30/2027) is explained, nothing is added, and the goal keeps its date once fixed', async () => {
      const plan = await mount();
      setValue(skill(plan), 'Figma prototyping');
      await typeDate(date(plan), '02/30/2027');
      expect(date(plan).validity.badInput, 'the browser holds a bad date').to.be.true;
      await add(plan);
      expect(plan.goals, 'nothing added').to.have.length(0);
      expectExplained(plan, date(plan), DATE_ERROR);
      expect(statusText(plan)).not.to.contain('Added');
      expect(skill(plan).value, 'the skill is kept').to.equal('Figma prototyping');
      // Fixed: the error goes at once, and the goal is added with its date.
      date(plan).blur();
      await typeDate(date(plan), '02/28/2027');
      await settle(plan);
      expect(date(plan).value).to.equal('2027-02-28');
      expect(date(plan).getAttribute('aria-invalid')).to.equal('false');
      await add(plan);
      expect(plan.goals).to.have.length(1);
      expect(plan.goals[0]).to.include({ skill: 'Figma prototyping', targetDate: '2027-02-28' });
      expect(statusText(plan)).to.contain('Added Figma prototyping.');
      // Every field is cleared for the next goal: no date is carried over (or half-kept on screen).
      expect(skill(plan).value).to.equal('');
      expect(date(plan).value).to.equal('');
      expect(date(plan).validity.badInput).to.be.false;
    });

    it('a bad date cleared from the field lets the goal be added without one', async () => {
      const plan = await mount();
      setValue(skill(plan), 'SQL joins');
      await typeDate(date(plan), '02/30/2027');
      await add(plan);
      expect(plan.goals).to.have.length(0);
      await clearDate(date(plan));
      await settle(plan);
      expect(date(plan).getAttribute('aria-invalid')).to.equal('false');
      await add(plan);
      expect(plan.goals).to.have.length(1);
      expect(plan.goals[0].targetDate).to.be.undefined;
    });

    it('a half-typed date (no year) is explained too', async () => {
      const plan = await mount();
      setValue(skill(plan), 'SQL joins');
      await typeDate(date(plan), '03/15');
      await add(plan);
      expect(plan.goals).to.have.length(0);
      expectExplained(plan, date(plan), DATE_ERROR);
    });

    it('a date outside 1900–2199 is explained', async () => {
      for (const value of ['2300-01-01', '1899-12-31']) {
        const plan = await mount();
        setValue(skill(plan), 'SQL joins');
        setValue(date(plan), value);
        await add(plan);
        expect(plan.goals, value).to.have.length(0);
        expectExplained(plan, date(plan), DATE_ERROR);
      }
    });

    it('an empty skill and an unusable link are explained the same way', async () => {
      const plan = await mount();
      await add(plan);
      expectExplained(plan, skill(plan), en['learningPlan.skillRequired']);
      expect(skill(plan).getAttribute('aria-required')).to.equal('true');
      setValue(skill(plan), 'SQL joins');
      setValue(link(plan), 'javascript:alert(1)');
      await add(plan);
      expect(plan.goals).to.have.length(0);
      expectExplained(plan, link(plan), en['learningPlan.resourceInvalid']);
    });
  });

  describe('<onward-learning-plan> edit form', () => {
    it('an impossible date is explained and nothing is saved until it is fixed', async () => {
      const plan = await fixture<OnwardLearningPlan>(
        html`<onward-learning-plan persist="none"></onward-learning-plan>`
      );
      await settle(plan);
      setValue(fieldByLabel(plan, en['learningPlan.skillLabel']), 'SQL joins');
      setValue(fieldByLabel(plan, en['learningPlan.dateLabel']), '2031-03-14');
      buttonNamed(plan, en['learningPlan.add']).click();
      await settle(plan);
      buttonNamed(plan, 'Edit SQL joins').click();
      await settle(plan);
      const editDate = fieldByLabel(plan, `${en['learningPlan.dateLabel']} (editing SQL joins)`);
      setValue(editDate, '');
      await typeDate(editDate, '02/30/2027');
      buttonNamed(plan, en['learningPlan.save']).click();
      await settle(plan);
      expect(plan.goals[0].targetDate, 'the saved date is untouched').to.equal('2031-03-14');
      expectExplained(plan, editDate, DATE_ERROR);
      setValue(editDate, '2031-04-01');
      await settle(plan);
      buttonNamed(plan, en['learningPlan.save']).click();
      await settle(plan);
      expect(plan.goals[0].targetDate).to.equal('2031-04-01');
      expect(statusText(plan)).to.contain('Saved SQL joins.');
    });
  });

  describe('<onward-feedback-request>', () => {
    const mount = async () => {
      const request = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
        candidate-name="Sam Rivera"
        recipient-name="Maya Chen"
        company="Larkspur Health"
      ></onward-feedback-request>`);
      await settle(request);
      return request;
    };
    const date = (request: OnwardFeedbackRequest) => fieldByLabel(request, en['feedbackRequest.field.interviewDate']);

    it('an impossible interview date is explained when they leave the field, and the note is not copied without it', async () => {
      const request = await mount();
      const copies: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (value: string) => (copies.push(value), Promise.resolve()) }
      });
      try {
        await typeDate(date(request), '02/30/2027');
        await tabOutOf(date(request));
        await settle(request);
        expect(date(request).getAttribute('aria-invalid')).to.equal('true');
        expect(descriptionOf(date(request))).to.contain(DATE_ERROR);
        expect(statusText(request)).to.contain(DATE_ERROR);
        // Copy would send a note that silently leaves the date out: it says why, and takes them to the field.
        buttonNamed(request, en['feedbackRequest.copyLabel']).click();
        await settle(request);
        expect(copies).to.have.length(0);
        expectExplained(request, date(request), DATE_ERROR);
        // Fixed: the error goes, and the note (with its date) is copied.
        setValue(date(request), '2027-02-26');
        await settle(request);
        expect(date(request).getAttribute('aria-invalid')).to.equal('false');
        buttonNamed(request, en['feedbackRequest.copyLabel']).click();
        await settle(request);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(copies).to.have.length(1);
        expect(request.message.body).to.match(/2027/);
      } finally {
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('an address that is not one is explained when they leave the field, and the mail link says why it is gone', async () => {
      const request = await mount();
      const email = fieldByLabel(request, en['feedbackRequest.field.recipientEmail']);
      email.focus();
      await sendKeys({ type: 'maya@' });
      await sendKeys({ press: 'Tab' });
      await settle(request);
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(email)).to.contain(en['feedbackRequest.emailInvalid']);
      expect(statusText(request)).to.contain(en['feedbackRequest.emailInvalid']);
      expect(text(request.shadowRoot!.querySelector('[part~="preview"]'))).to.contain(
        en['feedbackRequest.mailInvalid']
      );
    });
  });
});
