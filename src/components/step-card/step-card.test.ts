import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../define/step-card.js';
import { registerTranslation } from '../../internal/localize.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardStepCard } from './step-card.js';
import { STEP_PRESETS } from './step-card.types.js';
import { part, text } from '../../../test/helpers/fields.js';

describe('<onward-step-card>', () => {
  describe('accessibility', () => {
    it('exposes the heading with the step number in its name', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="search" step="3"></onward-step-card>`);
      const heading = part(card, 'heading')!;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('Step 3: Start searching again');
    });

    it('hides the decorative icon from assistive technology', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn"></onward-step-card>`);
      expect(part(card, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('gives the toggle a 44 px tall target and a stable name', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn" checkable></onward-step-card>`);
      const toggle = part(card, 'toggle')!;
      expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
      expect(text(toggle)).to.equal('Mark as done');
    });
  });

  describe('presets', () => {
    for (const preset of STEP_PRESETS) {
      it(`"${preset}" fills the heading, the body and an icon`, async () => {
        const card = await fixture<OnwardStepCard>(html`<onward-step-card preset=${preset}></onward-step-card>`);
        expect(text(part(card, 'heading'))).to.not.be.empty;
        expect(text(part(card, 'body')).length).to.be.greaterThan(40);
        expect(part(card, 'icon')!.querySelector('svg path, svg circle')).to.exist;
      });
    }

    it('renders the localized copy of the resolved language', async () => {
      registerTranslation({
        $code: 'eo',
        $name: 'Esperanto',
        $dir: 'ltr',
        'stepCard.feedback.heading': 'Pide tu opinión'
      });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="eo"><onward-step-card preset="feedback"></onward-step-card></div>`
      );
      const card = wrapper.firstElementChild as OnwardStepCard;
      expect(text(part(card, 'heading'))).to.equal('Pide tu opinión');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await card.updateComplete;
      expect(text(part(card, 'heading'))).to.equal('Ask for feedback');
    });

    it('keeps the preset body when the host markup has only whitespace inside the tag', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn">
        </onward-step-card>`);
      expect(text(part(card, 'body'))).to.contain('Each interview shows you something to grow into');
    });

    it('lets the heading attribute and the slots override the preset', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="believe" heading="Your strengths">
        <p>Our own words.</p>
        <span slot="icon">★</span>
      </onward-step-card>`);
      expect(text(part(card, 'heading'))).to.equal('Your strengths');
      const bodySlot = part(card, 'body')!.querySelector('slot')!;
      expect(text(bodySlot.assignedElements()[0])).to.equal('Our own words.');
      expect(text(part(card, 'body'))).to.not.contain('Keep believing');
      expect(part(card, 'body')!.querySelector('p'), 'the preset body is gone').to.be.null;
      const iconSlot = part(card, 'icon')!.querySelector('slot')!;
      expect(text(iconSlot.assignedElements()[0])).to.equal('★');
    });
  });

  describe('defaults and reflection', () => {
    it('starts as todo, default variant, light theme, no badge, no actions', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="interview"></onward-step-card>`);
      expect(card.getAttribute('status')).to.equal('todo');
      expect(card.getAttribute('variant')).to.equal('default');
      expect(card.getAttribute('theme')).to.equal('light');
      expect(part(card, 'badge')).to.be.null;
      expect(part(card, 'actions')!.hidden).to.be.true;
    });

    it('changes the heading element with heading-level', async () => {
      for (const level of [2, 4, 6]) {
        const card = await fixture<OnwardStepCard>(
          html`<onward-step-card preset="learn" heading-level=${level}></onward-step-card>`
        );
        expect(part(card, 'heading')!.localName).to.equal(`h${level}`);
      }
    });

    it('renders a safe call-to-action link with the preset label', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card preset="search" href="/jobs?team=design"></onward-step-card>`
      );
      const link = part(card, 'actions')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/jobs?team=design');
      expect(text(link)).to.equal('See open roles');
    });

    it('uses action-label when given', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card href="https://example.com" action-label="Go"></onward-step-card>`
      );
      expect(text(part(card, 'actions')!.querySelector('a'))).to.equal('Go');
    });
  });

  describe('hostile and invalid input', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)'
    ]) {
      it(`does not render the link for ${JSON.stringify(href)} and warns`, async () => {
        let card!: OnwardStepCard;
        const { warnings, errors } = await observe(async () => {
          card = await fixture<OnwardStepCard>(
            html`<onward-step-card preset="search" href=${href}></onward-step-card>`
          );
        });
        expect(errors).to.deep.equal([]);
        expect(part(card, 'actions')!.querySelector('a')).to.be.null;
        expect(warnings.some((w) => w.includes('href'))).to.be.true;
      });
    }

    it('renders a link that still works when href holds a lone surrogate', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card preset="search" href=${'/jobs?q=\uD800design'}></onward-step-card>`
      );
      const link = part(card, 'actions')!.querySelector('a')!;
      expect(link.protocol).to.equal(location.protocol);
      expect(link.getAttribute('href')).to.equal('/jobs?q=\uFFFDdesign');
    });

    it('shows markup in the heading as text', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card heading=${'<img src=x onerror=alert(1)>'}></onward-step-card>`
      );
      expect(part(card, 'heading')!.querySelector('img')).to.be.null;
      expect(text(part(card, 'heading'))).to.equal('<img src=x onerror=alert(1)>');
    });

    it('warns once for an unknown variant and falls back to default', async () => {
      let card!: OnwardStepCard;
      const { warnings, errors } = await observe(async () => {
        card = await fixture<OnwardStepCard>(
          html`<onward-step-card variant="fancy" preset="learn"></onward-step-card>`
        );
        card.requestUpdate();
        await card.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(card.variant).to.equal('default');
      expect(card.getAttribute('variant')).to.equal('default');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('onward-step-card').and.contain('variant').and.contain('compact');
    });

    it('warns for an unknown status, preset and heading level, and falls back', async () => {
      let card!: OnwardStepCard;
      const { warnings, errors } = await observe(async () => {
        card = await fixture<OnwardStepCard>(
          html`<onward-step-card status="maybe" preset="nope" heading-level="9" step="NaN"></onward-step-card>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(card.status).to.equal('todo');
      expect(card.preset).to.be.undefined;
      expect(part(card, 'heading')!.localName).to.equal('h3');
      expect(part(card, 'badge')).to.be.null;
      expect(warnings).to.have.length(4);
    });

    it('reads numbers that frameworks set on the property as text (Vue and React 19 set step="2" as "2")', async () => {
      let card!: OnwardStepCard;
      const { warnings, errors } = await observe(async () => {
        card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn"></onward-step-card>`);
        Object.assign(card, { step: '2', headingLevel: '4' });
        await card.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(text(part(card, 'badge'))).to.contain('2');
      expect(part(card, 'heading')!.localName).to.equal('h4');
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('slots', () => {
    it('shows slotted actions and reveals the actions row for them', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card preset="learn"><button slot="actions">Later</button></onward-step-card>`
      );
      await card.updateComplete;
      expect(part(card, 'actions')!.hidden).to.be.false;
    });

    it('uses the heading slot over the attribute', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card heading="Attribute"><span slot="heading">Slotted</span></onward-step-card>`
      );
      const slot = part(card, 'heading')!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(text(slot.assignedElements()[0])).to.equal('Slotted');
    });
  });

  describe('events and the toggle', () => {
    it('toggles by mouse and fires onward-step-change with the detail', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card preset="feedback" step="2" checkable></onward-step-card>`
      );
      const toggle = part(card, 'toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => toggle.click());
      const event = await oneEvent(card, 'onward-step-change');
      expect(event.detail).to.deep.equal({ step: 2, preset: 'feedback', status: 'done' });
      await card.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(card.getAttribute('status')).to.equal('done');
    });

    it('reads "Done ✓" while done, named after the step, and settles into a compact card that reopens', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card preset="feedback" step="2" checkable></onward-step-card>`
      );
      const toggle = part(card, 'toggle')!;
      expect(toggle.getAttribute('aria-label')).to.equal('Mark as done: Ask for feedback');
      const tall = card.getBoundingClientRect().height;
      toggle.click();
      await card.updateComplete;
      expect(text(toggle)).to.equal('Done ✓');
      expect(toggle.getAttribute('aria-label')).to.equal('Done: Ask for feedback');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      // Compact: the body folds away, the heading and the toggle stay.
      expect(getComputedStyle(part(card, 'body')!).display).to.equal('none');
      expect(card.getBoundingClientRect().height).to.be.below(tall);
      expect(text(part(card, 'heading'))).to.equal('Step 2: Ask for feedback');
      // `open` shows it in full again; unticking does too.
      card.open = true;
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'body')!).display).to.not.equal('none');
      card.open = false;
      toggle.click();
      await card.updateComplete;
      expect(text(toggle)).to.equal('Mark as done');
      expect(getComputedStyle(part(card, 'body')!).display).to.not.equal('none');
    });

    it('puts slotted panel content after the actions and before the toggle, in focus order', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn" checkable>
        <button slot="actions" id="open">Open</button>
        <div slot="panel"><input id="inside" aria-label="Inside" /></div>
      </onward-step-card>`);
      card.querySelector<HTMLButtonElement>('#open')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(card.querySelector('#inside'));
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement).to.equal(part(card, 'toggle'));
    });

    it('toggles by keyboard: Tab to the toggle, then Space and Enter', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card preset="learn" checkable></onward-step-card>`);
      const details: string[] = [];
      card.addEventListener('onward-step-change', (event) => details.push(event.detail.status));
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement).to.equal(part(card, 'toggle'));
      await sendKeys({ press: 'Space' });
      await card.updateComplete;
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(details).to.deep.equal(['done', 'todo']);
      expect(card.status).to.equal('todo');
    });

    it('does not fire when status is set by the host', async () => {
      const card = await fixture<OnwardStepCard>(html`<onward-step-card checkable></onward-step-card>`);
      let fired = false;
      card.addEventListener('onward-step-change', () => (fired = true));
      card.status = 'done';
      await card.updateComplete;
      expect(fired).to.be.false;
      expect(part(card, 'toggle')!.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('localization and right-to-left', () => {
    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="inline-size: 600px"><onward-step-card preset="learn"></onward-step-card></div>`
      );
      const card = wrapper.firstElementChild as OnwardStepCard;
      const icon = part(card, 'icon')!.getBoundingClientRect();
      const heading = part(card, 'heading')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(heading.left);
      expect(getComputedStyle(part(card, 'base')!).direction).to.equal('rtl');
    });

    it('follows a live dir change on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 600px"><onward-step-card preset="learn"></onward-step-card></div>`
      );
      const card = wrapper.firstElementChild as OnwardStepCard;
      wrapper.dir = 'rtl';
      await new Promise((resolve) => setTimeout(resolve));
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'base')!).direction).to.equal('rtl');
    });

    it('formats the step number for the language', async () => {
      registerTranslation({ $code: 'ar', $name: 'العربية', $dir: 'rtl', 'stepCard.badge': 'الخطوة {step}' });
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card lang="ar" step="2" preset="learn"></onward-step-card>`
      );
      expect(text(part(card, 'badge'))).to.equal(`الخطوة ${new Intl.NumberFormat('ar').format(2)}`);
      expect(getComputedStyle(part(card, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('styling contract', () => {
    it('takes the accent colour from --onward-color-accent', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card style="--onward-color-accent: rgb(200, 0, 100)" preset="learn" href="/x"></onward-step-card>`
      );
      expect(getComputedStyle(part(card, 'actions')!.querySelector('a')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('switches to dark colours with theme="dark"', async () => {
      const card = await fixture<OnwardStepCard>(
        html`<onward-step-card theme="dark" preset="learn"></onward-step-card>`
      );
      expect(getComputedStyle(part(card, 'base')!).backgroundColor).to.equal('rgb(28, 33, 38)');
    });

    it('is styleable through ::part', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(heading) { color: rgb(1, 2, 3); }
        </style>
        <onward-step-card class="branded" preset="learn"></onward-step-card>
      </div>`);
      const card = wrapper.querySelector('onward-step-card')!;
      expect(getComputedStyle(part(card, 'heading')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('keeps its shadow styles out of the page, and page element styles out of the card', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>h3 { color: rgb(255, 0, 0) !important; } p { display: none !important; }</style>
        <onward-step-card preset="learn"></onward-step-card><h3>Page heading</h3>
      </div>`);
      const card = wrapper.querySelector('onward-step-card')!;
      expect(getComputedStyle(part(card, 'heading')!).color).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(part(card, 'body')!.querySelector('p')!).display).to.equal('block');
    });
  });
});
