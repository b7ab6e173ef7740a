import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { fillTemplate } from '../src/core/template.js';
import en from '../src/locales/en.js';
import type { OnwardFeedbackRequest } from '../src/components/feedback-request/feedback-request.js';
import { elementSpecs } from './element-specs.js';
import { typeDate } from './helpers/browser.js';
import { buttonNamed, fieldByLabel, settle, text } from './helpers/fields.js';

// What a screen reader hears without moving: every change to every live region (role status, alert or log, or
// aria-live), inside shadow roots too, logged by MutationObservers. Each warning caused by typing is said once, when a
// line is crossed; typing on says nothing more, and nothing is said on load. Every engine.

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';

/** Every live region under `root`, through open shadow roots. */
function liveRegions(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(LIVE)];
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...liveRegions(element.shadowRoot));
  return found;
}

/** A log of what the live regions under a host say: one entry each time a region's text changes to new, non-empty words. */
class LiveLog {
  /** Announcements, in order. */
  readonly entries: string[] = [];
  /** Regions that already held words when they were first seen (created holding text: often never spoken). */
  readonly bornWithText: string[] = [];
  private readonly seen = new Map<Element, string>();
  private readonly observers: MutationObserver[] = [];

  /** Starts watching every live region under `host` not watched yet (call again after new parts appear). */
  watch(host: HTMLElement): this {
    for (const region of liveRegions(host.shadowRoot ?? host)) {
      if (this.seen.has(region)) continue;
      // Compared raw: the same words again with a no-break space added is a change, and is read again.
      const initial = region.textContent ?? '';
      this.seen.set(region, initial);
      if (text(region)) this.bornWithText.push(text(region));
      const observer = new MutationObserver(() => {
        const now = region.textContent ?? '';
        if (now !== this.seen.get(region) && text(region) !== '') this.entries.push(text(region));
        this.seen.set(region, now);
      });
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      this.observers.push(observer);
    }
    return this;
  }

  /** Entries that contain `words`. */
  saying(words: string): string[] {
    return this.entries.filter((entry) => entry.includes(words));
  }

  clear(): void {
    this.entries.length = 0;
  }

  stop(): void {
    for (const observer of this.observers) observer.disconnect();
  }
}

/** MutationObserver callbacks run as microtasks; a task later they have all run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

const prefilled = () => html`<onward-feedback-request
  candidate-name="Sam Rivera"
  recipient-name="Maya Chen"
  company="Larkspur Health"
  job-title="Product Designer"
></onward-feedback-request>`;

/** Opens the feedback request's "Edit details", where its fields are folded while the host gave the details. */
async function openDetails(request: OnwardFeedbackRequest): Promise<void> {
  request.shadowRoot!.querySelector('details')!.open = true;
  await settle(request);
}

