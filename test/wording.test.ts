import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define/interview-odds.js';
import type { OnwardInterviewOdds } from '../src/components/interview-odds/interview-odds.js';
import { placeholdersOf } from '../src/core/template.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import en, { type Catalogue } from '../src/locales/en.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import ptBR from '../src/locales/pt-BR.js';

/**
 * Wording rules that hold across catalogues (issue 15): numbers come only through placeholders, formatted for the
 * language; the English copy claims no rank it has no numbers for.
 */
const CATALOGUES: Record<string, Catalogue> = { en, ar, de, es, fr, 'pt-BR': ptBR };
const termKeys = (catalogue: object) =>
  Object.keys(catalogue).filter((key) => !key.startsWith('$')) as Array<keyof Catalogue>;

/** Any decimal digit of any script (0–9, ٠–٩, ۰–۹…). */
const DIGIT = /\p{Nd}/u;
const PLACEHOLDER = /\{[A-Za-z]\w*\}/g;

describe('catalogue wording', () => {
  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`${lang}: no string holds a digit outside a {placeholder}`, () => {
      const typed = termKeys(catalogue)
        .filter((key) => DIGIT.test(catalogue[key].replace(PLACEHOLDER, '')))
        .map((key) => `${key}: ${catalogue[key]}`);
      expect(typed, 'a number belongs in a placeholder, formatted for the language').to.deep.equal([]);
    });
  }

  it('the year and minute placeholders exist in every language, so each number is formatted by the element', () => {
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      expect(placeholdersOf(catalogue['common.dateInvalid']).sort(), lang).to.deep.equal(['maxYear', 'minYear']);
      expect(placeholdersOf(catalogue['checklist.item.practise']), lang).to.deep.equal(['minutes']);
    }
  });
});

/*
 * Expected to fail until the journey redesign (issue 10) rewrites the English `interviewOdds.heading` ("You got further
 * than most") and `interviewOdds.general` ("Most applications…"): without the host's numbers they claim a rank.
 */
describe('English interview-odds copy without numbers', () => {
  /** Words that rank the candidate against others: only true with the host's numbers. */
  const RANKING = /\b(most|top|further than|farther than|better than|ahead of)\b/i;
  const shown = (el: OnwardInterviewOdds) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

  const withoutNumbers = {
    'no attributes': html`<onward-interview-odds></onward-interview-odds>`,
    'a company and a job title': html`<onward-interview-odds company="Acme" job-title="Product Designer"></onward-interview-odds>`,
    'numbers that cannot be used': html`<onward-interview-odds applicants="abc" interviewed="-3"></onward-interview-odds>`,
    'more interviewed than applied': html`<onward-interview-odds applicants="5" interviewed="9"></onward-interview-odds>`
  };

  for (const [name, template] of Object.entries(withoutNumbers)) {
    it(`claims no rank with ${name}`, async () => {
      const el = await fixture<OnwardInterviewOdds>(template);
      await el.updateComplete;
      const text = shown(el);
      expect(text).to.not.equal('');
      expect(text, text).to.not.match(RANKING);
    });
  }
});
