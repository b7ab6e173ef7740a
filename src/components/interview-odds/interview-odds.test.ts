import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/interview-odds.js';
import { fillTemplate } from '../../core/template.js';
import { loadLocale } from '../../internal/localize.js';
import de from '../../locales/de.js';
import fr from '../../locales/fr.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import type { OnwardInterviewOdds } from './interview-odds.js';

const part = (el: OnwardInterviewOdds, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: OnwardInterviewOdds) => el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;

const GENERAL =
  'Most applications never lead to an interview. Yours did, so your skills were seen. This one did not work out, but you are closer than it may feel.';

describe('<onward-interview-odds>', () => {
  describe('accessibility', () => {
    it('reads as a heading, the figure and the sentences, in that order', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds>`);
      const base = part(el, 'base')!;
      expect([...base.children].map((child) => child.localName)).to.deep.equal(['h3', 'p', 'p']);
      expect(text(heading(el))).to.equal('You got further than most');
      expect(text(part(el, 'figure'))).to.equal('Top 3% of 240 applicants');
    });

    it('has no WCAG 2.2 AA violations with the general message, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const wrapper = await fixture<HTMLElement>(html`<div><onward-interview-odds theme=${theme}></onward-interview-odds></div>`);
        await expectNoAxeViolations(wrapper);
      }
    });
  });

  describe('the numbers', () => {
    it('shows "top N%" and a sentence of perspective', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds>`);
      expect(text(part(el, 'message'))).to.equal(
        'You were one of 6 people interviewed out of 240 applicants. Getting this far means your skills were seen. This one did not work out, but you are closer than it may feel.'
      );
    });

    it('says "the only person" when one person was interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="87" interviewed="1"></onward-interview-odds>`);
      expect(text(part(el, 'figure'))).to.equal('Top 2% of 87 applicants');
      expect(text(part(el, 'message'))).to.contain('You were the only person interviewed out of 87 applicants.');
    });

    it('uses one decimal under 1% and never shows "top 0%"', async () => {
      const cases: Array<[number, number, string]> = [
        [1000, 3, 'Top 0.3%'],
        [100_000, 1, 'Top 0.1%'],
        [10_000, 95, 'Top 1%'],
        [700, 7, 'Top 1%']
      ];
      for (const [applicants, interviewed, figure] of cases) {
        const el = await fixture<OnwardInterviewOdds>(
          html`<onward-interview-odds applicants=${applicants} interviewed=${interviewed}></onward-interview-odds>`
        );
        expect(text(part(el, 'figure')).startsWith(figure + ' '), `${interviewed} of ${applicants}: ${text(part(el, 'figure'))}`).to.be
          .true;
        expect(text(part(el, 'figure'))).to.not.match(/Top 0%/);
      }
    });

    it('shows the plain count, not "top 75%", when most applicants were interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="8" interviewed="6"></onward-interview-odds>`);
      expect(text(part(el, 'figure'))).to.equal('6 of 8 applicants were interviewed');
      expect(text(heading(el))).to.equal('You made it to the interview');
      expect(text(part(el, 'message'))).to.contain('You were one of 6 people interviewed out of 8 applicants.');
    });

    it('has a sentence for everyone interviewed', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="1" interviewed="1"></onward-interview-odds>`);
      expect(text(part(el, 'message'))).to.contain('Everyone who applied got an interview, you included.');
    });

    it('takes numbers through the properties and updates live', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      el.applicants = 500;
      el.interviewed = 10;
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.equal('Top 2% of 500 applicants');
      el.setAttribute('interviewed', '5');
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.equal('Top 1% of 500 applicants');
    });

    it('names the role and the company when it has them', async () => {
      const el = await fixture<OnwardInterviewOdds>(
        html`<onward-interview-odds applicants="240" interviewed="6" company="Northwind" job-title="Product designer"></onward-interview-odds>`
      );
      expect(text(part(el, 'message'))).to.match(/^You applied for Product designer at Northwind\. You were one of 6/);
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
        const warnings = await captureWarnings(async () => {
          el = await fixture<OnwardInterviewOdds>(
            html`<onward-interview-odds applicants=${ifDefined(applicants)} interviewed=${ifDefined(interviewed)}></onward-interview-odds>`
          );
          el.requestUpdate();
          await el.updateComplete;
          el.company = 'Northwind';
          await el.updateComplete;
        });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('<onward-interview-odds>').and.match(reason);
        expect(part(el, 'figure')).to.be.null;
        expect(text(part(el, 'message'))).to.equal(`You applied to Northwind. ${GENERAL}`);
        expect(text(heading(el))).to.equal('You got further than most');
      });
    }

    it('stays silent when neither number is set', async () => {
      let el!: OnwardInterviewOdds;
      const warnings = await captureWarnings(async () => {
        el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      });
      expect(warnings).to.deep.equal([]);
      expect(text(part(el, 'message'))).to.equal(GENERAL);
    });

    it('warns for NaN and Infinity set through the properties', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds></onward-interview-odds>`);
      const warnings = await captureWarnings(async () => {
        el.applicants = Number.NaN;
        el.interviewed = 6;
        await el.updateComplete;
        el.applicants = Number.POSITIVE_INFINITY;
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(part(el, 'figure')).to.be.null;
    });

    it('recovers when the host corrects the numbers', async () => {
      let el!: OnwardInterviewOdds;
      await captureWarnings(async () => {
        el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds applicants="6" interviewed="240"></onward-interview-odds>`);
      });
      el.setAttribute('applicants', '2400');
      await el.updateComplete;
      expect(text(part(el, 'figure'))).to.equal('Top 10% of 2,400 applicants');
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
      expect(text(part(el, 'message'))).to.contain('You applied for </p><script>alert(1)</script> at <img src=x onerror=alert(1)>.');
    });
  });

  describe('localization and right-to-left', () => {
    it('formats numbers and the percentage for the language (lang="de" → 1.240)', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds lang="de" applicants="1240" interviewed="12"></onward-interview-odds>`);
      // The German catalogue loads on demand: wait for it, so the words do not race the numbers.
      await loadLocale('de');
      await el.updateComplete;
      const percent = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(0.01);
      const figure = `${fillTemplate(de['interviewOdds.top'], { percent })} ${fillTemplate(de['interviewOdds.topCaption'], { applicants: '1.240' })}`;
      expect(text(part(el, 'figure'))).to.equal(figure.replace(/\s+/g, ' '));
      expect(text(part(el, 'message'))).to.contain(fillTemplate(de['interviewOdds.many'], { applicants: '1.240', interviewed: '12' }));
    });

    it('takes the language from an ancestor, with one decimal in its format', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><onward-interview-odds applicants="2000" interviewed="5"></onward-interview-odds></div>`
      );
      const el = wrapper.firstElementChild as OnwardInterviewOdds;
      await loadLocale('fr');
      await el.updateComplete;
      const percent = new Intl.NumberFormat('fr', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.003);
      const applicants = new Intl.NumberFormat('fr').format(2000);
      const figure = `${fillTemplate(fr['interviewOdds.top'], { percent })} ${fillTemplate(fr['interviewOdds.topCaption'], { applicants })}`;
      expect(text(part(el, 'figure'))).to.equal(figure.replace(/\s+/g, ' '));
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds></div>`);
      const el = wrapper.firstElementChild as OnwardInterviewOdds;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('defaults and headings', () => {
    it('uses heading-level and heading, and warns for a bad level', async () => {
      const el = await fixture<OnwardInterviewOdds>(html`<onward-interview-odds heading-level="2" heading="How far you got"></onward-interview-odds>`);
      expect(heading(el).localName).to.equal('h2');
      expect(text(heading(el))).to.equal('How far you got');
      const warnings = await captureWarnings(async () => {
        el.headingLevel = 9;
        await el.updateComplete;
      });
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
});
