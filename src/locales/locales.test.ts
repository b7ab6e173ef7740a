import { expect } from '@open-wc/testing';
import { placeholdersOf } from '../core/template.js';
import ar from './ar.js';
import de from './de.js';
import en, { type Catalogue } from './en.js';
import es from './es.js';
import fr from './fr.js';
import ptBR from './pt-BR.js';
import type { Languages } from '../internal/localize.js';
import common from '../internal/languages/common.js';
import feedbackRequest from '../internal/languages/feedback-request.js';
import interviewOdds from '../internal/languages/interview-odds.js';
import learningPlan from '../internal/languages/learning-plan.js';
import recoveryPath from '../internal/languages/recovery-path.js';
import rejectionChecklist from '../internal/languages/rejection-checklist.js';
import similarRoles from '../internal/languages/similar-roles.js';
import stepCard from '../internal/languages/step-card.js';
import strengths from '../internal/languages/strengths.js';

/** Every catalogue that ships, by the file it lives in. A new locale file must be added here (the test below checks). */
const SHIPPED: Record<string, Catalogue> = { ar, de, es, fr, 'pt-BR': ptBR };

const termKeys = (catalogue: object) => Object.keys(catalogue).filter((key) => !key.startsWith('$'));
const sorted = (values: string[]) => [...values].sort();

describe('catalogues', () => {
  it('ship the five languages of the contract', () => {
    expect(sorted(Object.keys(SHIPPED))).to.deep.equal(['ar', 'de', 'es', 'fr', 'pt-BR']);
  });

  for (const [file, catalogue] of Object.entries(SHIPPED)) {
    describe(`${file}`, () => {
      it('names itself after its file, in its own language, with a direction', () => {
        expect(catalogue.$code).to.equal(file);
        expect(catalogue.$name).to.be.a('string');
        expect(catalogue.$name.trim()).to.not.equal('');
        expect(catalogue.$name).to.not.equal(en.$name);
        expect(catalogue.$dir).to.equal(file === 'ar' ? 'rtl' : 'ltr');
      });

      it('has every key English has, and no other', () => {
        const missing = termKeys(en).filter((key) => !(key in catalogue));
        const extra = termKeys(catalogue).filter((key) => !(key in en));
        expect(missing, 'missing keys').to.deep.equal([]);
        expect(extra, 'keys English does not have').to.deep.equal([]);
      });

      it('has no empty string, and no string left with stray spaces', () => {
        for (const key of termKeys(en) as Array<keyof Catalogue>) {
          const value = catalogue[key];
          expect(value, key).to.be.a('string');
          expect(value.trim(), key).to.not.equal('');
          if (key !== 'similarRoles.separator') expect(value, key).to.equal(value.trim());
          expect(value, key).to.not.match(/ {2}| [,.،]/);
        }
      });

      it('uses exactly the {placeholders} of the English string', () => {
        for (const key of termKeys(en) as Array<keyof Catalogue>) {
          expect(sorted(placeholdersOf(catalogue[key])), key).to.deep.equal(sorted(placeholdersOf(en[key])));
        }
      });

      it('keeps the shape of the English message templates: paragraphs and a signature line', () => {
        for (const key of termKeys(en).filter((name) =>
          /^feedbackRequest\.msg\.\w+\.(email|linkedin)\.body$/.test(name)
        ) as Array<keyof Catalogue>) {
          expect(catalogue[key].split('\n\n').length, key).to.equal(en[key].split('\n\n').length);
          expect(catalogue[key].endsWith('\n{candidateName}'), key).to.be.true;
          expect(catalogue[key].startsWith('{greeting}\n'), key).to.be.true;
        }
      });

      it('lists lower-case wording phrases without blanks or duplicates', () => {
        const phrases = catalogue['feedbackRequest.wording.phrases'].split('|');
        expect(phrases.length).to.be.greaterThan(10);
        for (const phrase of phrases) {
          expect(phrase, phrase).to.equal(phrase.trim().toLowerCase());
          expect(phrase, phrase).to.not.equal('');
        }
        expect(new Set(phrases).size).to.equal(phrases.length);
      });

      it('names downloaded files in plain ASCII with their extension', () => {
        for (const key of ['checklist.reminderFile', 'feedbackRequest.reminderFileName'] as const) {
          expect(catalogue[key], key).to.match(/^[a-z0-9-]+\.ics$/);
        }
        expect(catalogue['feedbackRequest.fileName']).to.match(/^[a-z0-9-]+\.txt$/);
      });
    });
  }

  it('come in parts (src/locales/<code>/<part>.ts), each with exactly the keys of that part in English', async () => {
    // Each part by the prefix of its keys; together they hold every key.
    const parts: Record<string, Languages> = {
      common,
      stepCard,
      checklist: rejectionChecklist,
      feedbackRequest,
      interviewOdds,
      similarRoles,
      learningPlan,
      strengths,
      recoveryPath
    };
    const prefixes = new Set(termKeys(en).map((key) => key.split('.')[0]));
    expect(sorted(Object.keys(parts))).to.deep.equal(sorted([...prefixes]));
    for (const [file, catalogue] of Object.entries(SHIPPED)) {
      for (const [prefix, languages] of Object.entries(parts)) {
        const codes = Object.keys(SHIPPED).map((code) => code.toLowerCase());
        expect(sorted(Object.keys(languages)), prefix).to.deep.equal(sorted(codes));
        const strings = (await languages[file.toLowerCase() as keyof Languages]()).default as Record<string, string>;
        const keys = termKeys(strings);
        const english = termKeys(en).filter((key) => key.startsWith(`${prefix}.`));
        expect(sorted(keys), `${file}: ${prefix}`).to.deep.equal(sorted(english));
        for (const key of keys) expect(strings[key], key).to.equal(catalogue[key as keyof Catalogue]);
        // The shared part names the language; no other part does.
        expect(strings.$code, `${file}: ${prefix}`).to.equal(prefix === 'common' ? file : undefined);
      }
    }
  });
});
