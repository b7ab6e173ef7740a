import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { html } from 'lit';
import { localDatePlus } from '../../core/ics.js';
import '../../define/feedback-request.js';
import { registerTranslation } from '../../internal/localize.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { observe } from '../../../test/helpers/console.js';
import type { OnwardFeedbackRequest } from './feedback-request.js';
import type { FeedbackActionDetail } from './feedback-request.types.js';
import { part, text } from '../../../test/helpers/fields.js';

/** The form control whose visible label reads `label`. */
function control<T extends HTMLElement = HTMLInputElement>(el: OnwardFeedbackRequest, label: string): T {
  const found = [...el.shadowRoot!.querySelectorAll('label')].find((candidate) => text(candidate) === label);
  expect(found, `a label "${label}"`).to.exist;
  return found!.control as unknown as T;
}

/** The Copy button, found by its accessible name whatever its label says right now ("Copy" or "Copied ✓"). */
const copyButton = (el: OnwardFeedbackRequest) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => button.getAttribute('aria-label') === 'Copy the note'
  )!;

/** The button or link whose text reads `name`, if there is one. */
const action = (el: OnwardFeedbackRequest, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find((candidate) => text(candidate) === name);

async function typeInto(el: OnwardFeedbackRequest, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const body = (el: OnwardFeedbackRequest) => (part(el, 'body') as HTMLTextAreaElement).value;
const subject = (el: OnwardFeedbackRequest) => el.shadowRoot!.querySelector<HTMLInputElement>('#note-subject')?.value;
const details = (el: OnwardFeedbackRequest) => part(el, 'details') as HTMLDetailsElement;

/** Opens "Edit details" the way the candidate does, by its summary. */
async function openDetails(el: OnwardFeedbackRequest): Promise<void> {
  if (!details(el).open) details(el).querySelector('summary')!.click();
  await waitUntil(() => details(el).open, '"Edit details" opens');
  await el.updateComplete;
}
const status = (el: OnwardFeedbackRequest) => text(part(el, 'status'));

const prefilled = () => html`<onward-feedback-request
  candidate-name="Sam Lee"
  recipient-name="Priya Raman"
  recipient-email="priya.raman@example.com"
  company="Northwind"
  job-title="Product designer"
  interview-date="2025-03-04"
  stage="final"
></onward-feedback-request>`;

/** Replaces `navigator.clipboard` for one test; returns the restore function. */
function stubClipboard(clipboard: unknown): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

/** Catches the file `downloadText` offers (its Blob and the link's `download` name) without saving anything. */
async function captureDownload(run: () => void): Promise<{ name: string; type: string; text: string }> {
  const originalCreate = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:captured';
  };
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      name = link.download;
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    run();
  } finally {
    document.removeEventListener('click', onClick, true);
    URL.createObjectURL = originalCreate;
  }
  expect(blob, 'a file was offered').to.exist;
  return { name, type: blob!.type, text: await blob!.text() };
}

/** Forgets what earlier tests typed: the element keeps it under `onward:v1:feedback-request:*`. */
function forgetStored(): void {
  for (const area of [localStorage, sessionStorage]) {
    for (let i = area.length - 1; i >= 0; i -= 1) {
      const key = area.key(i);
      if (key?.startsWith('onward:v1:feedback-request:')) area.removeItem(key);
    }
  }
}