describe('live regions: each warning said once, nothing per keystroke, nothing on load', () => {
  let log: LiveLog | undefined;
  afterEach(() => {
    log?.stop();
    localStorage.clear();
  });

  for (const [tag, spec] of Object.entries(elementSpecs)) {
    it(`<${tag}> says nothing on load`, async () => {
      const element = await fixture<HTMLElement>(spec.full());
      log = new LiveLog().watch(element);
      await settle(element);
      await flush();
      log.watch(element);
      expect(log.bornWithText, 'regions created holding words').to.deep.equal([]);
      expect(log.entries).to.deep.equal([]);
    });
  }

  it('<onward-recovery-path>: opening every tool says nothing', async () => {
    const path = await fixture<HTMLElement>(elementSpecs['onward-recovery-path'].full());
    await settle(path);
    log = new LiveLog().watch(path);
    for (const toggle of path.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
      toggle.click();
    await settle(path);
    await flush();
    log.watch(path);
    await flush();
    // Similar roles without a feed shows its "no roles" line as content, from its first render: read where it stands.
    expect(log.bornWithText).to.deep.equal([en['similarRoles.empty']]);
    expect(log.entries).to.deep.equal([]);
  });

  it('<onward-feedback-request>: typing a note says nothing; going over the LinkedIn limit is said once', async function () {
    this.timeout(30_000);
    const request = await fixture<OnwardFeedbackRequest>(prefilled());
    await settle(request);
    log = new LiveLog().watch(request);
    await openDetails(request);
    fieldByLabel(request, en['feedbackRequest.field.topic']).focus();
    await sendKeys({ type: 'your plans for the app' });
    await flush();
    expect(log.entries, 'per keystroke').to.deep.equal([]);
    // Typing in the note itself says nothing either.
    const note = fieldByLabel(request, en['feedbackRequest.field.body']) as unknown as HTMLTextAreaElement;
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
    await sendKeys({ type: ' Thanks!' });
    await flush();
    expect(log.entries, 'per keystroke in the note').to.deep.equal([]);
    // Back to the note the details write, said once.
    request.shadowRoot!.querySelector<HTMLButtonElement>('[part~="rebuild"] button')!.click();
    await settle(request);
    await flush();
    expect(log.entries).to.deep.equal([en['feedbackRequest.rebuilt']]);
    log.clear();

    fieldByLabel(request, en['feedbackRequest.channel.linkedin']).click();
    await settle(request);
    await flush();
    const title = fieldByLabel(request, en['feedbackRequest.field.jobTitle']);
    title.focus();
    // Pasted up to a little under the limit (past 200, which is said once: "Shorter reads better on a phone")…
    for (const word of 'Lead Patient Experience Clinical Workflows Design Systems Research Operations'.split(' ')) {
      if (request.message.body.length > 280) break;
      title.value = `${title.value} ${word}`;
      title.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(request);
    }
    await flush();
    expect(request.message.body.length).to.be.within(201, 299);
    expect(log.saying(en['feedbackRequest.notReady'])).to.deep.equal([]);
    expect(log.entries.length, 'past 200, said once').to.be.at.most(1);
    log.clear();
    // …then key by key, well past 300.
    await sendKeys({ type: ' across Europe, Africa and Asia' });
    await flush();
    expect(request.message.body.length).to.be.greaterThan(300);
    expect(log.entries).to.have.length(1);
    expect(log.entries[0]).to.match(
      /^\d+ of 300 characters\. Too long for LinkedIn: remove \d+ characters\. Not ready yet$/
    );
  });

  it('<onward-feedback-request>: an address turning invalid is said once when they leave the field, with the mail link going', async () => {
    const request = await fixture<OnwardFeedbackRequest>(prefilled());
    await settle(request);
    log = new LiveLog().watch(request);
    await openDetails(request);
    const email = fieldByLabel(request, en['feedbackRequest.field.recipientEmail']);
    email.focus();
    await sendKeys({ type: 'maya@larkspur' });
    await flush();
    expect(log.entries, 'while typing').to.deep.equal([]);
    fieldByLabel(request, en['feedbackRequest.field.company']).focus();
    await settle(request);
    await flush();
    expect(log.entries).to.deep.equal([`${en['feedbackRequest.emailInvalid']} ${en['feedbackRequest.mailInvalid']}`]);
    // Back in the field and out again without a change: nothing new to say. (Changed and left still invalid, it is said
    // again: that answers the edit.)
    email.focus();
    await settle(request);
    fieldByLabel(request, en['feedbackRequest.field.company']).focus();
    await settle(request);
    await flush();
    expect(log.entries).to.have.length(1);
  });

  it('<onward-feedback-request>: a note too long for a mail link is said once, with the length warning, not per keystroke', async () => {
    const request = await fixture<OnwardFeedbackRequest>(prefilled());
    await settle(request);
    log = new LiveLog().watch(request);
    await openDetails(request);
    const topic = fieldByLabel(request, en['feedbackRequest.field.topic']);
    topic.focus();
    // A long paste, then a few keys more.
    topic.value = 'the way your team plans research, '.repeat(40);
    topic.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(request);
    await sendKeys({ type: 'and more' });
    await flush();
    expect(log.saying(en['feedbackRequest.mailTooLong'])).to.have.length(1);
    expect(log.saying('a bit long. Under 150 reads best')).to.have.length(1);
    expect(log.entries).to.have.length(1);
  });

  it('<onward-feedback-request>: an impossible interview date is said once when they leave the field', async () => {
    const request = await fixture<OnwardFeedbackRequest>(prefilled());
    await settle(request);
    log = new LiveLog().watch(request);
    await openDetails(request);
    await typeDate(fieldByLabel(request, en['feedbackRequest.field.interviewDate']), '02/30/2027');
    await flush();
    expect(log.entries, 'while typing').to.deep.equal([]);
    fieldByLabel(request, en['feedbackRequest.field.stage']).focus();
    await settle(request);
    await flush();
    expect(log.entries).to.deep.equal([fillTemplate(en['common.dateInvalid'], { minYear: '1900', maxYear: '2199' })]);
  });

  it('<onward-rejection-checklist>: "Copy as text" twice is said twice', async () => {
    const checklist = await fixture<HTMLElement>(
      html`<onward-rejection-checklist persist="none"></onward-rejection-checklist>`
    );
    await settle(checklist);
    log = new LiveLog().watch(checklist);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.resolve() }
    });
    try {
      for (let press = 0; press < 2; press += 1) {
        buttonNamed(checklist, en['checklist.copyText']).click();
        await settle(checklist);
        await flush();
      }
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(log.saying(en['common.copied'])).to.have.length(2);
  });

  it('<onward-similar-roles>: the status is created empty, then says it is loading, then what it found', async () => {
    const roles = document.createElement('onward-similar-roles');
    roles.setAttribute('src', '/__test-feeds/slow?delay=300&id=live-log');
    // Watched from before the first render: every text the status region ever holds, starting with the one it is born
    // with, and the frame it came in (screen readers take in the page once per frame).
    let frame = 0;
    let counting = true;
    const countFrames = () => {
      frame += 1;
      if (counting) requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    const texts: { words: string; frame: number }[] = [];
    const record = () => {
      const region = roles.shadowRoot?.querySelector('[role="status"]');
      if (region && text(region) !== texts.at(-1)?.words) texts.push({ words: text(region), frame });
    };
    const observer = new MutationObserver(record);
    document.body.append(roles);
    observer.observe(roles.shadowRoot!, { childList: true, characterData: true, subtree: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      counting = false;
      observer.disconnect();
      roles.remove();
    }
    expect(texts[0].words, 'the region is born empty').to.equal('');
    expect(texts[1].words).to.equal(en['similarRoles.loading']);
    expect(texts[1].frame, '"Loading…" comes in a later frame than the empty region').to.be.greaterThan(texts[0].frame);
    expect(texts.at(-1)!.words).to.match(/^Similar roles found: \d+\.$/);
  });
});
