import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../define/feedback-request.js';
import '../define/interview-odds.js';
import '../define/rejection-checklist.js';
import '../define/step-card.js';
import { loadLocale, registerTranslation } from '../internal/localize.js';
import { observe } from '../../test/helpers/console.js';
import type { OnwardElement } from '../internal/onward-element.js';
import en from './en.js';
import { part, text } from '../../test/helpers/fields.js';

// No catalogue but English is imported here: every other language must arrive through `loadLocale`, as on a real page.
// The tests share one page, so each uses a language no earlier test has loaded when that matters.

/** Mounts `template`, waits for the catalogue of `lang` to load, and returns the first Onward element once re-rendered. */
async function rendered<T extends OnwardElement>(template: ReturnType<typeof html>, lang: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName.startsWith('onward-') ? root : root.querySelector('*'))! as T;
  await loadLocale(lang);
  await el.updateComplete;
  return el;
}

/** The language files this page fetched, as `de/step-card.ts` (English is built in, and never fetched). */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/locales\/((?!en[./])[\w-]+\/[\w-]+\.(js|ts))(\?|$)/.exec(entry.name)?.[1])
    .filter((file) => file !== undefined);

describe('languages', () => {
  describe('loading on demand', () => {
    it('fetches no catalogue while every element resolves to English', async () => {
      await fixture(html`<div>
        <onward-step-card preset="feedback"></onward-step-card>
        <onward-interview-odds applicants="240" interviewed="6"></onward-interview-odds>
      </div>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(localeRequests()).to.deep.equal([]);
    });

    it('renders German under lang="de" once loaded, fetching only the German of the elements defined', async () => {
      const card = await rendered(
        html`<div lang="de"><onward-step-card preset="feedback"></onward-step-card></div>`,
        'de'
      );
      // This page defines four elements (the imports above); the other elements' German stays on the server.
      const parts = ['common', 'step-card', 'rejection-checklist', 'feedback-request', 'interview-odds'];
      expect(localeRequests()).to.have.members(parts.map((part) => `de/${part}.ts`));
      const { default: de } = await import('./de.js');
      expect(text(part(card, 'heading')!)).to.equal(de['stepCard.feedback.heading']);
      expect(de['stepCard.feedback.heading']).to.not.equal(en['stepCard.feedback.heading']);
      expect(part(card, 'base')!.getAttribute('lang')).to.equal('de');
    });

    it('falls back from a region to its language: es-MX reads the Spanish catalogue', async () => {
      const card = await rendered(
        html`<onward-step-card lang="es-MX" preset="learn" step="2"></onward-step-card>`,
        'es-MX'
      );
      const { default: es } = await import('./es.js');
      expect(text(part(card, 'heading')!)).to.equal(
        `${es['stepCard.badge'].replace('{step}', '2')}: ${es['stepCard.learn.heading']}`
      );
      expect(part(card, 'base')!.getAttribute('lang')).to.equal('es-mx');
    });

    it('renders Brazilian Portuguese under lang="pt-BR", and gives pt-PT the same strings rather than English', async () => {
      const brazil = await rendered(html`<onward-step-card lang="pt-BR" preset="search"></onward-step-card>`, 'pt-BR');
      const { default: ptBR } = await import('./pt-BR.js');
      expect(text(part(brazil, 'heading')!)).to.equal(ptBR['stepCard.search.heading']);
      expect(ptBR['stepCard.search.heading']).to.not.equal(en['stepCard.search.heading']);
      const portugal = await rendered(
        html`<onward-step-card lang="pt-PT" preset="search"></onward-step-card>`,
        'pt-PT'
      );
      expect(text(part(portugal, 'heading')!)).to.equal(ptBR['stepCard.search.heading']);
    });

    it('loads the part of an element defined later for a language already in use', async () => {
      await rendered(html`<onward-step-card lang="ar" preset="learn"></onward-step-card>`, 'ar');
      expect(localeRequests().filter((file) => file.startsWith('ar/strengths.'))).to.deep.equal([]);
      await import('../define/strengths.js');
      const el = await rendered(html`<onward-strengths lang="ar"></onward-strengths>`, 'ar');
      expect(localeRequests()).to.include('ar/strengths.ts');
      const { default: ar } = await import('./ar.js');
      expect(text(el.shadowRoot!.querySelector('h2, h3, h4'))).to.equal(ar['strengths.heading']);
    });

    it('keeps an unknown language in English, with no warning or error', async () => {
      const { warnings, errors } = await observe(async () => {
        const card = await rendered(html`<onward-step-card lang="xx" preset="feedback"></onward-step-card>`, 'xx');
        expect(text(part(card, 'heading')!)).to.equal(en['stepCard.feedback.heading']);
        expect(getComputedStyle(part(card, 'base')!).direction).to.equal('ltr');
        await loadLocale('__proto__');
        await loadLocale('constructor');
        await loadLocale('');
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('Arabic', () => {
    it('lays out right-to-left with no dir attribute anywhere', async () => {
      const el = await rendered(
        html`<div lang="ar" style="inline-size: 600px"><onward-rejection-checklist persist="none"></onward-rejection-checklist></div>`,
        'ar'
      );
      const { default: ar } = await import('./ar.js');
      expect(document.querySelector('[dir]')).to.equal(null);
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(text(el.shadowRoot!.querySelector('h2, h3, h4'))).to.equal(ar['checklist.heading']);
      const box = el.shadowRoot!.querySelector('input[type="checkbox"]')!;
      const label = el.shadowRoot!.querySelector('[part~="item-label"]')!;
      expect(box.getBoundingClientRect().left).to.be.greaterThan(label.getBoundingClientRect().left);
    });

    it('writes numbers for the exact tag (Intl): ar-EG in Arabic-Indic digits, with the ar catalogue', async () => {
      const el = await rendered(
        html`<onward-interview-odds lang="ar-EG" applicants="240" interviewed="6"></onward-interview-odds>`,
        'ar-EG'
      );
      const { default: ar } = await import('./ar.js');
      expect(text(el.shadowRoot!.querySelector('h2, h3, h4'))).to.equal(ar['interviewOdds.heading']);
      // The plain count (now in the figure, not the message) in the tag's own digits.
      expect(text(part(el, 'figure')!))
        .to.contain('٦')
        .and.contain('٢٤٠');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });
  });

  describe('numbers and dates', () => {
    it('write the same number in the digits of each element’s own language, whichever came first', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <onward-step-card step="2" heading="One"></onward-step-card>
          <onward-step-card lang="ar-EG" step="2" heading="Two"></onward-step-card>
          <onward-step-card step="2" heading="Three"></onward-step-card>
        </div>`
      );
      await loadLocale('ar-EG');
      const cards = [...root.querySelectorAll<OnwardElement>('onward-step-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const badges = cards.map((card) => text(part(card, 'badge')!));
      expect(badges[0]).to.contain('2');
      expect(badges[1]).to.contain('٢').and.not.contain('2');
      expect(badges[2]).to.equal(badges[0]);
    });

    it('group thousands for the language', async () => {
      const el = await rendered(
        html`<onward-interview-odds lang="es" applicants="12000" interviewed="30"></onward-interview-odds>`,
        'es'
      );
      expect(text(part(el, 'figure')!)).to.contain(new Intl.NumberFormat('es').format(12000));
    });

    it('write the interview date in the language of the note', async () => {
      const el = await rendered(
        html`<onward-feedback-request lang="es" recipient-name="Priya" interview-date="2025-03-04"></onward-feedback-request>`,
        'es'
      );
      expect((part(el, 'body')! as HTMLTextAreaElement).value)
        .to.contain('el 4 de marzo de 2025')
        .and.match(/^Hola, Priya:/);
    });
  });

  describe('registerTranslation at runtime', () => {
    it('keeps a host override of one string when the shipped catalogue loads afterwards', async () => {
      registerTranslation({
        $code: 'fr',
        $name: 'Français',
        $dir: 'ltr',
        'stepCard.feedback.heading': 'Demandez un retour (site)'
      });
      const card = await rendered(html`<onward-step-card lang="fr" preset="feedback"></onward-step-card>`, 'fr');
      const { default: fr } = await import('./fr.js');
      expect(text(part(card, 'heading')!)).to.equal('Demandez un retour (site)');
      expect(text(part(card, 'body')!)).to.equal(fr['stepCard.feedback.body'].replace(/\s+/g, ' '));
    });

    it('overrides one string of a loaded catalogue, live', async () => {
      const card = await rendered(html`<onward-step-card lang="es" preset="believe"></onward-step-card>`, 'es');
      registerTranslation({ $code: 'es', $name: 'Español', $dir: 'ltr', 'stepCard.believe.heading': 'No te rindas' });
      await card.updateComplete;
      expect(text(part(card, 'heading')!)).to.equal('No te rindas');
    });

    it('adds a new language, with English for any string it leaves out', async () => {
      registerTranslation({ $code: 'nl', $name: 'Nederlands', $dir: 'ltr', 'stepCard.learn.heading': 'Blijf leren' });
      const card = await rendered(
        html`<onward-step-card lang="nl-BE" preset="learn" href="/x"></onward-step-card>`,
        'nl-BE'
      );
      expect(text(part(card, 'heading')!)).to.equal('Blijf leren');
      expect(text(part(card, 'actions')!)).to.equal(en['stepCard.learn.action']);
    });
  });
});