describe('<onward-feedback-request>', () => {
  beforeEach(forgetStored);
  afterEach(forgetStored);

  describe('accessibility', () => {
    it('has no WCAG 2.2 AA violations with the preview, a wording hint and an address problem showing', async () => {
      const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
        candidate-name="Sam Lee"
        recipient-email="priya@"
        channel="email"
      ></onward-feedback-request>`);
      await typeInto(el, control(el, 'Something you talked about (optional)'), 'why didn’t I get it');
      await expectNoAxeViolations(el);
    });

    it('labels every field, groups the choices in fieldsets and offers autocomplete for the candidate’s own name', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(control(el, 'Your name').getAttribute('autocomplete')).to.equal('name');
      for (const label of ['Their name, as you would greet them', 'Their e-mail (optional)', 'Company', 'Job title']) {
        expect(control(el, label).getAttribute('autocomplete'), label).to.equal('off');
      }
      expect(control(el, 'Their e-mail (optional)').type).to.equal('email');
      expect(control(el, 'Interview date').type).to.equal('date');
      expect(control<HTMLTextAreaElement>(el, 'Your message').localName).to.equal('textarea');
      expect(control(el, 'Subject').type).to.equal('text');
      const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map(text);
      expect(legends).to.deep.equal(['About the interview', 'Tone', 'Send by', 'What to ask about']);
      expect(control(el, 'Warm').type).to.equal('radio');
      expect(control(el, 'LinkedIn message').type).to.equal('radio');
      expect(control(el, 'Skills to work on').type).to.equal('checkbox');
    });

    it('has a status region from the first render, empty until something happens', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('');
    });

    it('gives the actions 44 px tall targets', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      for (const name of ['Copy', 'Open in e-mail app', 'Download as text', 'Remind me to follow up']) {
        expect(action(el, name)!.getBoundingClientRect().height, name).to.be.at.least(44);
      }
      expect(control(el, 'Formal').closest('label')!.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('describes the note by its length and readiness, and links the topic field to its help and hint', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const note = control<HTMLTextAreaElement>(el, 'Your message');
      expect(note.getAttribute('aria-describedby')).to.equal('meter-text readiness');
      expect(text(el.shadowRoot!.getElementById('readiness'))).to.equal('Ready to send');
      const topic = control(el, 'Something you talked about (optional)');
      expect(topic.getAttribute('aria-describedby')).to.equal(`topic-help ${part(el, 'hint')!.id}`);
    });
  });

  describe('the note first', () => {
    /** True when `a` comes before `b` in document order. */
    const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

    it('opens on the note and its send action, with the details folded after them, when the host gave the details', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const note = control<HTMLTextAreaElement>(el, 'Your message');
      const send = action(el, 'Open in e-mail app')!;
      expect(note.localName).to.equal('textarea');
      expect(before(note, send), 'the note, then the send action').to.be.true;
      expect(before(send, details(el)), 'the send action, then the details').to.be.true;
      expect(details(el).open).to.be.false;
      expect(text(details(el).querySelector('summary'))).to.equal('Edit details');
      expect(send.classList.contains('primary')).to.be.true;
      // Nothing but the note's own subject sits between the heading and the note.
      expect(before(part(el, 'heading')!, note)).to.be.true;
      expect(part(el, 'preview')!.contains(control(el, 'Your name'))).to.be.false;
    });

    for (const [missing, fixtureFor] of [
      [
        'job-title',
        () => html`<onward-feedback-request candidate-name="Sam Lee" company="Northwind"></onward-feedback-request>`
      ],
      [
        'company',
        () => html`<onward-feedback-request candidate-name="Sam Lee" job-title="Designer"></onward-feedback-request>`
      ],
      [
        'candidate-name',
        () => html`<onward-feedback-request company="Northwind" job-title="Designer"></onward-feedback-request>`
      ],
      ['everything', () => html`<onward-feedback-request></onward-feedback-request>`]
    ] as const) {
      it(`opens the details first when ${missing} is missing`, async () => {
        const el = await fixture<OnwardFeedbackRequest>(fixtureFor());
        expect(details(el).open).to.be.true;
        expect(before(details(el), control(el, 'Your message'))).to.be.true;
      });
    }

    it('opens and closes "Edit details" by keyboard from its summary, and keeps the candidate’s choice', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const summary = details(el).querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details(el).open, 'Enter opens the details');
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'Your name'));
      // Emptying a needed field does not fold the details away, nor does filling it in again.
      await typeInto(el, control(el, 'Company'), '');
      await typeInto(el, control(el, 'Company'), 'Southwind');
      expect(details(el).open).to.be.true;
      summary.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !details(el).open, 'Space closes the details');
      await el.updateComplete;
      expect(details(el).open).to.be.false;
    });

    it('lets the candidate type in the note, and the message, Copy and the mail link take their words', async () => {
      const written: string[] = [];
      const restore = stubClipboard({ writeText: (value: string) => (written.push(value), Promise.resolve()) });
      try {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        const note = control<HTMLTextAreaElement>(el, 'Your message');
        note.focus();
        note.setSelectionRange(note.value.length, note.value.length);
        await sendKeys({ type: ' (Sam)' });
        await el.updateComplete;
        expect(note.value).to.match(/Sam Lee \(Sam\)$/);
        expect(el.message.body).to.equal(note.value);
        expect(el.edited).to.be.true;
        copyButton(el).click();
        await waitUntil(() => status(el) === 'Copied.');
        expect(written).to.deep.equal([note.value]);
        const url = new URL((action(el, 'Open in e-mail app') as HTMLAnchorElement).href);
        expect(url.searchParams.get('body')).to.equal(note.value.replace(/\n/g, '\r\n'));
        const file = await captureDownload(() => action(el, 'Download as text')!.click());
        expect(file.text).to.contain('Sam Lee (Sam)');
      } finally {
        restore();
      }
    });

    it('lets the candidate edit the subject, and the message and the mail link take it', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const field = control(el, 'Subject');
      field.select();
      field.focus();
      await sendKeys({ type: 'Thank you, and a question' });
      await el.updateComplete;
      expect(el.message.subject).to.equal('Thank you, and a question');
      const url = new URL((action(el, 'Open in e-mail app') as HTMLAnchorElement).href);
      expect(url.searchParams.get('subject')).to.equal('Thank you, and a question');
    });

    it('keeps hand edits when a detail changes later, and offers to rebuild the note from the details', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(part(el, 'rebuild')).to.be.null;
      const note = control<HTMLTextAreaElement>(el, 'Your message');
      await typeInto(el, note as unknown as HTMLInputElement, 'Hi Priya,\n\nMy own words.\n\nSam Lee');
      await openDetails(el);
      await typeInto(el, control(el, 'Company'), 'Southwind');
      control(el, 'Formal').click();
      el.setAttribute('job-title', 'Lead designer');
      await el.updateComplete;
      expect(note.value).to.equal('Hi Priya,\n\nMy own words.\n\nSam Lee');
      expect(el.message.body).to.equal('Hi Priya,\n\nMy own words.\n\nSam Lee');
      expect(text(part(el, 'rebuild'))).to.contain(
        'You changed the note yourself, so new details no longer change it.'
      );
      action(el, 'Rebuild from the details')!.click();
      await el.updateComplete;
      expect(note.value)
        .to.match(/^Dear Priya Raman,/)
        .and.contain('Southwind')
        .and.contain('Lead designer');
      expect(el.message.body).to.equal(note.value);
      expect(el.edited).to.be.false;
      expect(part(el, 'rebuild')).to.be.null;
      expect(status(el)).to.equal('The note is written again from the details.');
      await waitUntil(() => el.shadowRoot!.activeElement === note, 'focus moves to the rebuilt note');
      // Following the details again: the next change shows at once.
      await typeInto(el, control(el, 'Their name, as you would greet them'), 'Alex');
      expect(note.value).to.match(/^Dear Alex,/);
    });

    it('keeps hand edits and the choices across a reload with persist, apart per storage-key', async () => {
      const first = await fixture<OnwardFeedbackRequest>(html`<div>${prefilled()}</div>`);
      const el = first.querySelector('onward-feedback-request')!;
      el.setAttribute('storage-key', 'reload');
      await el.updateComplete;
      control(el, 'LinkedIn message').click();
      await typeInto(el, control(el, 'Your message'), 'Hi Priya, my own words. Sam Lee');
      first.remove();
      const again = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request storage-key="reload" candidate-name="Sam Lee" company="Northwind" job-title="Designer"></onward-feedback-request>`
      );
      expect(control<HTMLTextAreaElement>(again, 'Your message').value).to.equal('Hi Priya, my own words. Sam Lee');
      expect(again.channel).to.equal('linkedin');
      expect(again.edited).to.be.true;
      expect(part(again, 'rebuild')).to.exist;
      const other = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request storage-key="other" candidate-name="Sam Lee"></onward-feedback-request>`
      );
      expect(other.edited).to.be.false;
      again.forget();
      await again.updateComplete;
      expect(again.edited).to.be.false;
      expect(localStorage.getItem('onward:v1:feedback-request:reload')).to.be.null;
    });

    it('stores nothing with persist="none", and nothing before the candidate changes something', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(localStorage.getItem('onward:v1:feedback-request:default')).to.be.null;
      el.persist = 'none';
      await el.updateComplete;
      await typeInto(el, control(el, 'Your message'), 'Mine');
      expect(localStorage.getItem('onward:v1:feedback-request:default')).to.be.null;
    });

    it('reads "Copied ✓" in place for a few seconds without changing size, and still announces "Copied."', async function () {
      this.timeout(8000);
      const restore = stubClipboard({ writeText: () => Promise.resolve() });
      try {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        const button = copyButton(el);
        const size = button.getBoundingClientRect();
        expect(text(button)).to.equal('Copy');
        button.click();
        await waitUntil(() => text(button) === 'Copied ✓', 'the label reads Copied ✓');
        expect(status(el)).to.equal('Copied.');
        const after = button.getBoundingClientRect();
        expect(Math.abs(after.width - size.width)).to.be.below(0.5);
        expect(Math.abs(after.height - size.height)).to.be.below(0.5);
        expect(button.getAttribute('aria-label')).to.equal('Copy the note');
        await waitUntil(() => text(button) === 'Copy', 'the label reads Copy again', { timeout: 5000 });
      } finally {
        restore();
      }
    });

    it('calls the note ready only when it greets the recipient by name and is signed', async () => {
      const readiness = (el: OnwardFeedbackRequest) => text(part(el, 'readiness'));
      const full = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(readiness(full)).to.equal('Ready to send');
      const noRecipient = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request candidate-name="Sam" company="A" job-title="B"></onward-feedback-request>`
      );
      expect(readiness(noRecipient)).to.equal('Add their name to greet them.');
      const noCandidate = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request recipient-name="Priya"></onward-feedback-request>`
      );
      expect(readiness(noCandidate)).to.equal('Add your name to sign off.');
      const none = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request></onward-feedback-request>`);
      expect(readiness(none)).to.equal('Add their name and yours, to greet them and sign off.');
      // A hand edit that drops the signature is not ready either; putting it back is.
      await typeInto(full, control(full, 'Your message'), 'Hi Priya Raman,\n\nCould you share some feedback?');
      expect(readiness(full)).to.equal('Add your name to sign off.');
      await typeInto(
        full,
        control(full, 'Your message'),
        'Hi Priya Raman,\n\nCould you share some feedback?\n\nSam Lee'
      );
      expect(readiness(full)).to.equal('Ready to send');
      await typeInto(full, control(full, 'Your message'), '   ');
      expect(text(part(full, 'meter'))).to.equal('The note is empty.');
      expect(readiness(full)).to.equal('Not ready yet');
    });

    it('says once when a hand-edited LinkedIn note goes over 300 characters, not per keystroke', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request channel="linkedin" candidate-name="Sam Lee" recipient-name="Priya" company="A" job-title="B"></onward-feedback-request>`
      );
      const note = control<HTMLTextAreaElement>(el, 'Your message');
      // Pasted to just under the limit: past 200, said once ("Shorter reads better on a phone").
      await typeInto(el, note as unknown as HTMLInputElement, `Hi Priya, ${'a'.repeat(280)} Sam Lee`);
      expect(el.message.body.length).to.equal(298);
      expect(status(el)).to.equal('298 of 300 characters. Shorter reads better on a phone.');
      note.focus();
      note.setSelectionRange(note.value.length, note.value.length);
      await sendKeys({ type: ' again' });
      await el.updateComplete;
      expect(el.message.body.length).to.be.greaterThan(300);
      expect(status(el)).to.match(
        /^\d+ of 300 characters\. Too long for LinkedIn: remove \d+ characters\. Not ready yet$/
      );
      const said = part(el, 'status')!.textContent;
      await sendKeys({ type: ' more' });
      await el.updateComplete;
      expect(part(el, 'status')!.textContent, 'nothing new per keystroke').to.equal(said);
      expect(text(part(el, 'readiness'))).to.equal('Not ready yet');
      // Switching to e-mail keeps the e-mail's own subject for the hand-edited note.
      el.channel = 'email';
      await el.updateComplete;
      expect(el.message.subject).to.equal('Feedback on my interview for the B role');
    });

    it('has no WCAG 2.2 AA violations, light and dark, folded, open and hand-edited', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
          theme=${theme}
          candidate-name="Sam Lee"
          recipient-name="Priya Raman"
          company="Northwind"
          job-title="Product designer"
        ></onward-feedback-request>`);
        await expectNoAxeViolations(el);
        await typeInto(el, control(el, 'Your message'), 'Hi Priya Raman, thank you. Sam Lee');
        await openDetails(el);
        await expectNoAxeViolations(el);
      }
    });
  });

  describe('prefill and defaults', () => {
    it('fills the fields from the attributes', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(control(el, 'Your name').value).to.equal('Sam Lee');
      expect(control(el, 'Their name, as you would greet them').value).to.equal('Priya Raman');
      expect(control(el, 'Their e-mail (optional)').value).to.equal('priya.raman@example.com');
      expect(control(el, 'Company').value).to.equal('Northwind');
      expect(control(el, 'Job title').value).to.equal('Product designer');
      expect(control(el, 'Interview date').value).to.equal('2025-03-04');
      expect(control<HTMLSelectElement>(el, 'How far you got').value).to.equal('final');
    });

    it('writes the preview from them: subject, greeting, role, date and sign-off', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(subject(el)).to.equal('Feedback on my final interview for the Product designer role');
      expect(body(el)).to.match(/^Hi Priya Raman,\n\nThank you for taking the time to meet me on March 4, 2025/);
      expect(body(el))
        .to.contain('Northwind')
        .and.match(/Warm wishes,\nSam Lee$/);
    });

    it('starts warm, by e-mail, with "What went well", "What I could do better" and future roles ticked', async () => {
      const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request></onward-feedback-request>`);
      expect(el.getAttribute('tone')).to.equal('warm');
      expect(el.getAttribute('channel')).to.equal('email');
      expect(control(el, 'Warm').checked).to.be.true;
      expect(control(el, 'E-mail').checked).to.be.true;
      expect(control(el, 'What went well').checked).to.be.true;
      expect(control(el, 'What I could do better').checked).to.be.true;
      expect(control(el, 'Skills to work on').checked).to.be.false;
      expect(control(el, 'Say I would like to hear about future roles').checked).to.be.true;
    });

    it('writes a graceful note with nothing prefilled: "Hello," and "the role"', async () => {
      const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request></onward-feedback-request>`);
      expect(body(el))
        .to.match(/^Hello,\n/)
        .and.contain('the role')
        .and.not.contain('{');
      expect(subject(el)).to.equal('Feedback on my interview for the role');
    });

    it('exposes the current note on the message property', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      expect(el.message.body).to.equal(body(el));
      expect(el.message.subject).to.equal('Feedback on my final interview for the Product designer role');
      el.channel = 'linkedin';
      await el.updateComplete;
      expect(el.message.subject).to.equal('');
      expect(el.message.body).to.equal(body(el));
    });
  });

  describe('editing', () => {
    it('updates the preview as the candidate types', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await openDetails(el);
      control(el, 'Their name, as you would greet them').select();
      control(el, 'Their name, as you would greet them').focus();
      await sendKeys({ type: 'Alex' });
      await el.updateComplete;
      expect(body(el)).to.match(/^Hi Alex,/);
      expect(el.message.body).to.match(/^Hi Alex,/);
      await typeInto(el, control(el, 'Something you talked about (optional)'), 'your plans for the mobile app');
      expect(body(el)).to.contain('I really enjoyed our talk about your plans for the mobile app.');
    });

    it('keeps the space the candidate types between two words of a name', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await openDetails(el);
      control(el, 'Their name, as you would greet them').select();
      control(el, 'Their name, as you would greet them').focus();
      await sendKeys({ type: 'Alex Kim' });
      await el.updateComplete;
      expect(control(el, 'Their name, as you would greet them').value).to.equal('Alex Kim');
      expect(body(el)).to.match(/^Hi Alex Kim,/);
    });

    it('changes the wording with the tone, and reflects it', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      control(el, 'Formal').click();
      await el.updateComplete;
      expect(el.getAttribute('tone')).to.equal('formal');
      expect(body(el))
        .to.match(/^Dear Priya Raman,/)
        .and.match(/Kind regards,\nSam Lee$/);
      control(el, 'Brief').click();
      await el.updateComplete;
      expect(body(el)).to.match(/Thanks,\nSam Lee$/);
    });

    it('asks the questions ticked, and names the meeting after the stage chosen', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      control(el, 'What went well').click();
      control(el, 'Skills to work on').click();
      control(el, 'Say I would like to hear about future roles').click();
      await el.updateComplete;
      expect(body(el)).to.contain('I would love to hear what I could do better and which skills would help me most.');
      expect(body(el)).to.not.contain('future roles');
      const stage = control<HTMLSelectElement>(el, 'How far you got');
      stage.value = 'screen';
      stage.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(subject(el)).to.contain('Feedback on my first call');
    });

    it('keeps what the candidate typed when the host changes an attribute, and takes the new value elsewhere', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await typeInto(el, control(el, 'Your name'), 'Samira Lee');
      el.setAttribute('candidate-name', 'Someone Else');
      el.setAttribute('company', 'Southwind');
      await el.updateComplete;
      expect(control(el, 'Your name').value).to.equal('Samira Lee');
      expect(control(el, 'Company').value).to.equal('Southwind');
      expect(body(el))
        .to.match(/Samira Lee$/)
        .and.contain('Southwind');
    });

    it('moves between tones with the arrow keys', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await openDetails(el);
      control(el, 'Warm').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.tone).to.equal('formal');
      expect(body(el)).to.match(/^Dear /);
    });
  });

  describe('the meter and the LinkedIn limit', () => {
    it('counts words for e-mail and aims under 150', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const words = el.message.body.split(/\s+/).length;
      expect(text(part(el, 'meter'))).to.equal(`${words} words, a good length.`);
      expect(part(el, 'meter')!.localName).to.equal('p');
      expect(el.shadowRoot!.querySelector('progress, [role="progressbar"], [role="meter"]')).to.be.null;
      expect(text(part(el, 'readiness'))).to.equal('Ready to send');
    });

    it('warns, without refusing, when an e-mail reaches 150 words', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await typeInto(el, control(el, 'Something you talked about (optional)'), 'the plan '.repeat(40));
      expect(text(part(el, 'meter'))).to.match(/^\d+ words, a bit long\. Under 150 reads best\.$/);
      expect(text(part(el, 'readiness'))).to.equal('Ready to send');
    });

    it('counts characters for LinkedIn, shows no subject, and calls a short note ready', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      control(el, 'LinkedIn message').click();
      await el.updateComplete;
      expect(el.getAttribute('channel')).to.equal('linkedin');
      expect(part(el, 'subject')).to.be.null;
      expect(el.message.body.length).to.be.at.most(200);
      expect(text(part(el, 'meter'))).to.equal(`${el.message.body.length} of 300 characters, a good length.`);
      expect(text(part(el, 'readiness'))).to.equal('Ready to send');
      expect(action(el, 'Copy')!.classList.contains('primary'), 'Copy is the main action for LinkedIn').to.be.true;
      expect(action(el, 'Open in e-mail app')).to.be.undefined;
      expect(text(el.shadowRoot!.getElementById('topic-help'))).to.contain('LinkedIn notes leave this out');
    });

    it('warns over 200 characters and refuses to call it ready over 300', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request channel="linkedin" candidate-name="Sam Lee"></onward-feedback-request>`
      );
      const title = control(el, 'Job title');
      await typeInto(el, title, 'Senior Product Designer, Patient Experience');
      expect(el.message.body.length).to.be.within(201, 300);
      expect(text(part(el, 'meter'))).to.equal(
        `${el.message.body.length} of 300 characters. Shorter reads better on a phone.`
      );
      expect(text(part(el, 'readiness'))).to.equal('Add their name to greet them.');
      await typeInto(
        el,
        title,
        'Senior Principal Product Designer for Patient Experience, Clinical Workflows, Accessibility and Design Systems across Europe and Africa'
      );
      const over = el.message.body.length - 300;
      expect(over).to.be.greaterThan(0);
      expect(text(part(el, 'meter'))).to.equal(
        `${el.message.body.length} of 300 characters. Too long for LinkedIn: remove ${over} characters.`
      );
      expect(text(part(el, 'readiness'))).to.equal('Not ready yet');
    });
  });

  describe('the wording hint', () => {
    for (const phrase of [
      'Could you reconsider?',
      'Why didn’t I get the job?',
      'the person you hired has less experience'
    ]) {
      it(`shows a quiet hint for "${phrase}" and never blocks`, async () => {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        await typeInto(el, control(el, 'Something you talked about (optional)'), phrase);
        expect(text(part(el, 'hint'))).to.equal(
          'This part may read as questioning their choice. A note that only asks how to grow usually gets a kinder reply.'
        );
        expect(body(el)).to.contain(phrase);
        expect((action(el, 'Copy') as HTMLButtonElement).disabled).to.be.false;
        expect(action(el, 'Open in e-mail app')).to.exist;
      });
    }

    it('stays empty for ordinary topics, and clears when the wording changes', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const topic = control(el, 'Something you talked about (optional)');
      await typeInto(el, topic, 'your plans for the mobile app');
      expect(text(part(el, 'hint'))).to.equal('');
      await typeInto(el, topic, 'please reconsider');
      expect(text(part(el, 'hint'))).to.not.equal('');
      await typeInto(el, topic, 'please consider me for the next one');
      expect(text(part(el, 'hint'))).to.equal('');
      expect(part(el, 'hint')!.getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('copy', () => {
    it('copies the body with the Clipboard API, within the click, and announces "Copied."', async () => {
      const written: string[] = [];
      let calledDuringClick = false;
      let clicking = false;
      const restore = stubClipboard({
        writeText: (value: string) => {
          written.push(value);
          calledDuringClick = clicking;
          return Promise.resolve();
        }
      });
      try {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        const { errors } = await observe(
          async () => {
            clicking = true;
            action(el, 'Copy')!.click();
            clicking = false;
            await waitUntil(() => status(el) === 'Copied.', 'announces Copied.');
          },
          { linger: 50 }
        );
        expect(errors).to.deep.equal([]);
        expect(calledDuringClick, 'writeText is called synchronously in the click').to.be.true;
        expect(written).to.deep.equal([el.message.body]);
      } finally {
        restore();
      }
    });

    it('announces "Copied." again on a second copy', async () => {
      const restore = stubClipboard({ writeText: () => Promise.resolve() });
      try {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        copyButton(el).click();
        await waitUntil(() => status(el) === 'Copied.');
        const before = part(el, 'status')!.textContent;
        copyButton(el).click();
        await waitUntil(() => part(el, 'status')!.textContent !== before, 'the status text changes');
        expect(status(el)).to.equal('Copied.');
      } finally {
        restore();
      }
    });

    it('copies the subject on its own', async () => {
      const written: string[] = [];
      const restore = stubClipboard({ writeText: (value: string) => (written.push(value), Promise.resolve()) });
      try {
        const el = await fixture<OnwardFeedbackRequest>(prefilled());
        action(el, 'Copy subject')!.click();
        await waitUntil(() => status(el) === 'Copied.');
        expect(written).to.deep.equal(['Feedback on my final interview for the Product designer role']);
      } finally {
        restore();
      }
    });

    for (const [name, clipboard] of [
      ['refused', { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }],
      [
        'throwing',
        {
          writeText: () => {
            throw new TypeError('blocked');
          }
        }
      ],
      ['missing', undefined]
    ] as const) {
      it(`falls back to selecting the text when the Clipboard API is ${name}, says so, and throws nothing`, async () => {
        const restore = stubClipboard(clipboard);
        try {
          const el = await fixture<OnwardFeedbackRequest>(prefilled());
          const { errors } = await observe(
            async () => {
              action(el, 'Copy')!.click();
              await waitUntil(() => status(el) !== '', 'announces the result');
            },
            { linger: 50 }
          );
          expect(errors).to.deep.equal([]);
          expect(status(el)).to.equal('Could not copy. The text is selected, so you can copy it yourself.');
          // The selection lives in the shadow root; Chromium exposes it there.
          const root = el.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
          const selection = root.getSelection?.() ?? document.getSelection();
          expect(selection!.toString()).to.equal(el.message.body);
        } finally {
          restore();
        }
      });
    }
  });

  describe('open in e-mail app', () => {
    it('is a real mailto link with the encoded subject and body', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const link = action(el, 'Open in e-mail app') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      const href = link.getAttribute('href')!;
      expect(href).to.match(/^mailto:priya\.raman@example\.com\?subject=Feedback%20on%20my%20final%20interview/);
      const url = new URL(href);
      expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
      expect(url.searchParams.get('body')).to.equal(el.message.body.replace(/\n/g, '\r\n'));
    });

    it('is offered without an address, so the mail app asks for one', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request candidate-name="Sam"></onward-feedback-request>`
      );
      expect((action(el, 'Open in e-mail app') as HTMLAnchorElement).getAttribute('href')).to.match(
        /^mailto:\?subject=/
      );
    });

    for (const address of [
      'not an address',
      'priya@example',
      'priya@example.com?bcc=eve@example.com',
      'javascript:alert(1)'
    ]) {
      it(`is absent for recipient-email="${address}", with a note and one warning`, async () => {
        let el!: OnwardFeedbackRequest;
        const { warnings, errors } = await observe(async () => {
          el = await fixture<OnwardFeedbackRequest>(
            html`<onward-feedback-request recipient-email=${address}></onward-feedback-request>`
          );
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(action(el, 'Open in e-mail app')).to.be.undefined;
        expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')).to.be.null;
        expect(text(part(el, 'preview'))).to.contain('To open this in your e-mail app, check their e-mail address.');
        expect(action(el, 'Copy')!.classList.contains('primary'), 'Copy takes the lead without a mail link').to.be.true;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('onward-feedback-request').and.contain('recipient-email');
        const field = control(el, 'Their e-mail (optional)');
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(text(el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!))).to.equal(
          'This does not look like an e-mail address yet.'
        );
      });
    }

    it('waits until the candidate leaves the address field before saying it is not an address', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const field = control(el, 'Their e-mail (optional)');
      await typeInto(el, field, 'priya@');
      expect(field.getAttribute('aria-invalid')).to.equal('false');
      expect(action(el, 'Open in e-mail app')).to.be.undefined;
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
    });

    it('is replaced by a note when the link would be too long for mail apps', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await typeInto(
        el,
        control(el, 'Something you talked about (optional)'),
        'what the team learned from the pilot '.repeat(30)
      );
      expect(action(el, 'Open in e-mail app')).to.be.undefined;
      expect(text(part(el, 'preview'))).to.contain(
        'This note is too long for a mail link. Copy it or download it instead.'
      );
      expect(action(el, 'Copy')).to.exist;
      expect(action(el, 'Download as text')).to.exist;
    });
  });

  describe('download and reminder', () => {
    it('downloads the note as feedback-request.txt with the subject and body', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const file = await captureDownload(() => action(el, 'Download as text')!.click());
      expect(file.name).to.equal('feedback-request.txt');
      expect(file.type).to.equal('text/plain;charset=utf-8');
      expect(file.text).to.equal(`Subject: ${el.message.subject}\n\n${el.message.body}\n`);
      await el.updateComplete;
      expect(status(el)).to.equal('Your note is saved as a text file.');
    });

    it('downloads a LinkedIn note without a subject line', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request channel="linkedin" recipient-name="Priya"></onward-feedback-request>`
      );
      const file = await captureDownload(() => action(el, 'Download as text')!.click());
      expect(file.text).to.equal(`${el.message.body}\n`);
    });

    it('downloads an .ics reminder a week from today that a real parser reads', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const file = await captureDownload(() => action(el, 'Remind me to follow up')!.click());
      expect(file.name).to.equal('feedback-follow-up.ics');
      expect(file.type).to.equal('text/calendar;charset=utf-8');
      const events = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent');
      expect(events).to.have.length(1);
      const start = events[0].getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).to.be.true;
      expect(start.toString()).to.equal(localDatePlus(new Date(), 7));
      expect(events[0].getFirstPropertyValue('summary')).to.equal('Follow up with Northwind about feedback');
      expect(String(events[0].getFirstPropertyValue('description'))).to.contain('If you have not heard back');
      await el.updateComplete;
      expect(status(el)).to.contain('Your reminder is saved as a calendar file.');
    });

    it('says so calmly when the browser cannot make the file', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const original = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new Error('no blobs here');
      };
      try {
        action(el, 'Download as text')!.click();
      } finally {
        URL.createObjectURL = original;
      }
      await el.updateComplete;
      expect(status(el)).to.equal('The file could not be made on this device. You can copy the text instead.');
    });
  });

  describe('events', () => {
    const cases: Array<[FeedbackActionDetail['action'], string]> = [
      ['copy', 'Copy'],
      ['mailto', 'Open in e-mail app'],
      ['download', 'Download as text'],
      ['reminder', 'Remind me to follow up']
    ];
    for (const [kind, name] of cases) {
      it(`fires onward-feedback-action for "${name}" with counts and choices only`, async () => {
        const restore = stubClipboard({ writeText: () => Promise.resolve() });
        const originalCreate = URL.createObjectURL;
        URL.createObjectURL = () => 'blob:ignored';
        // Keep the test page where it is when the mailto link is followed; nothing else is cancelled.
        const cancelNavigation = (event: Event) => {
          if ((event.composedPath()[0] as Element).localName === 'a') event.preventDefault();
        };
        document.addEventListener('click', cancelNavigation);
        try {
          const el = await fixture<OnwardFeedbackRequest>(prefilled());
          control(el, 'Formal').click();
          await el.updateComplete;
          setTimeout(() => action(el, name)!.click());
          const event = await oneEvent(el, 'onward-feedback-action');
          expect(event.bubbles).to.be.true;
          expect(event.composed).to.be.true;
          expect(event.detail).to.deep.equal({
            action: kind,
            tone: 'formal',
            channel: 'email',
            words: el.message.body.split(/\s+/).length,
            chars: el.message.body.length
          });
          const serialized = JSON.stringify(event.detail);
          for (const personal of ['Sam', 'Priya', 'priya.raman', 'Northwind', 'designer'])
            expect(serialized).to.not.contain(personal);
        } finally {
          document.removeEventListener('click', cancelNavigation);
          URL.createObjectURL = originalCreate;
          restore();
        }
      });
    }
  });

  describe('host templates', () => {
    it('uses the host’s wording with {placeholders}, and keeps unknown placeholders visible', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      el.templates = {
        warm: {
          email: {
            subject: 'A note from {candidateName}',
            body: '{greeting}\n\nThank you for {role} at {company}. {signature}\n\n{candidateName}'
          }
        }
      };
      await el.updateComplete;
      expect(subject(el)).to.equal('A note from Sam Lee');
      expect(body(el)).to.equal(
        'Hi Priya Raman,\n\nThank you for the Product designer role at Northwind. {signature}\n\nSam Lee'
      );
      control(el, 'Formal').click();
      await el.updateComplete;
      expect(body(el)).to.match(/^Dear Priya Raman,/);
    });

    it('warns once about a template of the wrong shape, and keeps the built-in wording there', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      const { warnings, errors } = await observe(async () => {
        el.templates = { warm: { email: { body: 42 } }, angry: {} } as never;
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('onward-feedback-request')
        .and.contain('templates.warm.email.body')
        .and.contain('templates.angry');
      expect(body(el)).to.match(/^Hi Priya Raman,/);
    });
  });

  describe('invalid and hostile input', () => {
    it('warns for an unknown tone, channel and stage and an impossible date, and falls back', async () => {
      let el!: OnwardFeedbackRequest;
      const { warnings, errors } = await observe(async () => {
        el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
          tone="angry"
          channel="fax"
          stage="applied"
          interview-date="2025-02-30"
        ></onward-feedback-request>`);
      });
      expect(errors).to.deep.equal([]);
      expect([el.tone, el.channel, el.stage]).to.deep.equal(['warm', 'email', 'interview']);
      expect(warnings).to.have.length(4);
      expect(warnings.find((w) => w.includes('tone='))).to.contain('warm, formal, brief');
      expect(warnings.find((w) => w.includes('interview-date'))).to.contain('YYYY-MM-DD');
      expect(control(el, 'Interview date').value).to.equal('');
      expect(body(el)).to.not.contain('2025');
    });

    it('renders markup and script in attributes as text', async () => {
      const markup = '<img src=x onerror="window.__hacked = true"><script>window.__hacked = true</script>';
      const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
        candidate-name=${markup}
        recipient-name=${'"><svg onload=alert(1)>'}
        company=${'</textarea><b>bold</b>'}
        job-title=${'{candidateName} {__proto__}'}
      ></onward-feedback-request>`);
      expect(el.shadowRoot!.querySelector('img, script, svg[onload], b')).to.be.null;
      expect(body(el))
        .to.contain(markup)
        .and.contain('Hi "><svg onload=alert(1)>,')
        .and.contain('</textarea><b>bold</b>');
      expect(subject(el)).to.contain('the {candidateName} {__proto__} role');
      expect((window as unknown as { __hacked?: boolean }).__hacked).to.be.undefined;
    });

    it('keeps CR/LF and Bcc: in a field out of the mail headers', async () => {
      const el = await fixture<OnwardFeedbackRequest>(html`<onward-feedback-request
        recipient-email="priya@example.com"
        job-title=${'Designer\r\nBcc: eve@example.com'}
        candidate-name=${'Sam&bcc=eve@example.com#x'}
      ></onward-feedback-request>`);
      const href = (action(el, 'Open in e-mail app') as HTMLAnchorElement).getAttribute('href')!;
      const url = new URL(href);
      expect(url.pathname).to.equal('priya@example.com');
      expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
      expect(url.searchParams.get('subject')).to.not.match(/[\r\n]/);
      expect(url.searchParams.get('body')).to.contain('Sam&bcc=eve@example.com#x');
    });

    it('stays responsive with 10,000 characters and a lone surrogate in the topic', async () => {
      const el = await fixture<OnwardFeedbackRequest>(prefilled());
      await typeInto(
        el,
        control(el, 'Something you talked about (optional)'),
        `${'x'.repeat(10_000)} \uD800 \u202Eevil`
      );
      expect(body(el)).to.contain('x'.repeat(10_000)).and.contain('\uFFFD \u202Eevil');
      expect(action(el, 'Open in e-mail app')).to.be.undefined;
    });
  });

  describe('layout, localization and right-to-left', () => {
    it('keeps the note above the details at every width, and fits 320 px', async () => {
      for (const width of [960, 320]) {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">${prefilled()}</div>`);
        const el = wrapper.firstElementChild as OnwardFeedbackRequest;
        await openDetails(el);
        expect(part(el, 'details')!.getBoundingClientRect().top, `${width} px`).to.be.at.least(
          part(el, 'actions')!.getBoundingClientRect().bottom
        );
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expect(part(el, 'base')!.scrollWidth).to.be.at.most(width);
      }
    });

    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 600px">${prefilled()}</div>`);
      const el = wrapper.firstElementChild as OnwardFeedbackRequest;
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      const actions = [...part(el, 'actions')!.children].map((child) => child.getBoundingClientRect());
      // The first action (the main one) sits at the right-hand edge in right-to-left.
      expect(actions[0].right).to.be.greaterThan(actions[1].right);
    });

    it('keeps an English note readable on a right-to-left page whose language has no catalogue yet', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ja">${prefilled()}</div>`);
      const el = wrapper.firstElementChild as OnwardFeedbackRequest;
      expect(body(el)).to.contain('on March 4, 2025');
      expect(getComputedStyle(part(el, 'body')!).direction).to.equal('ltr');
      expect(part(el, 'body')!.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });

    it('writes the note and the form in the resolved language, with English for missing strings', async () => {
      registerTranslation({
        $code: 'eo',
        $name: 'Esperanto',
        $dir: 'ltr',
        'feedbackRequest.msg.warm.greeting': 'Saluton {recipientName},',
        'feedbackRequest.field.candidateName': 'Via nomo'
      });
      const wrapper = await fixture<HTMLElement>(html`<div lang="eo">${prefilled()}</div>`);
      const el = wrapper.firstElementChild as OnwardFeedbackRequest;
      expect(body(el)).to.match(/^Saluton Priya Raman,/);
      expect(control(el, 'Via nomo').value).to.equal('Sam Lee');
      expect(subject(el)).to.contain('Feedback on my final interview');
    });
  });

  describe('styling contract', () => {
    it('takes the accent colour from --onward-color-accent', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request style="--onward-color-accent: rgb(200, 0, 100)"></onward-feedback-request>`
      );
      expect(getComputedStyle(action(el, 'Open in e-mail app')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('switches to dark colours with theme="dark"', async () => {
      const el = await fixture<OnwardFeedbackRequest>(
        html`<onward-feedback-request theme="dark"></onward-feedback-request>`
      );
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(28, 33, 38)');
    });

    it('is styleable through ::part and its own knobs', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .branded::part(body) { color: rgb(1, 2, 3); }
        </style>
        <onward-feedback-request class="branded" style="--onward-feedback-request-preview-background: rgb(4, 5, 6)"></onward-feedback-request>
      </div>`);
      const el = wrapper.querySelector('onward-feedback-request')!;
      expect(getComputedStyle(part(el, 'body')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'preview')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });
});
