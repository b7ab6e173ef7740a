import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../define/recovery-path.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import type { OnwardStepCard } from '../step-card/step-card.js';
import type { OnwardRecoveryPath } from './recovery-path.js';

const KEY = 'onward:v1:recovery-path:';
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (path: OnwardRecoveryPath, name: string) => path.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cards = (path: OnwardRecoveryPath) => [...path.shadowRoot!.querySelectorAll<OnwardStepCard>('onward-step-card')];
const toggle = (path: OnwardRecoveryPath, step: string) => path.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${step}`)!;
const panel = (path: OnwardRecoveryPath, step: string) => path.shadowRoot!.querySelector<HTMLElement>(`#panel-${step}`)!;

async function settle(path: OnwardRecoveryPath): Promise<void> {
  await path.updateComplete;
  await Promise.all(cards(path).map((card) => card.updateComplete));
}

let keyCounter = 0;
const freshKey = () => `test-${Date.now()}-${(keyCounter += 1)}`;

describe('<onward-recovery-path>', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('onward:')) localStorage.removeItem(key);
  });

  describe('accessibility', () => {
    it('is a labelled section with an ordered list of steps and a labelled progress bar', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`);
      const base = part(path, 'base')!;
      expect(base.localName).to.equal('section');
      expect(text(part(path, 'heading'))).to.equal('Your way forward');
      expect(part(path, 'steps')!.localName).to.equal('ol');
      const progress = path.shadowRoot!.querySelector('progress')!;
      expect(text(path.shadowRoot!.getElementById(progress.getAttribute('aria-labelledby')!))).to.equal('0 of 5 steps done');
      expect(path.shadowRoot!.querySelector('[role="status"]')).to.exist;
    });

    it('nests headings: path h2, step cards h3', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`);
      await settle(path);
      expect(part(path, 'heading')!.localName).to.equal('h2');
      const cardHeading = cards(path)[0].shadowRoot!.querySelector('[part~="heading"]')!;
      expect(cardHeading.localName).to.equal('h3');
    });
  });

  describe('steps and stage', () => {
    it('shows the five steps in order, numbered', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`);
      await settle(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['interview', 'feedback', 'search', 'learn', 'believe']);
      expect(cards(path).map((card) => card.step)).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('follows `steps` for the subset and the order', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path steps="believe, search" storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settle(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['believe', 'search']);
      expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('0 of 2 steps done');
    });

    it('warns once for an unknown step and leaves it out', async () => {
      let path!: OnwardRecoveryPath;
      const warnings = await captureWarnings(async () => {
        path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path steps=${'learn,<img src=x onerror=alert(1)>,learn'} storage-key=${freshKey()}></onward-recovery-path>`
        );
        path.requestUpdate();
        await path.updateComplete;
      });
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['learn']);
      expect(warnings).to.have.length(1);
      expect(path.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('shows every step again when the host removes the steps attribute', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path steps="believe, search" storage-key=${freshKey()}></onward-recovery-path>`
      );
      path.removeAttribute('steps');
      await path.updateComplete;
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['interview', 'feedback', 'search', 'learn', 'believe']);
    });

    it('warns once for a value with several unknown steps, naming the first few', async () => {
      let path!: OnwardRecoveryPath;
      const warnings = await captureWarnings(async () => {
        path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path steps="learn, apply, network, rest, pray, search" storage-key=${freshKey()}></onward-recovery-path>`
        );
      });
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['learn', 'search']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"apply", "network", "rest" and 1 more are not one of');
    });

    it('leaves out the interview and feedback steps for stage="applied"', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path stage="applied" storage-key=${freshKey()}></onward-recovery-path>`);
      await settle(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['search', 'learn', 'believe']);
      expect(cards(path).map((card) => card.step)).to.deep.equal([1, 2, 3]);
    });

    it('warns for an unknown stage and uses interview', async () => {
      let path!: OnwardRecoveryPath;
      const warnings = await captureWarnings(async () => {
        path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path stage="ghosted" storage-key=${freshKey()}></onward-recovery-path>`);
      });
      expect(path.stage).to.equal('interview');
      expect(cards(path)).to.have.length(5);
      expect(warnings.filter((w) => w.includes('stage'))).to.have.length(1);
    });
  });

  describe('tools open in place', () => {
    it('creates no tool until its step is opened (no fetch for similar roles)', async () => {
      const calls: string[] = [];
      const originalFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        return originalFetch(input, init);
      };
      try {
        const path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path jobs-src="/__never__.json" storage-key=${freshKey()}></onward-recovery-path>`
        );
        await settle(path);
        expect(path.shadowRoot!.querySelector('onward-similar-roles')).to.be.null;
        expect(calls).to.deep.equal([]);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('opens and closes a tool with a disclosure button (click)', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path applicants="240" interviewed="6" company="Larkspur" storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settle(path);
      const button = toggle(path, 'interview');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(path, 'interview').hidden).to.be.true;
      expect(button.getAttribute('aria-controls')).to.equal('panel-interview');
      button.click();
      await path.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(path, 'interview').hidden).to.be.false;
      const odds = panel(path, 'interview').querySelector('onward-interview-odds')!;
      expect(odds.getAttribute('applicants')).to.equal('240');
      expect(odds.getAttribute('interviewed')).to.equal('6');
      button.click();
      await path.updateComplete;
      expect(panel(path, 'interview').hidden).to.be.true;
      expect(panel(path, 'interview').querySelector('onward-interview-odds'), 'kept alive when closed').to.exist;
    });

    it('works by keyboard: Enter opens, Escape inside the tool (not in a field) closes and returns focus to the button', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path steps="believe" storage-key=${freshKey()} persist="none"></onward-recovery-path>`
      );
      await settle(path);
      const button = toggle(path, 'believe');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await path.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const strengths = panel(path, 'believe').querySelector('onward-strengths') as HTMLElement & { updateComplete: Promise<unknown> };
      await strengths.updateComplete;
      strengths.focus();
      // Escape in a field belongs to the field: the tool stays open and the candidate stays where they were typing.
      await sendKeys({ press: 'Escape' });
      await path.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(strengths.shadowRoot!.activeElement?.localName).to.equal('textarea');
      strengths.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
      await sendKeys({ press: 'Escape' });
      await path.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(path.shadowRoot!.activeElement).to.equal(button);
    });

    it('passes the host attributes through to the feedback request', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path
        candidate-name="Sam Rivera"
        recipient-name="Maya"
        recipient-email="maya@larkspur.example"
        company="Larkspur"
        job-title="Product Designer"
        interview-date="2026-11-20"
        stage="final"
        theme="dark"
        storage-key=${freshKey()}
      ></onward-recovery-path>`);
      await settle(path);
      toggle(path, 'feedback').click();
      await path.updateComplete;
      const feedback = panel(path, 'feedback').querySelector('onward-feedback-request')!;
      expect(feedback.getAttribute('candidate-name')).to.equal('Sam Rivera');
      expect(feedback.getAttribute('recipient-email')).to.equal('maya@larkspur.example');
      expect(feedback.getAttribute('job-title')).to.equal('Product Designer');
      expect(feedback.getAttribute('stage')).to.equal('final');
      expect(feedback.getAttribute('theme')).to.equal('dark');
    });
  });

  describe('progress, events and persistence', () => {
    it('counts a step marked done, announces it and fires onward-path-progress; the card event reaches the page', async () => {
      const storageKey = freshKey();
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`);
      await settle(path);
      const seenOnDocument: string[] = [];
      const listener = (event: Event) => seenOnDocument.push(event.type);
      document.addEventListener('onward-step-change', listener);
      try {
        const markDone = cards(path)[2].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
        setTimeout(() => markDone.click());
        const progress = await oneEvent(path, 'onward-path-progress');
        expect(progress.detail).to.deep.equal({ done: 1, total: 5 });
        expect(progress.bubbles && progress.composed).to.be.true;
        await path.updateComplete;
        expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('1 of 5 steps done');
        expect(path.shadowRoot!.querySelector('progress')!.value).to.equal(1);
        expect(text(path.shadowRoot!.querySelector('[role="status"]'))).to.equal('1 of 5 steps done');
        expect(seenOnDocument).to.deep.equal(['onward-step-change']);
        expect(JSON.parse(localStorage.getItem(`${KEY}${storageKey}`)!).data.done).to.deep.equal(['search']);
      } finally {
        document.removeEventListener('onward-step-change', listener);
      }
    });

    it('restores progress on the next visit', async () => {
      const storageKey = freshKey();
      localStorage.setItem(`${KEY}${storageKey}`, JSON.stringify({ version: 1, data: { done: ['learn', 'believe', 'nonsense'] } }));
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`);
      await settle(path);
      expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('2 of 5 steps done');
      expect(cards(path).map((card) => card.status)).to.deep.equal(['todo', 'todo', 'todo', 'done', 'done']);
    });

    it('says so when every step is done', async () => {
      const storageKey = freshKey();
      localStorage.setItem(`${KEY}${storageKey}`, JSON.stringify({ version: 1, data: { done: ['search', 'learn'] } }));
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path stage="applied" storage-key=${storageKey}></onward-recovery-path>`);
      await settle(path);
      const markDone = cards(path)[2].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      markDone.click();
      await path.updateComplete;
      expect(text(part(path, 'note'))).to.contain('You did every step');
    });

    it('writes nothing with persist="none"', async () => {
      const storageKey = freshKey();
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path persist="none" storage-key=${storageKey}></onward-recovery-path>`);
      await settle(path);
      cards(path)[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await path.updateComplete;
      expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('1 of 5 steps done');
      expect(Object.keys(localStorage).filter((key) => key.includes(storageKey))).to.deep.equal([]);
    });

    it('keeps progress in memory and says so calmly when storage refuses to save', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`);
        await settle(path);
        cards(path)[1].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
        await path.updateComplete;
        expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('1 of 5 steps done');
        expect(text(part(path, 'note'))).to.contain('can’t be saved');
      } finally {
        Storage.prototype.setItem = original;
      }
    });
  });

  describe('layout', () => {
    it('fits a 320 px phone without horizontal overflow', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px"><onward-recovery-path storage-key=${freshKey()}></onward-recovery-path></div>`
      );
      const path = wrapper.firstElementChild as OnwardRecoveryPath;
      await settle(path);
      toggle(path, 'feedback').click();
      await path.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(path.scrollWidth).to.be.at.most(320);
      expect(part(path, 'base')!.scrollWidth).to.be.at.most(320);
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><onward-recovery-path storage-key=${freshKey()}></onward-recovery-path></div>`);
      const path = wrapper.firstElementChild as OnwardRecoveryPath;
      await settle(path);
      expect(getComputedStyle(part(path, 'base')!).direction).to.equal('rtl');
    });
  });
});
