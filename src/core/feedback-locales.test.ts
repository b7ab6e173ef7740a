import { expect } from '@open-wc/testing';
import ar from '../locales/ar.js';
import de from '../locales/de.js';
import en, { type Catalogue } from '../locales/en.js';
import es from '../locales/es.js';
import fr from '../locales/fr.js';
import ptBR from '../locales/pt-BR.js';
import {
  composeFeedbackRequest,
  FEEDBACK_CHANNELS,
  FEEDBACK_LIMITS,
  FEEDBACK_STRING_KEYS,
  FEEDBACK_TONES,
  findArguingPhrases,
  type FeedbackFields
} from './feedback.js';

/**
 * Long but realistic details in each language: double-barrelled names, a long job title, a long company name, a long
 * topic, every box ticked. The message must stay within the channel's limit with all of them.
 */
const LONG: Record<string, FeedbackFields> = {
  en: {
    candidateName: 'Maximilian Featherstone-Okonkwo',
    recipientName: 'Alexandra Whitfield-Castellanos',
    company: 'Northwind Health & Care Partners',
    jobTitle: 'Senior Product Designer, Patient Experience',
    topic: 'how your team tests early ideas with patients and nurses before anything gets built'
  },
  es: {
    candidateName: 'María Fernanda Castellanos-Villanueva',
    recipientName: 'Alejandro Domínguez de la Fuente',
    company: 'Servicios Integrales de Salud y Cuidados',
    jobTitle: 'Diseñadora sénior de producto, experiencia del paciente',
    topic: 'cómo prueba el equipo las ideas nuevas con pacientes y personal de enfermería antes de construir nada'
  },
  ar: {
    candidateName: 'عبد الرحمن بن خالد الشمري',
    recipientName: 'نور الهدى عبد العزيز القحطاني',
    company: 'مجموعة الرعاية الصحية المتكاملة',
    jobTitle: 'مصمم منتجات أول لتجربة المرضى',
    topic: 'طريقة اختبار الأفكار الجديدة مع المرضى وطاقم التمريض قبل البدء في أي تطوير'
  },
  fr: {
    candidateName: 'Marie-Claire Beaumont-Lefèvre',
    recipientName: 'Jean-Baptiste Delacroix-Moreau',
    company: 'Groupe Hospitalier Santé & Soins Partenaires',
    jobTitle: 'Designer produit senior, expérience patient',
    topic:
      'la façon de tester les idées avec les patients et le personnel soignant avant de développer quoi que ce soit'
  },
  de: {
    candidateName: 'Maximilian Featherstone-Okonkwo',
    recipientName: 'Alexandra Schmidt-Castellanos',
    company: 'Nordwind Gesundheits- und Pflegepartner GmbH',
    jobTitle: 'Senior Product Designer, Patientenerlebnis',
    topic: 'die Art, wie neue Ideen mit Patienten und Pflegekräften getestet werden, bevor etwas gebaut wird'
  },
  'pt-BR': {
    candidateName: 'Ana Beatriz Albuquerque-Nascimento',
    recipientName: 'Luiz Fernando Cavalcanti de Moraes',
    company: 'Rede Integrada de Saúde e Cuidados',
    jobTitle: 'Designer de produto sênior, experiência do paciente',
    topic: 'como a equipe testa ideias novas com pacientes e enfermeiros antes de construir qualquer coisa'
  }
};

/** Details a candidate typically has. */
const TYPICAL: FeedbackFields = {
  candidateName: 'Sam Lee',
  recipientName: 'Priya',
  company: 'Acme',
  jobTitle: 'Product Designer',
  stage: 'interview',
  asks: ['improve'],
  futureRoles: true
};

const CATALOGUES: Record<string, Catalogue> = { en, ar, de, es, fr, 'pt-BR': ptBR };

const ANY_PLACEHOLDER = /\{[A-Za-z]\w*\}/;

/** The catalogue's message strings, as the element passes them. */
const stringsOf = (catalogue: Catalogue) =>
  Object.fromEntries(FEEDBACK_STRING_KEYS.map((key) => [key, catalogue[key]]));

