import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../define/strengths.js';
import { registerTranslation } from '../../internal/localize.js';
import en from '../../locales/en.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';
import { itWithCdp } from '../../../test/helpers/browser.js';
import type { OnwardStrengths } from './strengths.js';
import type { StrengthsChangeDetail } from './strengths.types.js';
import { observe } from '../../../test/helpers/console.js';
import { withStorageMethod, withWindowProperty } from '../../../test/helpers/storage-faults.js';
import { part, settle, text } from '../../../test/helpers/fields.js';

const KEY = 'onward:v1:strengths:default';
const PROMPTS = [1, 2, 3, 4, 5, 6].map((n) => en[`strengths.prompt${n}` as 'strengths.prompt1']);

const root = (element: OnwardStrengths) => element.shadowRoot!;
const fields = (element: OnwardStrengths) => [...root(element).querySelectorAll<HTMLElement>('[part~="field"]')];
const textareas = (element: OnwardStrengths) => [...root(element).querySelectorAll('textarea')];
const prompts = (element: OnwardStrengths) => [...root(element).querySelectorAll('[part~="prompt"]')].map(text);
const button = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? text(b)) === name
  );
const anotherPrompt = (element: OnwardStrengths, n: number) =>
  button(root(element), `Show another prompt for strength ${n}`)!;
const cardItems = (element: OnwardStrengths) =>
  [...part(element, 'card')!.querySelectorAll('li')].map((li) => li.textContent);
const statusText = (element: OnwardStrengths) =>
  [...root(element).querySelectorAll('[role="status"]')].map(text).join(' ');
const stored = (key = KEY, area: Storage = localStorage) =>
  JSON.parse(area.getItem(key) ?? 'null') as { version: number; data: { texts: string[]; prompts: number[] } } | null;

async function mount(template = html`<onward-strengths></onward-strengths>`): Promise<OnwardStrengths> {
  const element = await fixture<OnwardStrengths>(template);
  await settle(element);
  return element;
}

function seed(texts: unknown, promptList: unknown = [0, 1, 2], key = KEY): void {
  localStorage.setItem(key, JSON.stringify({ version: 1, data: { texts, prompts: promptList } }));
}

/** Sets a field's value as the browser does on input (for very long or unusual text). */
function write(element: OnwardStrengths, field: number, value: string): void {
  const area = textareas(element)[field];
  area.value = value;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function withClipboard(writeText: (text: string) => Promise<void>, body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: writeText });
  try {
    await body();
  } finally {
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  }
}

