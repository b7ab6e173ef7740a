import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../define/recovery-path.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardStepCard } from '../step-card/step-card.js';
import type { OnwardRecoveryPath } from './recovery-path.js';
import { painted, settleAll } from '../../../test/helpers/composed.js';
import { part, text } from '../../../test/helpers/fields.js';

const KEY = 'onward:v1:recovery-path:';
const cards = (path: OnwardRecoveryPath) => [...path.shadowRoot!.querySelectorAll<OnwardStepCard>('onward-step-card')];
const toggle = (path: OnwardRecoveryPath, step: string) =>
  path.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${step}`)!;
const panel = (path: OnwardRecoveryPath, step: string) =>
  path.shadowRoot!.querySelector<HTMLElement>(`#panel-${step}`)!;

let keyCounter = 0;
const freshKey = () => `test-${Date.now()}-${(keyCounter += 1)}`;

describe('<onward-recovery-path>', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('onward:')) localStorage.removeItem(key);
  });

  describe('accessibility', () => {
    it('is a labelled section with an ordered list of steps and a labelled progress bar', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
      );
      const base = part(path, 'base')!;
      expect(base.localName).to.equal('section');
      expect(text(part(path, 'heading'))).to.equal('Your way forward');
      expect(part(path, 'steps')!.localName).to.equal('ol');
      const progress = path.shadowRoot!.querySelector('progress')!;
      expect(text(path.shadowRoot!.getElementById(progress.getAttribute('aria-labelledby')!))).to.equal(
        '0 of 5 steps done'
      );
      expect(path.shadowRoot!.querySelector('[role="status"]')).to.exist;
    });

    it('nests headings: path h2, step cards h3', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(part(path, 'heading')!.localName).to.equal('h2');
      const cardHeading = cards(path)[0].shadowRoot!.querySelector('[part~="heading"]')!;
      expect(cardHeading.localName).to.equal('h3');
    });
  });

  describe('steps and stage', () => {
    it('shows the five steps in order, numbered', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal([
        'interview',
        'feedback',
        'search',
        'learn',
        'believe'
      ]);
      expect(cards(path).map((card) => card.step)).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('follows `steps` for the subset and the order', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path steps="believe, search" storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['believe', 'search']);
      expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('0 of 2 steps done');
    });

    it('warns once for an unknown step and leaves it out', async () => {
      let path!: OnwardRecoveryPath;
      const { warnings, errors } = await observe(async () => {
        path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path steps=${'learn,<img src=x onerror=alert(1)>,learn'} storage-key=${freshKey()}></onward-recovery-path>`
        );
        path.requestUpdate();
        await path.updateComplete;
      });
      expect(errors).to.deep.equal([]);
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
      expect(cards(path).map((card) => card.preset)).to.deep.equal([
        'interview',
        'feedback',
        'search',
        'learn',
        'believe'
      ]);
    });

    it('warns once for a value with several unknown steps, naming the first few', async () => {
      let path!: OnwardRecoveryPath;
      const { warnings, errors } = await observe(async () => {
        path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path steps="learn, apply, network, rest, pray, search" storage-key=${freshKey()}></onward-recovery-path>`
        );
      });
      expect(errors).to.deep.equal([]);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['learn', 'search']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"apply", "network", "rest" and 1 more are not one of');
    });

    it('leaves out the interview and feedback steps for stage="applied"', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path stage="applied" storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(cards(path).map((card) => card.preset)).to.deep.equal(['search', 'learn', 'believe']);
      expect(cards(path).map((card) => card.step)).to.deep.equal([1, 2, 3]);
    });

    it('warns for an unknown stage and uses interview', async () => {
      let path!: OnwardRecoveryPath;
      const { warnings, errors } = await observe(async () => {
        path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path stage="ghosted" storage-key=${freshKey()}></onward-recovery-path>`
        );
      });
      expect(errors).to.deep.equal([]);
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
        await settleAll(path);
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
      await settleAll(path);
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
      await settleAll(path);
      const button = toggle(path, 'believe');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await path.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const strengths = panel(path, 'believe').querySelector('onward-strengths') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
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
      await settleAll(path);
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
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
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
        expect(text(path.shadowRoot!.querySelector('[role="status"]'))).to.equal(
          'Done: Start searching again. 1 of 5 steps done.'
        );
        expect(seenOnDocument).to.deep.equal(['onward-step-change']);
        expect(JSON.parse(localStorage.getItem(`${KEY}${storageKey}`)!).data.done).to.deep.equal(['search']);
      } finally {
        document.removeEventListener('onward-step-change', listener);
      }
    });

    it('restores progress on the next visit', async () => {
      const storageKey = freshKey();
      localStorage.setItem(
        `${KEY}${storageKey}`,
        JSON.stringify({ version: 1, data: { done: ['learn', 'believe', 'nonsense'] } })
      );
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(text(path.shadowRoot!.querySelector('#progress-label'))).to.equal('2 of 5 steps done');
      expect(cards(path).map((card) => card.status)).to.deep.equal(['todo', 'todo', 'todo', 'done', 'done']);
    });

    it('says so when every step is done', async () => {
      const storageKey = freshKey();
      localStorage.setItem(`${KEY}${storageKey}`, JSON.stringify({ version: 1, data: { done: ['search', 'learn'] } }));
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path stage="applied" storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
      const markDone = cards(path)[2].shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      markDone.click();
      await path.updateComplete;
      expect(text(part(path, 'celebration'))).to.contain('You did every step');
      expect(text(part(path, 'note'))).to.equal('');
    });

    it('writes nothing with persist="none"', async () => {
      const storageKey = freshKey();
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path persist="none" storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
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
        const path = await fixture<OnwardRecoveryPath>(
          html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
        );
        await settleAll(path);
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
      await settleAll(path);
      toggle(path, 'feedback').click();
      await path.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(path.scrollWidth).to.be.at.most(320);
      expect(part(path, 'base')!.scrollWidth).to.be.at.most(320);
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><onward-recovery-path storage-key=${freshKey()}></onward-recovery-path></div>`
      );
      const path = wrapper.firstElementChild as OnwardRecoveryPath;
      await settleAll(path);
      expect(getComputedStyle(part(path, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('one list, steps that complete themselves, a finish they see', () => {
    const tool = <T extends HTMLElement = HTMLElement>(path: OnwardRecoveryPath, step: string, tag: string) =>
      panel(path, step).querySelector<T>(tag)!;
    const doneToggle = (path: OnwardRecoveryPath, step: string) =>
      cards(path)
        .find((card) => card.preset === step)!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const status = (path: OnwardRecoveryPath) => text(path.shadowRoot!.querySelector('[role="status"]'));
    async function open(path: OnwardRecoveryPath, step: string): Promise<void> {
      toggle(path, step).click();
      await settleAll(path);
    }
    const emit = (target: Element, type: string, detail: unknown) =>
      target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

    it('shows one progress count, and each opened step its own small actions for the week, without repeating its tool', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      for (const step of ['interview', 'feedback', 'search', 'learn', 'believe']) await open(path, step);
      const all = text(part(path, 'base'));
      expect(all.match(/\d+ of \d+/g)).to.deep.equal(['0 of 5']);
      expect(path.shadowRoot!.querySelectorAll('progress')).to.have.length(1);
      expect(path.shadowRoot!.querySelectorAll('input[type="checkbox"], onward-rejection-checklist')).to.have.length(0);
      const week = (step: string) => [...panel(path, step).querySelectorAll('[part~="week"] .week-label')].map(text);
      expect(week('interview')).to.deep.equal(['Tell someone you trust how far you got']);
      expect(week('feedback')).to.deep.equal([
        'Send a short thank-you to the people you met',
        'If you hear nothing in a week, follow up once'
      ]);
      expect(week('search')).to.not.include('Save two open roles that fit you');
      expect(week('believe')).to.not.include('Write down three strengths this interview showed');
      expect(text(panel(path, 'feedback').querySelector('.week-when'))).to.equal('Around day 1');
      // No sentence asked three times: "Try now:" is gone, and the interview step asks once in the card, once as a field.
      expect(all).to.not.contain('Try now');
      expect(all.match(/one thing that went well/gi)?.length ?? 0).to.be.at.most(2);
    });

    it('completes each step when its real action happens (child events), saved, announced and fired like a tick', async () => {
      const storageKey = freshKey();
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
      const changes: string[] = [];
      const progress: number[] = [];
      path.addEventListener('onward-step-change', (event) =>
        changes.push(`${event.detail.preset}:${event.detail.status}`)
      );
      path.addEventListener('onward-path-progress', (event) => progress.push(event.detail.done));
      const cases: Array<[string, string, string, unknown, unknown]> = [
        // step, tool, event, a detail that is not the real action, the detail of the real action
        ['interview', 'onward-interview-odds', 'onward-odds-note-change', { filled: false }, { filled: true }],
        ['feedback', 'onward-feedback-request', 'onward-feedback-action', { action: 'reminder' }, { action: 'copy' }],
        [
          'search',
          'onward-similar-roles',
          'onward-role-keep',
          { url: '/a', index: 0, kept: false },
          { url: '/a', index: 0, kept: true }
        ],
        ['learn', 'onward-learning-plan', 'onward-plan-change', { goals: 0, completed: 0 }, { goals: 1, completed: 0 }],
        ['believe', 'onward-strengths', 'onward-strengths-change', { count: 2 }, { count: 3 }]
      ];
      for (const [step, tag, type, notYet, real] of cases) {
        await open(path, step);
        emit(tool(path, step, tag), type, notYet);
        await settleAll(path);
        expect(path.completed, `${type} ${JSON.stringify(notYet)} is not the real action`).to.equal(changes.length);
        emit(tool(path, step, tag), type, real);
        await settleAll(path);
        expect(changes.at(-1)).to.equal(`${step}:done`);
        expect(doneToggle(path, step).getAttribute('aria-pressed')).to.equal('true');
        // The tool stays open: the candidate is still in it.
        expect(panel(path, step).hidden).to.be.false;
        expect(JSON.parse(localStorage.getItem(`${KEY}${storageKey}`)!).data.done).to.include(step);
        if (step !== 'believe') expect(status(path)).to.match(/^Done: .+\. \d of 5 steps done\.$/);
      }
      expect(progress).to.deep.equal([1, 2, 3, 4, 5]);
      expect(status(path)).to.contain('You did every step');
      // Feedback's other real actions, and a followed role, complete their steps too.
      for (const [step, tag, type, detail] of [
        ['feedback', 'onward-feedback-request', 'onward-feedback-action', { action: 'mailto' }],
        ['feedback', 'onward-feedback-request', 'onward-feedback-action', { action: 'download' }],
        ['search', 'onward-similar-roles', 'onward-role-select', { url: '/a', index: 0 }]
      ] as const) {
        doneToggle(path, step).click();
        await settleAll(path);
        expect(doneToggle(path, step).getAttribute('aria-pressed'), 'the candidate can untick').to.equal('false');
        if (panel(path, step).hidden) await open(path, step);
        emit(tool(path, step, tag), type, detail);
        await settleAll(path);
        expect(doneToggle(path, step).getAttribute('aria-pressed'), `${type} ${JSON.stringify(detail)}`).to.equal(
          'true'
        );
      }
    });

    it('completes steps through the real UI: the note saved, a role kept, a goal added, three strengths written', async () => {
      const path = await fixture<OnwardRecoveryPath>(html`<onward-recovery-path
        storage-key=${freshKey()}
        applicants="214"
        interviewed="6"
      ></onward-recovery-path>`);
      await settleAll(path);
      const typeInto = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
        field.focus();
        field.value = value;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      await open(path, 'interview');
      const odds = tool(path, 'interview', 'onward-interview-odds');
      typeInto(odds.shadowRoot!.querySelector('textarea')!, 'I explained my pricing project clearly');
      odds.shadowRoot!.querySelector<HTMLButtonElement>('[part~="note-save"]')!.click();
      await settleAll(path);
      expect(doneToggle(path, 'interview').getAttribute('aria-pressed')).to.equal('true');

      await open(path, 'search');
      const roles = tool<HTMLElement & { jobs: unknown; updateComplete: Promise<unknown> }>(
        path,
        'search',
        'onward-similar-roles'
      );
      roles.jobs = [{ title: 'UX designer', url: '/jobs/1' }];
      await roles.updateComplete;
      roles.shadowRoot!.querySelector<HTMLButtonElement>('[part~="keep"]')!.click();
      await settleAll(path);
      expect(doneToggle(path, 'search').getAttribute('aria-pressed')).to.equal('true');

      await open(path, 'learn');
      const plan = tool(path, 'learn', 'onward-learning-plan');
      typeInto(plan.shadowRoot!.querySelector<HTMLInputElement>('#skill')!, 'Writing SQL joins');
      plan.shadowRoot!.querySelector<HTMLFormElement>('[part~="form"]')!.requestSubmit();
      await settleAll(path);
      expect(doneToggle(path, 'learn').getAttribute('aria-pressed')).to.equal('true');

      await open(path, 'believe');
      const strengths = tool(path, 'believe', 'onward-strengths');
      const fields = [...strengths.shadowRoot!.querySelectorAll('textarea')];
      typeInto(fields[0], 'Clear about trade-offs');
      typeInto(fields[1], 'Calm under a hard question');
      await settleAll(path);
      expect(doneToggle(path, 'believe').getAttribute('aria-pressed'), 'two of three').to.equal('false');
      typeInto(fields[2], 'Good with people');
      await settleAll(path);
      expect(doneToggle(path, 'believe').getAttribute('aria-pressed')).to.equal('true');
      expect(path.completed).to.equal(4);
    });

    it('confirms a step ticked by its toggle where the candidate is: "Done ✓", the tool folds away, focus stays', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()}></onward-recovery-path>`
      );
      await settleAll(path);
      await open(path, 'learn');
      const done = doneToggle(path, 'learn');
      done.focus();
      done.click();
      await settleAll(path);
      expect(text(done)).to.equal('Done ✓');
      expect(panel(path, 'learn').hidden).to.be.true;
      expect(toggle(path, 'learn').getAttribute('aria-expanded')).to.equal('false');
      const card = cards(path).find((c) => c.preset === 'learn')!;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="body"]')!).display).to.equal('none');
      expect(card.shadowRoot!.activeElement === done, 'focus stays on the toggle').to.be.true;
      // Reopen: the tool and the card's words come back.
      toggle(path, 'learn').click();
      await settleAll(path);
      expect(panel(path, 'learn').hidden).to.be.false;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="body"]')!).display).to.not.equal('none');
    });

    it('puts Tab into the opened tool before anything else', async () => {
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${freshKey()} persist="none"></onward-recovery-path>`
      );
      await settleAll(path);
      for (const [step, tag] of [
        ['interview', 'onward-interview-odds'],
        ['believe', 'onward-strengths'],
        ['learn', 'onward-learning-plan']
      ]) {
        const button = toggle(path, step);
        button.focus();
        await sendKeys({ press: 'Enter' });
        await settleAll(path);
        await sendKeys({ press: 'Tab' });
        expect(path.shadowRoot!.activeElement?.localName, `Tab after opening ${step}`).to.equal(tag);
      }
    });

    const finishAt = async (how: 'mouse' | 'keyboard') => {
      const storageKey = freshKey();
      localStorage.setItem(
        `${KEY}${storageKey}`,
        JSON.stringify({ version: 1, data: { done: ['interview', 'feedback', 'search', 'learn'] } })
      );
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 375px">
        <onward-recovery-path storage-key=${storageKey}></onward-recovery-path>
        <div style="block-size: 300vh"></div>
      </div>`);
      const path = wrapper.firstElementChild as OnwardRecoveryPath;
      await settleAll(path);
      expect(part(path, 'celebration')).to.be.null;
      const last = doneToggle(path, 'believe');
      last.scrollIntoView({ block: 'end' });
      if (how === 'mouse') {
        // A person clicks what has been drawn: WebKit aims the pointer at the page as last painted.
        await painted();
        const box = last.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]
        });
      } else {
        last.focus();
        await sendKeys({ press: 'Space' });
      }
      await settleAll(path);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const card = part(path, 'celebration')!;
      expect(card, 'the completion card').to.exist;
      // Right after the step that finished the path, not at the top.
      expect(card.previousElementSibling?.localName).to.equal('onward-step-card');
      expect((card.previousElementSibling as OnwardStepCard).preset).to.equal('believe');
      const rect = card.getBoundingClientRect();
      expect(rect.top, 'top in view').to.be.at.least(0);
      expect(rect.bottom, 'bottom in view').to.be.at.most(window.innerHeight);
      expect(text(card))
        .to.contain('You did every step')
        .and.contain('You named your strengths.')
        .and.contain('Keep what you wrote');
      expect(text(part(path, 'note')), 'not at the top').to.not.contain('You did every step');
      if (how === 'keyboard')
        expect(cards(path).find((c) => c.preset === 'believe')!.shadowRoot!.activeElement === last, 'focus stays').to.be
          .true;
      window.scrollTo(0, 0);
    };

    it('shows the completion card in view where the last step was done, by mouse', async () => {
      await finishAt('mouse');
    });

    it('shows the completion card in view where the last step was done, by keyboard', async () => {
      await finishAt('keyboard');
    });

    it('takes the completion card away when a step is unticked', async () => {
      const storageKey = freshKey();
      localStorage.setItem(
        `${KEY}${storageKey}`,
        JSON.stringify({ version: 1, data: { done: ['interview', 'feedback', 'search', 'learn', 'believe'] } })
      );
      const path = await fixture<OnwardRecoveryPath>(
        html`<onward-recovery-path storage-key=${storageKey}></onward-recovery-path>`
      );
      await settleAll(path);
      expect(part(path, 'celebration')).to.exist;
      doneToggle(path, 'search').click();
      await settleAll(path);
      expect(part(path, 'celebration')).to.be.null;
      expect(status(path)).to.equal('Not done yet: Start searching again. 4 of 5 steps done.');
    });
  });
});
