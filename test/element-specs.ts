import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import './entries/kit.js';

/** How the shared suites exercise one element. Every element in the manifest must have an entry. */
export interface ElementSpec {
  /** A fixture with realistic content, in which every documented part is rendered. */
  full: () => TemplateResult;
  /** For each documented event: what a user does to make the element fire it. */
  triggers: Record<string, (element: HTMLElement) => void | Promise<void>>;
  /** Parts that only exist in another state (an error, say): a fixture in that state, per part. */
  partFixtures?: Record<string, () => TemplateResult>;
  /**
   * Persisting elements (a `persist` attribute): one user action that changes what is saved. Each `round` (0, 1, 2, …)
   * makes a different change, so a suite can tell the states apart. The storage-fault suite uses it with `snapshot`.
   */
  interact?: (element: HTMLElement, round: number) => void | Promise<void>;
  /** What the user sees of the saved state, as plain data (equal snapshots: nothing the user did was lost). */
  snapshot?: (element: HTMLElement) => unknown;
  /**
   * Persisting elements whose `full()` stores nothing they read: a fixture with stored state, which the server-rendering
   * suite (test/ssr.test.ts) expects to show once hydrated.
   */
  stored?: () => TemplateResult;
  /** What the hostile-input suite (test/hostile-suite.ts) checks. Required: a new element states what it shows. */
  hostile: HostileSpec;
  /**
   * What the production server-rendering suite (test/ssr-production.test.ts) does on the hydrated server page: one user
   * action and the event it must bring to the page, or `null` where that suite fires none (say why). Required: a new
   * element states it.
   */
  ssrTrigger: SsrTrigger | null;
}

/** One user action on an element of the server-rendered page (in a frame), and the event it fires. */
export interface SsrTrigger {
  event: string;
  act: (element: Element) => void;
}

/** Where hostile input must show literally, per element (attribute names as the manifest documents them). */
export interface HostileSpec {
  /** Attributes shown as text with the `full()` fixture: the input must appear as given. */
  shown: string[];
  /** JSON attributes whose records the element lists: hostile text inside a well-shaped record must show as text. */
  shownJson: string[];
  /** Attributes, besides the JSON ones, that also get the 1,000,000-character input: the text it shows itself. */
  huge: string[];
  /** Properties that take objects: the JSON attributes' properties, and any without an attribute. */
  objectProperties: string[];
  /** Selectors of text fields whose text the element shows again elsewhere: typed input must show there as typed. */
  echoedFields: string[];
  /** Undoes what typing into one field changes for the next, where something does. */
  afterField?: (element: HTMLElement) => void;
}

/** The element's shadow root, for `interact` and `snapshot`. */
const shadow = (element: HTMLElement) => element.shadowRoot!;

/** Types into a field the way an input method does: the whole value, then one `input` event. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Types into a field of a page in a frame, with that page's own `InputEvent`: the whole value, then one `input` event. */
function typeInFrame(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  const { InputEvent: FrameInputEvent } = field.ownerDocument.defaultView as typeof window;
  field.dispatchEvent(
    new FrameInputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text })
  );
}

/** The element's shadow root, for the server-rendered page's elements. */
const root = (element: Element) => element.shadowRoot!;

