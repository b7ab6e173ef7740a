import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/interview-odds.js';
import { fillTemplate } from '../../core/template.js';
import { loadLocale } from '../../internal/localize.js';
import de from '../../locales/de.js';
import fr from '../../locales/fr.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardInterviewOdds } from './interview-odds.js';
import { part, text } from '../../../test/helpers/fields.js';

const heading = (el: OnwardInterviewOdds) => el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;

const GENERAL =
  'You got an interview, so something in your application stood out. This one did not work out, but you are closer than it may feel.';

describe('<onward-interview-odds>', () => {
  describe('accessibility', () => {
    it('reads as a heading, the figure and the sentences, in that order', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds>`
      );
      const base = part(el, 'base')!;
      expect([...base.children].map((child) => child.localName)).to.deep.equal(['h3', 'p', 'p', 'div']);
      expect(text(heading(el))).to.equal('You got further than most');
      expect(text(part(el, 'figure'))).to.equal(
        'You were one of 6 people interviewed, out of 240 who applied. 3% of the people who applied got an interview.'
      );
    });

    it('has no WCAG 2.2 AA violations with the general message, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const wrapper = await fixture<HTMLElement>(
          html`<div><onward-interview-odds theme=${theme}></onward-interview-odds></div>`
        );
        await expectNoAxeViolations(wrapper);
      }
    });
  });

  describe('the numbers', () => {
    it('leads with what is true, the share only as a second line, never a rank', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds>`
      );
      const [lead, share] = [...part(el, 'figure')!.children].map((child) => text(child));
      expect(lead).to.equal('You were one of 6 people interviewed, out of 240 who applied.');
      expect(share).to.equal('3% of the people who applied got an interview.');
      expect(text(part(el, 'base'))).to.not.match(/top \d/i);
      expect(text(part(el, 'message'))).to.equal(
        'Getting this far means your application stood out. This one did not work out, but you are closer than it may feel.'
      );
    });

    it('says "the only person" when one person was interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="87" interviewed="1"></onward-interview-odds>`
      );
      expect(text(part(el, 'figure'))).to.equal(
        'You were the only person interviewed, out of 87 who applied. 2% of the people who applied got an interview.'
      );
    });

    it('rounds the share up, with one decimal under 1%, never 0%', async () => {
      const cases: Array<[number, number, string]> = [
        [1000, 3, '0.3%'],
        [100_000, 1, '0.1%'],
        [10_000, 95, '1%'],
        [700, 7, '1%']
      ];
      for (const [applicants, interviewed, figure] of cases) {
        const el = await fixture<OnwardInterviewOdds>(
          html`<onward-interview-odds applicants=${applicants} interviewed=${interviewed}></onward-interview-odds>`
        );
        const share = text(part(el, 'figure')!.querySelector('.caption'));
        expect(share.startsWith(figure + ' '), `${interviewed} of ${applicants}: ${share}`).to.be.true;
        expect(share).to.not.match(/^0%/);
      }
    });

    it('shows only the plain count, with no share, when most applicants were interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="8" interviewed="6"></onward-interview-odds>`
      );
      expect(text(part(el, 'figure'))).to.equal('You were one of 6 people interviewed, out of 8 who applied.');
      expect(text(heading(el))).to.equal('You made it to the interview');
    });

    it('has a sentence for everyone interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="1" interviewed="1"></onward-interview-odds>`
      );
      expect(text(part(el, 'figure'))).to.equal('Everyone who applied got an interview, you included.');
    });

    it('takes numbers through the properties and updates live', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      el.applicants = 500;
      el.interviewed = 10;
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.contain('You were one of 10 people interviewed, out of 500 who applied.');
      el.setAttribute('interviewed', '5');
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.contain('You were one of 5 people interviewed, out of 500 who applied. 1%');
    });

    it('names the role and the company when it has them', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="240" interviewed="6" company="Northwind" job-title="Product designer"></onward-interview-odds>`
      );
      expect(text(part(el, 'message'))).to.match(/^You applied for Product designer at Northwind\. Getting this far/);
      el.company = undefined;
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.match(/^You applied for Product designer\. /);
      el.company = 'Northwind';
      el.jobTitle = '  ';
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.match(/^You applied to Northwind\. /);
    });
  });

  describe('missing or inconsistent numbers', () => {
    const cases: Array<[string, string | undefined, string | undefined, RegExp]> = [
      ['only applicants', '240', undefined, /interviewed is missing/],
      ['only interviewed', undefined, '6', /applicants is missing/],
      ['not a number', 'lots', '6', /applicants is not a number/],
      ['NaN', '240', 'NaN', /interviewed is not a number/],
      ['a thousands separator', '1,240', '6', /applicants is not a number/],
      ['negative', '240', '-6', /interviewed is below zero/],
      ['not an integer', '240', '2.5', /interviewed is not a whole number/],
      ['1e309', '1e309', '6', /applicants is too large/],
      ['interviewed > applicants', '6', '240', /interviewed is larger than applicants/],
      ['interviewed = 0', '240', '0', /interviewed is 0/]
    ];
    for (const [name, applicants, interviewed, reason] of cases) {
      it(`${name}: warns once and shows the general message instead of numbers`, async () => {
        let el!: OnwardInterviewOdds;
        const { warnings, errors } = await observe(async () => {
          el = await fixture<OnwardInterviewOdds>(
            html`<onward-interview-odds applicants=${ifDefined(applicants)} interviewed=${ifDefined(interviewed)}></onward-interview-odds>`
          );
          el.requestUpdate();
          await el.updateComplete;
          el.company = 'Northwind';
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('<onward-interview-odds>').and.match(reason);
        expect(part(el, 'figure')).to.be.null;
        expect(text(part(el, 'message'))).to.equal(`You applied to Northwind. ${GENERAL}`);
        // No numbers, no claim of how far ahead they got.
        expect(text(heading(el))).to.equal('You made it to the interview');
      });
    }

    it('stays silent when neither number is set', async () => {
      let el!: OnwardInterviewOdds;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(text(part(el, 'message'))).to.equal(GENERAL);
    });

    it('warns for NaN and Infinity set through the properties', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      const { warnings, errors } = await observe(async () => {
        el.applicants = Number.NaN;
        el.interviewed = 6;
        await el.updateComplete;
        el.applicants = Number.POSITIVE_INFINITY;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(2);
      expect(part(el, 'figure')).to.be.null;
    });

    it('recovers when the host corrects the numbers', async () => {
      let el!: OnwardInterviewOdds;
      const { errors } = await observe(async () => {
        el = await fixture<OnwardInterviewOdds>(
          html`<onward-interview-odds applicants="6" interviewed="240"></onward-interview-odds>`
        );
      });
      expect(errors).to.deep.equal([]);
      el.setAttribute('applicants', '2400');
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.contain('You were one of 240 people interviewed, out of 2,400 who applied.');
    });
  });

  describe('hostile input', () => {
    it('shows markup in the company and the role as text', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds
          applicants="240"
          interviewed="6"
          company=${'<img src=x onerror=alert(1)>'}
          job-title=${'</p><script>alert(1)</script>'}
        ></onward-interview-odds>`
      );
      expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
      expect(text(part(el, 'message'))).to.contain(
        'You applied for </p><script>alert(1)</script> at <img src=x onerror=alert(1)>.'
      );
    });
  });

  describe('localization and right-to-left', () => {
    it('formats numbers and the percentage for the language (lang="de" → 1.240)', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds lang="de" applicants="1240" interviewed="12"></onward-interview-odds>`
      );
      // The German catalogue loads on demand: wait for it, so the words do not race the numbers.
      await loadLocale('de');
      await el.updateComplete;
      const percent = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(0.01);
      const figure = `${fillTemplate(de['interviewOdds.many'], { applicants: '1.240', interviewed: '12' })} ${fillTemplate(de['interviewOdds.share'], { percent })}`;
      expect(text(part(el, 'figure'))).to.equal(figure.replace(/\s+/g, ' '));
    });

    it('takes the language from an ancestor, with one decimal in its format', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><onward-interview-odds applicants="2000" interviewed="5"></onward-interview-odds></div>`
      );
      const el = wrapper.firstElementChild as OnwardInterviewOdds;
      await loadLocale('fr');
      await el.updateComplete;
      const percent = new Intl.NumberFormat('fr', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1
      }).format(0.003);
      const applicants = new Intl.NumberFormat('fr').format(2000);
      const figure = `${fillTemplate(fr['interviewOdds.many'], { applicants, interviewed: '5' })} ${fillTemplate(fr['interviewOdds.share'], { percent })}`;
      expect(text(part(el, 'figure'))).to.equal(figure.replace(/\s+/g, ' '));
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds></div>`
      );
      const el = wrapper.firstElementChild as OnwardInterviewOdds;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('defaults and headings', () => {
    it('uses heading-level and heading, and warns for a bad level', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds heading-level="2" heading="How far you got"></onward-interview-odds>`
      );
      expect(heading(el).localName).to.equal('h2');
      expect(text(heading(el))).to.equal('How far you got');
      const { warnings, errors } = await observe(async () => {
        el.headingLevel = 9;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(heading(el).localName).to.equal('h3');
      expect(warnings).to.have.length(1);
    });
  });

  describe('styling contract', () => {
    it('colours the figure with --onward-color-accent and sizes it with --onward-interview-odds-figure-size', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds
          style="--onward-color-accent: rgb(200, 0, 100); --onward-interview-odds-figure-size: 50px"
          applicants="240"
          interviewed="6"
        ></onward-interview-odds>`
      );
      const value = part(el, 'figure')!.firstElementChild!;
      expect(getComputedStyle(value).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(value).fontSize).to.equal('50px');
    });

    it('is styleable through ::part', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(message) { color: rgb(1, 2, 3); }
        </style>
        <onward-interview-odds class="branded"></onward-interview-odds>
      </div>`);
      const el = wrapper.querySelector('onward-interview-odds')!;
      expect(getComputedStyle(part(el, 'message')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('one thing that went well', () => {
    let counter = 0;
    const key = () => `odds-note-${Date.now().toString(36)}-${(counter += 1)}`;
    const field = (el: OnwardInterviewOdds) => part(el, 'note-input') as HTMLTextAreaElement;
    const type = (el: OnwardInterviewOdds, value: string) => {
      const area = field(el);
      area.focus();
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    afterEach(() => {
      for (const name of Object.keys(localStorage))
        if (name.startsWith('onward:v1:interview-odds:odds-note-')) localStorage.removeItem(name);
    });

    it('has a labelled field next to the perspective line, and a Save button', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds storage-key=${key()} applicants="240" interviewed="6"></onward-interview-odds>`
      );
      const area = field(el);
      expect(area.labels?.[0]?.textContent?.trim()).to.equal('One thing that went well');
      expect(part(el, 'message')!.nextElementSibling).to.equal(part(el, 'note-field'));
      expect(text(part(el, 'note-save'))).to.equal('Save');
    });

    it('saves as it is typed and comes back on the next visit', async () => {
      const storageKey = key();
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds storage-key=${storageKey}></onward-interview-odds>`
      );
      type(el, 'I explained the pricing project clearly');
      await el.updateComplete;
      el.remove();
      const again = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds storage-key=${storageKey}></onward-interview-odds>`
      );
      expect(field(again).value).to.equal('I explained the pricing project clearly');
      expect(again.noteText).to.equal('I explained the pricing project clearly');
    });

    it('fires onward-odds-note-change with { filled } and no text, on Save and on leaving the field', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds storage-key=${key()}></onward-interview-odds>`
      );
      const details: unknown[] = [];
      el.addEventListener('onward-odds-note-change', (event) => {
        expect(event.bubbles && event.composed).to.be.true;
        details.push(event.detail);
      });
      type(el, 'My story about the redesign');
      part(el, 'note-save')!.click();
      await el.updateComplete;
      expect(details).to.deep.equal([{ filled: true }]);
      expect(text(part(el, 'note-status'))).to.equal('Saved on this device.');
      // Saving again with nothing changed says nothing new to the host.
      part(el, 'note-save')!.click();
      expect(details).to.have.length(1);
      type(el, '   ');
      field(el).dispatchEvent(new Event('change', { bubbles: true }));
      expect(details).to.deep.equal([{ filled: true }, { filled: false }]);
    });

    it('keeps the note in memory with persist="none", and says so', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds persist="none"></onward-interview-odds>`
      );
      type(el, 'Stayed calm');
      part(el, 'note-save')!.click();
      await el.updateComplete;
      expect(text(part(el, 'note-status'))).to.equal('Kept for this visit.');
      expect(Object.keys(localStorage).some((name) => name.startsWith('onward:v1:interview-odds:'))).to.be.false;
    });

    it('forget() clears the stored note and the field', async () => {
      const storageKey = key();
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds storage-key=${storageKey}></onward-interview-odds>`
      );
      type(el, 'Good question about teams');
      await el.updateComplete;
      el.forget();
      await el.updateComplete;
      expect(field(el).value).to.equal('');
      expect(localStorage.getItem(`onward:v1:interview-odds:${storageKey}`)).to.be.null;
    });
  });
});