describe('<onward-strengths>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('accessibility', () => {
    it('has no WCAG 2.2 AA violations with the card showing', async () => {
      seed(['I explained my thesis clearly.', '', 'I asked good questions.']);
      const element = await mount();
      await expectNoAxeViolations(element);
    });

    it('labels each text area "Strength N" and describes it with its prompt', async () => {
      const element = await mount();
      textareas(element).forEach((area, index) => {
        const label = root(element).querySelector(`label[for="${area.id}"]`);
        expect(text(label)).to.equal(`Strength ${index + 1}`);
        expect(text(root(element).getElementById(area.getAttribute('aria-describedby')!))).to.equal(PROMPTS[index]);
      });
    });

    it('names each "Show another prompt" button after its field, starting with the visible text', async () => {
      const element = await mount();
      for (const n of [1, 2, 3]) {
        const another = anotherPrompt(element, n);
        expect(text(another)).to.equal('Show another prompt');
        expect(another.getBoundingClientRect().height).to.be.at.least(24);
      }
    });

    it('has its live regions in the first render', async () => {
      const element = await mount();
      expect(root(element).querySelectorAll('[role="status"]').length).to.be.at.least(2);
    });
  });

  describe('defaults and reflection', () => {
    it('starts with three empty fields, the first three prompts and no card', async () => {
      const element = await mount();
      expect(textareas(element).map((area) => area.value)).to.deep.equal(['', '', '']);
      expect(prompts(element)).to.deep.equal(PROMPTS.slice(0, 3));
      expect(part(element, 'card')!.hidden).to.be.true;
      expect(element.strengths).to.deep.equal([]);
      expect(element.getAttribute('persist')).to.equal('local');
      expect(element.getAttribute('storage-key')).to.equal('default');
    });

    it('uses heading and heading-level, with the card one level below', async () => {
      seed(['Calm', '', '']);
      const element = await mount(
        html`<onward-strengths heading="What went well" heading-level="4"></onward-strengths>`
      );
      expect(part(element, 'heading')!.localName).to.equal('h4');
      expect(text(part(element, 'heading')!)).to.equal('What went well');
      expect(part(element, 'card')!.querySelector('h5')).to.exist;
    });
  });

  describe('the card', () => {
    it('shows what is written as a calm "Your strengths" list, skipping empty fields', async () => {
      const element = await mount();
      write(element, 0, '  I explained my thesis clearly.  ');
      write(element, 2, 'I asked good questions.');
      await settle(element);
      expect(part(element, 'card')!.hidden).to.be.false;
      expect(text(part(element, 'card')!)).to.contain('Your strengths');
      expect(cardItems(element)).to.deep.equal(['I explained my thesis clearly.', 'I asked good questions.']);
      expect(element.strengths).to.deep.equal(['I explained my thesis clearly.', 'I asked good questions.']);
    });

    it('copies the card as plain text and announces it', async () => {
      seed(['I explained my thesis clearly.', 'I stayed calm\nwhen the demo broke.', '']);
      const element = await mount();
      const copied: string[] = [];
      await withClipboard(
        (value) => {
          copied.push(value);
          return Promise.resolve();
        },
        async () => {
          button(part(element, 'actions')!, 'Copy your strengths')!.click();
          await settle(element);
        }
      );
      expect(copied).to.deep.equal([
        'Your strengths\n\n• I explained my thesis clearly.\n• I stayed calm when the demo broke.'
      ]);
      expect(copied[0]).to.equal(element.toText());
      expect(statusText(element)).to.contain(en['common.copied']);
    });

    it('says so, and selects the list, when the clipboard is refused', async () => {
      seed(['Calm', '', '']);
      const element = await mount();
      await withClipboard(
        () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
        async () => {
          button(part(element, 'actions')!, 'Copy your strengths')!.click();
          await settle(element);
        }
      );
      expect(statusText(element)).to.contain(en['common.copyFailed']);
      const shadow = root(element) as ShadowRoot & { getSelection?: () => Selection | null };
      expect(String(shadow.getSelection?.() ?? document.getSelection())).to.contain('Calm');
    });

    it('opens the print dialog from Print', async () => {
      seed(['Calm', '', '']);
      const element = await mount();
      const original = window.print;
      let printed = 0;
      window.print = () => (printed += 1);
      try {
        button(part(element, 'actions')!, 'Print')!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    itWithCdp('emulateMedia', 'prints only the card: fields, buttons and notes are hidden', async () => {
      seed(['Calm', '', '']);
      const element = await mount();
      await emulateMedia({ media: 'print' });
      try {
        for (const field of fields(element)) expect(field.getClientRects().length, 'a field is printed').to.equal(0);
        expect(part(element, 'actions')!.getClientRects().length, 'the buttons are printed').to.equal(0);
        expect(getComputedStyle(part(element, 'card')!).display).to.not.equal('none');
        expect(part(element, 'card')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('prompts', () => {
    it('rotates one field to the next prompt no other field shows, deterministically, and announces it', async () => {
      const element = await mount();
      anotherPrompt(element, 1).click();
      await settle(element);
      expect(prompts(element)).to.deep.equal([PROMPTS[3], PROMPTS[1], PROMPTS[2]]);
      expect(statusText(element)).to.contain(`New prompt for strength 1: ${PROMPTS[3]}`);
      anotherPrompt(element, 2).click();
      await settle(element);
      // Field 2 skips prompt 3 (field 3 shows it) and prompt 4 (field 1 shows it).
      expect(prompts(element)).to.deep.equal([PROMPTS[3], PROMPTS[4], PROMPTS[2]]);
    });

    it('cycles through the whole pool and back', async () => {
      const element = await mount();
      const seen = [prompts(element)[2]];
      for (let turn = 0; turn < 4; turn += 1) {
        anotherPrompt(element, 3).click();
        await settle(element);
        seen.push(prompts(element)[2]);
      }
      expect(seen).to.deep.equal([PROMPTS[2], PROMPTS[3], PROMPTS[4], PROMPTS[5], PROMPTS[2]]);
      expect(new Set(prompts(element)).size).to.equal(3);
    });

    it('rotates by keyboard and keeps focus on the button', async () => {
      const element = await mount();
      anotherPrompt(element, 1).focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(root(element).activeElement).to.equal(anotherPrompt(element, 1));
      expect(prompts(element)[0]).to.equal(PROMPTS[3]);
    });

    it('keeps the chosen prompts after a reload', async () => {
      const first = await mount();
      anotherPrompt(first, 1).click();
      await settle(first);
      first.remove();
      const second = await mount();
      expect(prompts(second)[0]).to.equal(PROMPTS[3]);
    });

    it('uses the language of the page for the prompts', async () => {
      registerTranslation({
        $code: 'nl',
        $name: 'Nederlands',
        $dir: 'ltr',
        'strengths.prompt1': 'Welke vraag beantwoordde je goed?'
      });
      const element = await mount(html`<onward-strengths lang="nl"></onward-strengths>`);
      expect(prompts(element)[0]).to.equal('Welke vraag beantwoordde je goed?');
    });
  });

  describe('events', () => {
    it('fires onward-strengths-change with the count when it changes, never the text', async () => {
      const element = await mount();
      const details: StrengthsChangeDetail[] = [];
      element.addEventListener('onward-strengths-change', (event) => details.push(event.detail));
      textareas(element)[0].focus();
      await sendKeys({ type: 'Calm' });
      textareas(element)[1].focus();
      await sendKeys({ type: 'Clear' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      expect(details).to.deep.equal([{ count: 1 }, { count: 2 }, { count: 1 }]);
      for (const detail of details) expect(Object.keys(detail)).to.deep.equal(['count']);
    });

    it('bubbles out of the shadow root and is composed', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><onward-strengths persist="none"></onward-strengths></div>`);
      const element = wrapper.firstElementChild as OnwardStrengths;
      setTimeout(() => write(element, 0, 'Calm'));
      const event = await oneEvent(wrapper, 'onward-strengths-change');
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ count: 1 });
    });

    it('does not count whitespace as a strength', async () => {
      const element = await mount();
      let fired = false;
      element.addEventListener('onward-strengths-change', () => (fired = true));
      write(element, 0, '   \n  ');
      await settle(element);
      expect(fired).to.be.false;
      expect(part(element, 'card')!.hidden).to.be.true;
    });
  });

  describe('persistence', () => {
    it('saves as the user types, and a reload restores the text', async () => {
      const first = await mount();
      textareas(first)[0].focus();
      await sendKeys({ type: 'I explained my thesis clearly.' });
      expect(stored()!.data.texts).to.deep.equal(['I explained my thesis clearly.', '', '']);
      expect(stored()!.version).to.equal(1);
      first.remove();
      const second = await mount();
      expect(textareas(second)[0].value).to.equal('I explained my thesis clearly.');
      expect(cardItems(second)).to.deep.equal(['I explained my thesis clearly.']);
    });

    it('keeps two instances with the same key in sync, and different keys apart', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <onward-strengths storage-key="shared"></onward-strengths>
        <onward-strengths storage-key="shared"></onward-strengths>
        <onward-strengths storage-key="other"></onward-strengths>
      </div>`);
      const [a, b, other] = [...wrapper.querySelectorAll('onward-strengths')];
      write(a, 1, 'Calm under pressure');
      await Promise.all([settle(a), settle(b), settle(other)]);
      expect(textareas(b)[1].value).to.equal('Calm under pressure');
      expect(cardItems(b)).to.deep.equal(['Calm under pressure']);
      expect(textareas(other)[1].value).to.equal('');
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
          const element = await mount(html`<onward-strengths persist="none"></onward-strengths>`);
          write(element, 0, 'Calm');
          anotherPrompt(element, 2).click();
          await settle(element);
          expect(cardItems(element)).to.deep.equal(['Calm']);
        }
      );
      expect(writes).to.equal(0);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('forget() clears the stored strengths and the fields', async () => {
      const element = await mount();
      write(element, 0, 'Calm');
      await settle(element);
      element.forget();
      await settle(element);
      expect(localStorage.getItem(KEY)).to.be.null;
      expect(textareas(element)[0].value).to.equal('');
      expect(part(element, 'card')!.hidden).to.be.true;
    });

    it('ignores corrupt records and records of the wrong shape', async () => {
      for (const record of [
        '{oops',
        JSON.stringify({ version: 2, data: { texts: ['Old'] } }),
        JSON.stringify({ version: 1, data: { texts: 'Calm' } })
      ]) {
        localStorage.setItem(KEY, record);
        const { errors } = await observe(
          async () => {
            const element = await mount();
            expect(
              textareas(element).map((area) => area.value),
              record
            ).to.deep.equal(['', '', '']);
          },
          { linger: 50 }
        );
        expect(errors).to.deep.equal([]);
      }
    });

    it('keeps only strings from a stored record, drops prototype keys and repairs bad prompt choices', async () => {
      localStorage.setItem(
        KEY,
        '{"version":1,"data":{"__proto__":{"polluted":true},"texts":["Calm",{"__proto__":{"polluted":true}},42],"prompts":[0,0,9]}}'
      );
      const element = await mount();
      expect(textareas(element).map((area) => area.value)).to.deep.equal(['Calm', '', '']);
      expect(prompts(element)).to.deep.equal(PROMPTS.slice(0, 3));
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });

  describe('storage failures', () => {
    it('keeps what is typed, with the calm note, when the localStorage getter throws SecurityError', async () => {
      const { errors } = await observe(
        () =>
          withWindowProperty(
            'localStorage',
            {
              get() {
                throw new DOMException('The operation is insecure.', 'SecurityError');
              }
            },
            async () => {
              const element = await mount();
              expect(statusText(element)).to.contain(en['common.storageUnavailable']);
              textareas(element)[0].focus();
              await sendKeys({ type: 'Still here' });
              await settle(element);
              expect(textareas(element)[0].value).to.equal('Still here');
              expect(cardItems(element)).to.deep.equal(['Still here']);
            }
          ),
        { linger: 50 }
      );
      expect(errors).to.deep.equal([]);
    });

    it('keeps what is typed, with the calm note, when setItem throws QuotaExceededError', async () => {
      seed(['Stored', '', '']);
      const { errors } = await observe(
        () =>
          withStorageMethod(
            'setItem',
            () => {
              throw new DOMException('Full', 'QuotaExceededError');
            },
            async () => {
              const element = await mount();
              expect(statusText(element)).to.not.contain(en['common.storageUnavailable']);
              write(element, 1, 'Typed while full');
              anotherPrompt(element, 3).click();
              await settle(element);
              expect(statusText(element)).to.contain(en['common.storageUnavailable']);
              expect(cardItems(element)).to.deep.equal(['Stored', 'Typed while full']);
              expect(prompts(element)[2]).to.equal(PROMPTS[3]);
            }
          ),
        { linger: 50 }
      );
      expect(errors).to.deep.equal([]);
    });
  });

  describe('hostile input', () => {
    it('shows markup and script as text in the fields and the card', async () => {
      const element = await mount();
      const hostile = '<img src=x onerror="window.__pwned=1"></textarea><script>window.__pwned=1</script>';
      write(element, 0, hostile);
      await settle(element);
      expect(part(element, 'card')!.querySelector('img, script')).to.be.null;
      expect(cardItems(element)).to.deep.equal([hostile]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('keeps bidi overrides, zero-width characters and emoji as text', async () => {
      const element = await mount();
      const tricky = '\u202Eevil\u202C \u200B👩🏽‍💻 \u2028line';
      write(element, 0, tricky);
      await settle(element);
      expect(cardItems(element)).to.deep.equal([tricky]);
    });

    it('stays responsive with 1 MB of text, keeping and saving at most the field limit', async () => {
      const element = await mount();
      write(element, 0, 'word '.repeat(200_000));
      await settle(element);
      expect(textareas(element)[0].value.length).to.equal(1000);
      expect(stored()!.data.texts[0].length).to.equal(1000);
      element.remove();
      const again = await mount();
      expect(textareas(again)[0].value.length).to.be.at.most(1000);
    });
  });

  describe('localization and right-to-left', () => {
    it('lays out right-to-left under an rtl ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><onward-strengths persist="none"></onward-strengths></div>`
      );
      const element = wrapper.firstElementChild as OnwardStrengths;
      expect(getComputedStyle(part(element, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('styling contract', () => {
    it('takes the card background from --onward-strengths-card-background', async () => {
      seed(['Calm', '', '']);
      const element = await mount(
        html`<onward-strengths style="--onward-strengths-card-background: rgb(250, 240, 200)"></onward-strengths>`
      );
      expect(getComputedStyle(part(element, 'card')!).backgroundColor).to.equal('rgb(250, 240, 200)');
    });

    it('takes the accent colour from --onward-color-accent', async () => {
      seed(['Calm', '', '']);
      const element = await mount(
        html`<onward-strengths style="--onward-color-accent: rgb(200, 0, 100)"></onward-strengths>`
      );
      expect(getComputedStyle(button(part(element, 'actions')!, 'Copy your strengths')!).backgroundColor).to.equal(
        'rgb(200, 0, 100)'
      );
    });
  });
});