/** An ISO date `days` before today, for `postedAt`. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toISOString();
}

export const elementSpecs: Record<string, ElementSpec> = {
  'onward-step-card': {
    full: () => html`<onward-step-card preset="feedback" step="2" checkable href="/feedback"></onward-step-card>`,
    hostile: {
      shown: ['heading', 'action-label'],
      shownJson: [],
      huge: ['heading', 'action-label'],
      objectProperties: [],
      echoedFields: []
    },
    triggers: {
      'onward-step-change': (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click()
    },
    ssrTrigger: {
      event: 'onward-step-change',
      act: (el) => root(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click()
    }
  },
  'onward-rejection-checklist': {
    full: () => {
      // Half done, as a visitor coming back after a few days would see it.
      localStorage.setItem(
        'onward:v1:rejection-checklist:contract',
        JSON.stringify({
          version: 1,
          data: { checked: ['note-what-went-well', 'send-thanks', 'ask-feedback', 'save-two-roles'] }
        })
      );
      return html`<onward-rejection-checklist storage-key="contract"></onward-rejection-checklist>`;
    },
    hostile: {
      shown: ['heading'],
      shownJson: ['items'],
      huge: ['heading'],
      objectProperties: ['items'],
      echoedFields: []
    },
    triggers: {
      'onward-checklist-change': (el) =>
        el.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]:not(:checked)')!.click(),
      'onward-checklist-complete': (el) => {
        for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]:not(:checked)'))
          box.click();
      }
    },
    interact: (el, round) => shadow(el).querySelectorAll<HTMLInputElement>('[part~="checkbox"]')[round * 2 + 1].click(),
    snapshot: (el) =>
      [...shadow(el).querySelectorAll<HTMLInputElement>('[part~="checkbox"]')].map((box) => box.checked),
    ssrTrigger: {
      event: 'onward-checklist-change',
      act: (el) => root(el).querySelector<HTMLInputElement>('[part~="checkbox"]')!.click()
    }
  },
  'onward-interview-odds': {
    full: () =>
      html`<onward-interview-odds applicants="240" interviewed="6" company="Northwind" job-title="Product designer"></onward-interview-odds>`,
    hostile: {
      shown: ['heading', 'company', 'job-title'],
      shownJson: [],
      huge: ['heading', 'company', 'job-title'],
      objectProperties: [],
      echoedFields: []
    },
    stored: () => {
      localStorage.setItem(
        'onward:v1:interview-odds:ssr',
        JSON.stringify({ version: 1, data: { note: 'I explained my project clearly.' } })
      );
      return html`<onward-interview-odds storage-key="ssr" applicants="240" interviewed="6"></onward-interview-odds>`;
    },
    triggers: {
      'onward-odds-note-change': (el) => {
        typeInto(shadow(el).querySelector('textarea')!, 'I explained my project clearly.');
        shadow(el).querySelector<HTMLButtonElement>('[part~="note-save"]')!.click();
      }
    },
    interact: (el, round) =>
      typeInto(shadow(el).querySelector('textarea')!, `One thing that went well, round ${round}.`),
    snapshot: (el) => shadow(el).querySelector('textarea')!.value,
    // Not exercised by that suite: its early-input test types into the note instead.
    ssrTrigger: null
  },
  'onward-similar-roles': {
    full: () => html`<onward-similar-roles
      job-title="Product designer"
      location="Berlin"
      search-url=${'/jobs?q={title}&where={location}'}
      jobs=${JSON.stringify([
        {
          title: 'Senior product designer',
          url: '/jobs/101',
          company: 'Northwind',
          location: 'Berlin',
          postedAt: daysAgo(3)
        },
        { title: 'UX designer', url: '/jobs/102', company: 'Northwind', location: 'Remote', postedAt: daysAgo(0) },
        { title: 'Interaction designer', url: 'https://careers.example.com/jobs/103', location: 'Hamburg' }
      ])}
    ></onward-similar-roles>`,
    // `retry` appears only after a feed fails: the test feed server answers 500 here.
    partFixtures: {
      retry: () => html`<onward-similar-roles src="/__test-feeds/500?id=contract-retry"></onward-similar-roles>`,
      // The "Roles you kept" section and its list show once a role is kept: one is stored here first.
      kept: () => {
        localStorage.setItem(
          'onward:v1:similar-roles-kept:contract-kept',
          JSON.stringify({
            version: 1,
            data: { kept: [{ title: 'UX designer', url: '/jobs/102', company: 'Northwind' }] }
          })
        );
        return html`<onward-similar-roles storage-key="contract-kept" jobs=${JSON.stringify([{ title: 'UX designer', url: '/jobs/102' }])}></onward-similar-roles>`;
      },
      'kept-list': () => {
        localStorage.setItem(
          'onward:v1:similar-roles-kept:contract-kept-list',
          JSON.stringify({ version: 1, data: { kept: [{ title: 'UX designer', url: '/jobs/102' }] } })
        );
        return html`<onward-similar-roles storage-key="contract-kept-list"></onward-similar-roles>`;
      },
      // `new` marks a role not seen on the last visit: that visit is stored here first.
      new: () => {
        localStorage.setItem(
          'onward:v1:similar-roles:contract-new',
          JSON.stringify({ version: 1, data: { seen: ['/jobs/101'] } })
        );
        return html`<onward-similar-roles
          storage-key="contract-new"
          jobs=${JSON.stringify([
            { title: 'Senior product designer', url: '/jobs/101' },
            { title: 'UX designer', url: '/jobs/102' }
          ])}
        ></onward-similar-roles>`;
      }
    },
    hostile: {
      shown: ['heading', 'job-title'],
      shownJson: ['jobs'],
      huge: ['heading', 'job-title'],
      objectProperties: ['jobs'],
      echoedFields: []
    },
    triggers: {
      'onward-role-select': (el) => {
        // Keep the test page where it is: the host page cancels the navigation, the element still reports the choice.
        el.addEventListener('click', (event) => event.preventDefault(), { once: true });
        el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!.click();
      },
      'onward-role-keep': (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="keep"]')!.click()
    },
    // Keeps one more role each round: what the candidate did (which roles were shown is stored too, on its own).
    interact: (el, round) => shadow(el).querySelectorAll<HTMLButtonElement>('[part~="keep"]')[round % 3].click(),
    snapshot: (el) =>
      [...shadow(el).querySelectorAll('[part~="keep"]')].map((toggle) => toggle.getAttribute('aria-pressed')),
    ssrTrigger: {
      event: 'onward-role-select',
      act: (el) => {
        // Keep the frame where it is: the host page cancels the navigation, the element still reports the choice.
        el.addEventListener('click', (event) => event.preventDefault(), { once: true });
        root(el).querySelector<HTMLAnchorElement>('[part~="link"]')!.click();
      }
    }
  },
  'onward-learning-plan': {
    full: () => {
      // A plan with a done goal and a dated goal with a link, as a returning visitor would see it.
      localStorage.setItem(
        'onward:v1:learning-plan:contract',
        JSON.stringify({
          version: 1,
          data: {
            goals: [
              {
                id: 'sql',
                skill: 'Writing SQL joins',
                resource: 'https://example.com/sql',
                targetDate: '2031-03-14',
                done: false
              },
              { id: 'story', skill: 'Telling a project story', done: true }
            ]
          }
        })
      );
      return html`<onward-learning-plan
        storage-key="contract"
        suggestions='[{"skill":"SQL","title":"SQL for beginners","url":"https://example.com/sql"}]'
      ></onward-learning-plan>`;
    },
    hostile: {
      shown: ['heading'],
      shownJson: [],
      huge: ['heading'],
      objectProperties: ['suggestions'],
      echoedFields: ['#skill']
    },
    triggers: {
      'onward-plan-change': (el) =>
        el.shadowRoot!.querySelector<HTMLInputElement>('[part~="goal"] input[type="checkbox"]')!.click()
    },
    // Adds a goal; every other round ticks the first goal on or off instead.
    interact: (el, round) => {
      if (round % 2 === 1) {
        shadow(el).querySelector<HTMLInputElement>('[part~="goal"] input[type="checkbox"]')!.click();
        return;
      }
      typeInto(shadow(el).querySelector<HTMLInputElement>('#skill')!, `Skill number ${round}`);
      shadow(el).querySelector<HTMLFormElement>('[part~="form"]')!.requestSubmit();
    },
    snapshot: (el) =>
      [...shadow(el).querySelectorAll('[part~="goal"]')].map((goal) => [
        goal.querySelector('.skill')?.textContent,
        goal.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked
      ]),
    ssrTrigger: {
      event: 'onward-plan-change',
      act: (el) => {
        typeInFrame(root(el).querySelector<HTMLInputElement>('#skill')!, 'Writing SQL joins');
        root(el).querySelector<HTMLFormElement>('[part~="form"]')!.requestSubmit();
      }
    }
  },
  'onward-feedback-request': {
    full: () => html`<onward-feedback-request
      persist="none"
      candidate-name="Sam Lee"
      recipient-name="Priya Raman"
      recipient-email="priya.raman@example.com"
      company="Northwind"
      job-title="Product designer"
      interview-date="2025-03-04"
      stage="final"
    ></onward-feedback-request>`,
    // `rebuild` shows once the note was edited by hand: such a note is stored here first.
    partFixtures: {
      rebuild: () => {
        localStorage.setItem(
          'onward:v1:feedback-request:contract-rebuild',
          JSON.stringify({
            version: 1,
            data: {
              edits: {},
              topic: '',
              asks: ['improve'],
              futureRoles: true,
              draft: { subject: 'Thank you', body: 'Hi Priya,\n\nThank you.\n\nSam' }
            }
          })
        );
        return html`<onward-feedback-request storage-key="contract-rebuild" candidate-name="Sam"></onward-feedback-request>`;
      }
    },
    hostile: {
      shown: ['candidate-name', 'recipient-name', 'recipient-email', 'company', 'job-title'],
      shownJson: [],
      huge: ['candidate-name', 'job-title'],
      // `templates` has no attribute.
      objectProperties: ['templates'],
      echoedFields: [
        '#field-candidateName',
        '#field-recipientName',
        '#field-company',
        '#field-jobTitle',
        '#field-topic'
      ],
      // Once the note is edited by hand it no longer follows the fields: "Rebuild from the details" makes it follow again.
      afterField: (el) => shadow(el).querySelector<HTMLButtonElement>('[part~="rebuild"] button')?.click()
    },
    // A note the candidate edited by hand: after hydration it shows their words and "Rebuild from the details".
    stored: () => {
      localStorage.setItem(
        'onward:v1:feedback-request:ssr',
        JSON.stringify({
          version: 1,
          data: {
            edits: {},
            topic: '',
            asks: ['improve'],
            futureRoles: true,
            draft: { subject: 'Thank you', body: 'Hi Priya,\n\nMy own words.\n\nSam Lee' }
          }
        })
      );
      return html`<onward-feedback-request storage-key="ssr" candidate-name="Sam Lee" company="Northwind" job-title="Product designer"></onward-feedback-request>`;
    },
    triggers: {
      'onward-feedback-action': (el) =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="action"]')!.click()
    },
    // Edits the note by hand (what the candidate would lose); every third round ticks "Skills to work on" instead.
    interact: (el, round) => {
      if (round % 3 === 2) {
        shadow(el).querySelectorAll<HTMLInputElement>('[part~="form"] input[type="checkbox"]')[2].click();
        return;
      }
      typeInto(
        shadow(el).querySelector<HTMLTextAreaElement>('textarea')!,
        `Hi Priya Raman,\n\nNote written in round ${round}.\n\nSam Lee`
      );
    },
    snapshot: (el) => [
      shadow(el).querySelector<HTMLTextAreaElement>('textarea')!.value,
      ...[...shadow(el).querySelectorAll<HTMLInputElement>('[part~="form"] input[type="checkbox"]')].map(
        (box) => box.checked
      )
    ],
    ssrTrigger: {
      event: 'onward-feedback-action',
      act: (el) => root(el).querySelector<HTMLButtonElement>('button[part~="action"]')!.click()
    }
  },
  'onward-strengths': {
    full: () => {
      localStorage.setItem(
        'onward:v1:strengths:contract',
        JSON.stringify({
          version: 1,
          data: { texts: ['I explained my thesis clearly.', 'I stayed calm.', ''], prompts: [0, 1, 2] }
        })
      );
      return html`<onward-strengths storage-key="contract"></onward-strengths>`;
    },
    hostile: { shown: ['heading'], shownJson: [], huge: ['heading'], objectProperties: [], echoedFields: ['textarea'] },
    triggers: {
      'onward-strengths-change': (el) => {
        const field = el.shadowRoot!.querySelectorAll('textarea')[2];
        field.value = 'I asked good questions.';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    },
    interact: (el, round) =>
      typeInto(shadow(el).querySelectorAll('textarea')[round % 3], `Strength written in round ${round}.`),
    snapshot: (el) => [...shadow(el).querySelectorAll('textarea')].map((field) => field.value),
    ssrTrigger: {
      event: 'onward-strengths-change',
      act: (el) => typeInFrame(root(el).querySelector('textarea')!, 'I asked good questions.')
    }
  },
  'onward-recovery-path': {
    // The search tool is open (its feed answered by the test server), so the panel part holds a real tool.
    full: () => {
      localStorage.setItem(
        'onward:v1:recovery-path:contract',
        JSON.stringify({ version: 1, data: { done: ['interview'] } })
      );
      return html`<onward-recovery-path
        storage-key="contract"
        persist="none"
        candidate-name="Sam Lee"
        company="Northwind"
        job-title="Product designer"
        applicants="240"
        interviewed="6"
      ></onward-recovery-path>`;
    },
    partFixtures: {
      // A step's small actions for the week show under its tool once the step is opened.
      week: () => html`<onward-recovery-path
        storage-key="contract-week"
        persist="none"
        ${ref((el) => {
          if (el) setTimeout(() => el.shadowRoot?.querySelector<HTMLButtonElement>('#toggle-feedback')?.click());
        })}
      ></onward-recovery-path>`,
      // The completion card shows when every step is done.
      celebration: () => {
        localStorage.setItem(
          'onward:v1:recovery-path:contract-done',
          JSON.stringify({ version: 1, data: { done: ['interview', 'feedback', 'search', 'learn', 'believe'] } })
        );
        return html`<onward-recovery-path storage-key="contract-done"></onward-recovery-path>`;
      }
    },
    hostile: {
      // Passed on to the tools, which are all open in the hostile suite.
      shown: ['heading', 'candidate-name', 'recipient-name', 'recipient-email', 'company', 'job-title'],
      shownJson: [],
      huge: ['heading', 'job-title'],
      objectProperties: [],
      echoedFields: []
    },
    stored: () => {
      localStorage.setItem(
        'onward:v1:recovery-path:ssr',
        JSON.stringify({ version: 1, data: { done: ['interview', 'feedback'] } })
      );
      return html`<onward-recovery-path storage-key="ssr" company="Northwind" job-title="Product designer"></onward-recovery-path>`;
    },
    triggers: {
      'onward-path-progress': (el) =>
        el
          .shadowRoot!.querySelector('onward-step-card')!
          .shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!
          .click()
    },
    interact: (el, round) => {
      const card = shadow(el).querySelectorAll('onward-step-card')[round % 5];
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    },
    snapshot: (el) => [...shadow(el).querySelectorAll('onward-step-card')].map((card) => card.getAttribute('status')),
    ssrTrigger: {
      event: 'onward-path-progress',
      act: (el) =>
        root(root(el).querySelector('onward-step-card')!).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click()
    }
  }
};