describe('the feedback request in every language', () => {
  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    const strings = stringsOf(catalogue);
    const long: FeedbackFields = {
      ...LONG[lang],
      interviewDate: '2025-09-24',
      stage: 'final',
      asks: ['wentWell', 'improve', 'skills'],
      futureRoles: true
    };

    describe(lang, () => {
      for (const tone of FEEDBACK_TONES) {
        it(`keeps a ${tone} e-mail under ${FEEDBACK_LIMITS.emailWords} words with long details`, () => {
          const note = composeFeedbackRequest(long, { tone, channel: 'email', strings, lang });
          expect(note.words, note.body).to.be.below(FEEDBACK_LIMITS.emailWords);
          expect(note.subject.length, note.subject).to.be.below(120);
        });

        it(`keeps a ${tone} LinkedIn note within ${FEEDBACK_LIMITS.linkedinChars} characters with long details`, () => {
          const note = composeFeedbackRequest(long, { tone, channel: 'linkedin', strings, lang });
          expect(note.chars, note.body).to.be.at.most(FEEDBACK_LIMITS.linkedinChars);
        });

        it(`keeps a ${tone} LinkedIn note with typical details under the ${FEEDBACK_LIMITS.linkedinWarnChars}-character comfort line`, () => {
          const note = composeFeedbackRequest(TYPICAL, { tone, channel: 'linkedin', strings, lang });
          expect(note.chars, note.body).to.be.at.most(FEEDBACK_LIMITS.linkedinWarnChars);
        });
      }

      it('fills every placeholder and leaves no gap, with every detail or none', () => {
        for (const tone of FEEDBACK_TONES) {
          for (const channel of FEEDBACK_CHANNELS) {
            for (const fields of [long, {}, { ...TYPICAL, asks: [] }]) {
              const { subject, body } = composeFeedbackRequest(fields, { tone, channel, strings, lang });
              const text = `${subject}\n${body}`;
              expect(text, `${tone}/${channel}`).to.not.match(ANY_PLACEHOLDER);
              expect(text, `${tone}/${channel}`).to.not.match(/ {2}| [.,،?؟]|\n\n\n/);
              expect(body, `${tone}/${channel}`).to.not.match(/^\s|\s$/);
            }
          }
        }
      });

      it('greets without a name, and writes the date in the language', () => {
        for (const tone of FEEDBACK_TONES) {
          for (const channel of FEEDBACK_CHANNELS) {
            const { body } = composeFeedbackRequest({ ...long, recipientName: '' }, { tone, channel, strings, lang });
            expect(body.split('\n')[0], `${tone}/${channel}`).to.equal(
              catalogue['feedbackRequest.msg.greetingFallback']
            );
          }
        }
        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2025, 8, 24)
        );
        expect(composeFeedbackRequest(long, { strings, lang }).body).to.contain(date);
      });

      it('does not flag its own wording as arguing with the decision', () => {
        for (const tone of FEEDBACK_TONES) {
          for (const channel of FEEDBACK_CHANNELS) {
            const { subject, body } = composeFeedbackRequest(long, { tone, channel, strings, lang });
            expect(
              findArguingPhrases(`${subject}\n${body}`, catalogue['feedbackRequest.wording.phrases']),
              `${tone}/${channel}`
            ).to.deep.equal([]);
          }
        }
      });
    });
  }

  describe('English notes read easily', () => {
    /** Syllables by vowel groups, a silent final "e" left out: close enough to grade plain notes. */
    const syllables = (word: string) => {
      const letters = word.toLowerCase().replace(/[^a-z]/g, '');
      if (letters.length <= 3) return 1;
      const groups = letters
        .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
        .replace(/^y/, '')
        .match(/[aeiouy]{1,2}/g);
      return Math.max(1, groups?.length ?? 1);
    };
    /** Flesch–Kincaid grade. Each line or sentence counts as a sentence (a greeting and a sign-off are lines). */
    const grade = (text: string) => {
      const sentences = text.split(/[.!?]+\s|\n+/).filter((part) => /[A-Za-z]/.test(part));
      const words = text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
      const total = words.reduce((sum, word) => sum + syllables(word), 0);
      return 0.39 * (words.length / sentences.length) + 11.8 * (total / words.length) - 15.59;
    };

    it('keeps every English note at reading grade 8 or lower', () => {
      const fields: FeedbackFields = {
        ...TYPICAL,
        interviewDate: '2025-09-24',
        topic: 'your plans for the mobile app',
        asks: ['wentWell', 'improve', 'skills']
      };
      for (const tone of FEEDBACK_TONES) {
        for (const channel of FEEDBACK_CHANNELS) {
          const { body } = composeFeedbackRequest(fields, { tone, channel });
          expect(grade(body), `${tone}/${channel}: ${body}`).to.be.at.most(8);
        }
      }
    });
  });

  describe('Arabic notes in plain text', () => {
    /** A right-to-left letter, the right-to-left mark, or an isolate (LRI, RLI, FSI, PDI) at the very start. */
    const STARTS_RIGHT_TO_LEFT = /^(?:[\u200F\u2066-\u2069]|(?=\p{L})\p{Script=Arabic})/u;
    const strings = stringsOf(ar);
    const every = {
      interviewDate: '2025-09-24',
      stage: 'final',
      asks: ['wentWell', 'improve', 'skills'],
      futureRoles: true
    } as const;
    const people: Record<string, FeedbackFields> = {
      'Arabic names': {
        ...TYPICAL,
        candidateName: 'سارة الحربي',
        recipientName: 'الأستاذة نور',
        company: 'مجموعة الرعاية',
        jobTitle: 'مصممة منتجات'
      },
      'long Arabic names': { ...LONG.ar, ...every },
      'Latin names': { ...TYPICAL, topic: 'the mobile app' },
      'long Latin names': { ...LONG.en, ...every },
      'a name that starts with a digit or a quote': {
        ...TYPICAL,
        candidateName: '3M Team',
        recipientName: '«Sam» Lee',
        company: '"Acme"'
      },
      'no details': {}
    };

    for (const [who, fields] of Object.entries(people)) {
      it(`starts every line right to left, with ${who}`, () => {
        for (const tone of FEEDBACK_TONES) {
          for (const channel of FEEDBACK_CHANNELS) {
            const { subject, body } = composeFeedbackRequest(fields, { tone, channel, strings, lang: 'ar' });
            const lines = [subject, ...body.split('\n')].filter((line) => line !== '');
            for (const line of lines)
              expect(line, `${tone}/${channel}: ${JSON.stringify(line)}`).to.match(STARTS_RIGHT_TO_LEFT);
          }
        }
      });
    }

    it('puts the formal salutation on its own line, after the name', () => {
      const { body } = composeFeedbackRequest(
        { ...TYPICAL, recipientName: 'Maya Chen' },
        { tone: 'formal', strings, lang: 'ar' }
      );
      const [nameLine, salutation] = body.split('\n');
      expect(nameLine).to.contain('Maya Chen').and.match(STARTS_RIGHT_TO_LEFT);
      expect(salutation).to.equal('تحية طيبة وبعد،');
    });

    it('leaves left-to-right notes without marks', () => {
      for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
        if (catalogue.$dir === 'rtl') continue;
        for (const tone of FEEDBACK_TONES) {
          for (const channel of FEEDBACK_CHANNELS) {
            const { subject, body } = composeFeedbackRequest(
              { ...TYPICAL, recipientName: 'نور' },
              { tone, channel, strings: stringsOf(catalogue), lang }
            );
            expect(`${subject}${body}`, `${lang} ${tone}/${channel}`).to.not.match(/[\u200E\u200F\u2066-\u2069]/);
          }
        }
      }
    });
  });

  describe('wording check in Spanish and Arabic', () => {
    it('finds arguing phrases in Spanish', () => {
      const phrases = es['feedbackRequest.wording.phrases'];
      expect(findArguingPhrases('¿Podrían reconsiderar mi candidatura?', phrases)).to.deep.equal(['reconsider']);
      expect(
        findArguingPhrases('Me parece INJUSTO, la persona que contrataron tiene menos experiencia que yo', phrases)
      ).to.have.members(['injust', 'la persona que contrataron', 'menos experiencia que yo']);
      expect(findArguingPhrases('sus planes para la app móvil', phrases)).to.deep.equal([]);
    });

    it('finds arguing phrases in Arabic, with or without vowel marks, hamza, or a joined و', () => {
      const phrases = ar['feedbackRequest.wording.phrases'];
      expect(findArguingPhrases('أرجو إعادة النظر في قراركم', phrases)).to.deep.equal(['اعادة النظر']);
      expect(findArguingPhrases('ولماذا لم تختاروني؟', phrases)).to.deep.equal(['لماذا لم']);
      expect(findArguingPhrases('كُنْتُ أَسْتَحِقُّ هذه الوظيفة', phrases)).to.deep.equal(['كنت استحق']);
      expect(findArguingPhrases('القرار غير عادل', phrases)).to.deep.equal(['غير عادل']);
      expect(findArguingPhrases('خططكم لتطبيق الهاتف', phrases)).to.deep.equal([]);
    });
  });
});
