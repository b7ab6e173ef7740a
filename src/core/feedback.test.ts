import { expect } from '@open-wc/testing';
import en from '../locales/en.js';
import {
  composeFeedbackRequest,
  FEEDBACK_CHANNELS,
  FEEDBACK_LIMITS,
  FEEDBACK_NEEDED_FIELDS,
  feedbackMessageOf,
  feedbackReadiness,
  missingFeedbackFields,
  FEEDBACK_STRING_KEYS,
  FEEDBACK_TONES,
  findArguingPhrases,
  formatInterviewDate,
  measureFeedback,
  type FeedbackAsk,
  type FeedbackFields
} from './feedback.js';
import { buildMailto } from './mailto.js';
import { wellFormed } from './text.js';

/** Long but realistic: double-barrelled names, a long job title, a company with an ampersand, every box ticked. */
const longFields: FeedbackFields = {
  candidateName: 'Maximilian Featherstone-Okonkwo',
  recipientName: 'Alexandra Whitfield-Castellanos',
  company: 'Northwind Health & Care Partners',
  jobTitle: 'Senior Product Designer, Patient Experience',
  interviewDate: '2025-09-24',
  stage: 'final',
  topic: 'how your team tests early ideas with patients and nurses before anything gets built',
  asks: ['wentWell', 'improve', 'skills'],
  futureRoles: true
};

const fields: FeedbackFields = {
  candidateName: 'Sam Lee',
  recipientName: 'Priya',
  company: 'Acme',
  jobTitle: 'Product Designer',
  stage: 'interview',
  topic: 'your plans for the mobile app',
  asks: ['improve'],
  futureRoles: true
};

const ANY_PLACEHOLDER = /\{[A-Za-z]\w*\}/;

/** Parses a mailto URL the way a mail client does: address, then `&`-separated, percent-decoded headers. */
function parseMailto(href: string): { to: string; headers: Array<[string, string]> } {
  expect(href.startsWith('mailto:')).to.be.true;
  const rest = href.slice('mailto:'.length);
  const question = rest.indexOf('?');
  const to = decodeURIComponent(question === -1 ? rest : rest.slice(0, question));
  const query = question === -1 ? '' : rest.slice(question + 1);
  const headers =
    query === ''
      ? []
      : query.split('&').map((pair): [string, string] => {
          const equals = pair.indexOf('=');
          return [decodeURIComponent(pair.slice(0, equals)), decodeURIComponent(pair.slice(equals + 1))];
        });
  return { to, headers };
}

describe('composeFeedbackRequest', () => {
  describe('the shape of the note', () => {
    it('greets by name, thanks with the topic, accepts, asks, mentions future roles and signs off', () => {
      const { subject, body } = composeFeedbackRequest(fields);
      const paragraphs = body.split('\n\n');
      expect(subject).to.equal('Feedback on my interview for the Product Designer role');
      expect(paragraphs[0]).to.equal('Hi Priya,');
      expect(paragraphs[1])
        .to.contain('Thank you')
        .and.contain('the Product Designer role')
        .and.contain('your plans for the mobile app');
      expect(paragraphs[2]).to.contain('I respect that').and.contain('what I could do better');
      expect(paragraphs[3]).to.contain('Acme').and.contain('future roles');
      expect(body.split('\n').at(-1)).to.equal('Sam Lee');
    });

    it('uses the words a reader would expect for each tone', () => {
      expect(composeFeedbackRequest(fields, { tone: 'formal' }).body)
        .to.match(/^Dear Priya,/)
        .and.contain('Kind regards,\nSam Lee');
      expect(composeFeedbackRequest(fields, { tone: 'brief' }).body)
        .to.match(/^Hi Priya,/)
        .and.contain('Thanks,\nSam Lee');
      expect(composeFeedbackRequest(fields, { tone: 'formal' }).subject).to.equal(
        'Request for feedback: interview for the Product Designer role'
      );
    });

    it('writes a LinkedIn note without a subject, with one question only', () => {
      const note = composeFeedbackRequest({ ...fields, asks: ['wentWell', 'improve'] }, { channel: 'linkedin' });
      expect(note.subject).to.equal('');
      expect(note.body).to.contain('what went well').and.not.contain('what I could do better');
      expect(note.body).to.not.contain('mobile app');
    });

    it('asks the ticked questions in a fixed order and ignores unknown ones', () => {
      const { body } = composeFeedbackRequest({ ...fields, asks: ['skills', 'nope' as FeedbackAsk, 'wentWell'] });
      expect(body).to.contain('I would love to hear what went well and which skills would help me most.');
    });

    it('leaves the questions sentence out of an e-mail when nothing is ticked, and asks generally on LinkedIn', () => {
      expect(composeFeedbackRequest({ ...fields, asks: [] }).body).to.not.contain('I would love to hear');
      expect(composeFeedbackRequest({ ...fields, asks: [] }, { channel: 'linkedin' }).body).to.contain(
        'how I could improve'
      );
    });

    it('names the meeting after the stage', () => {
      expect(composeFeedbackRequest({ stage: 'screen' }).subject).to.equal('Feedback on my first call for the role');
      expect(composeFeedbackRequest({ stage: 'final' }, { tone: 'brief' }).subject).to.equal(
        'Feedback on my final interview'
      );
    });

    it('mentions the interview date, formatted for the language', () => {
      expect(composeFeedbackRequest({ interviewDate: '2025-03-04' }).body).to.contain(
        'meet me on March 4, 2025 and talk'
      );
      expect(composeFeedbackRequest({ interviewDate: '2025-03-04' }, { lang: 'de' }).body).to.contain('4. März 2025');
      expect(formatInterviewDate('2025-02-30')).to.equal('');
      expect(formatInterviewDate('next tuesday')).to.equal('');
    });

    it('reports the words and characters of the body', () => {
      const note = composeFeedbackRequest(fields);
      expect(note.chars).to.equal(note.body.length);
      expect(note.words).to.equal(note.body.split(/\s+/).filter(Boolean).length);
    });
  });

  describe('limits', () => {
    for (const tone of FEEDBACK_TONES) {
      it(`keeps a ${tone} e-mail under ${FEEDBACK_LIMITS.emailWords} words with long, realistic details`, () => {
        const note = composeFeedbackRequest(longFields, { tone, channel: 'email' });
        expect(note.words).to.be.below(FEEDBACK_LIMITS.emailWords);
        expect(note.subject.length).to.be.below(120);
        expect(measureFeedback(note, 'email')).to.deep.include({ level: 'ok', ready: true });
      });

      it(`keeps a ${tone} LinkedIn note within ${FEEDBACK_LIMITS.linkedinChars} characters with long, realistic details`, () => {
        const note = composeFeedbackRequest(longFields, { tone, channel: 'linkedin' });
        expect(note.chars).to.be.at.most(FEEDBACK_LIMITS.linkedinChars);
        expect(measureFeedback(note, 'linkedin').ready).to.be.true;
      });

      it(`keeps a ${tone} LinkedIn note for typical details under the ${FEEDBACK_LIMITS.linkedinWarnChars}-character comfort line`, () => {
        const note = composeFeedbackRequest(fields, { tone, channel: 'linkedin' });
        expect(note.chars).to.be.at.most(FEEDBACK_LIMITS.linkedinWarnChars);
      });
    }

    it('measures e-mail in words and LinkedIn in characters, with warn and over levels', () => {
      expect(measureFeedback({ words: 149, chars: 0 }, 'email')).to.deep.equal({
        count: 149,
        limit: 150,
        level: 'ok',
        ready: true
      });
      expect(measureFeedback({ words: 150, chars: 0 }, 'email')).to.deep.equal({
        count: 150,
        limit: 150,
        level: 'warn',
        ready: true
      });
      expect(measureFeedback({ words: 0, chars: 200 }, 'linkedin').level).to.equal('ok');
      expect(measureFeedback({ words: 0, chars: 201 }, 'linkedin')).to.deep.equal({
        count: 201,
        limit: 300,
        level: 'warn',
        ready: true
      });
      expect(measureFeedback({ words: 0, chars: 300 }, 'linkedin').ready).to.be.true;
      expect(measureFeedback({ words: 0, chars: 301 }, 'linkedin')).to.deep.equal({
        count: 301,
        limit: 300,
        level: 'over',
        ready: false
      });
    });
  });

  describe('fallbacks', () => {
    it('says "Hello," without a recipient name and "the role" without a job title', () => {
      for (const tone of FEEDBACK_TONES) {
        for (const channel of FEEDBACK_CHANNELS) {
          const note = composeFeedbackRequest(
            { ...fields, recipientName: '  ', jobTitle: undefined },
            { tone, channel }
          );
          expect(note.body.split('\n')[0], `${tone}/${channel}`).to.equal('Hello,');
          expect(note.body, `${tone}/${channel}`).to.contain('the role');
        }
      }
      expect(composeFeedbackRequest({}).subject).to.equal('Feedback on my interview for the role');
    });

    it('writes a whole, tidy note from no details at all', () => {
      for (const tone of FEEDBACK_TONES) {
        for (const channel of FEEDBACK_CHANNELS) {
          const { subject, body } = composeFeedbackRequest({}, { tone, channel });
          const text = `${subject}\n${body}`;
          expect(text, `${tone}/${channel}`).to.not.match(ANY_PLACEHOLDER);
          expect(text)
            .to.not.contain('undefined')
            .and.not.contain('  ')
            .and.not.contain(' .')
            .and.not.contain('\n\n\n');
          expect(body).to.not.match(/^\s|\s$/);
        }
      }
    });

    it('fills every catalogue placeholder when every detail is given', () => {
      for (const tone of FEEDBACK_TONES) {
        for (const channel of FEEDBACK_CHANNELS) {
          const { subject, body } = composeFeedbackRequest(longFields, { tone, channel });
          expect(`${subject}\n${body}`, `${tone}/${channel}`).to.not.match(ANY_PLACEHOLDER);
          expect(body).to.not.contain('  ');
        }
      }
    });

    it('says "your team" without a company', () => {
      expect(composeFeedbackRequest({ ...fields, company: '' }).body).to.contain('getting to know your team');
    });

    it('falls back to warm e-mail for an unknown tone or channel', () => {
      const note = composeFeedbackRequest(fields, { tone: 'angry' as never, channel: 'fax' as never });
      expect(note).to.deep.equal(composeFeedbackRequest(fields));
    });
  });

  describe('templates and strings', () => {
    it('uses a host template with {placeholders} for one tone and channel only', () => {
      const templates = {
        warm: {
          email: {
            subject: 'Thanks from {candidateName}',
            body: '{greeting}\n\nThanks for {role} at {company}.\n\n{candidateName}'
          }
        }
      };
      const warm = composeFeedbackRequest(fields, { templates });
      expect(warm.subject).to.equal('Thanks from Sam Lee');
      expect(warm.body).to.equal('Hi Priya,\n\nThanks for the Product Designer role at Acme.\n\nSam Lee');
      expect(composeFeedbackRequest(fields, { templates, tone: 'formal' }).body).to.match(/^Dear Priya,/);
      expect(composeFeedbackRequest(fields, { templates, channel: 'linkedin' }).body).to.contain(
        'I respect your decision'
      );
    });

    it('keeps unknown placeholders visible, so a typo in a host template shows', () => {
      const note = composeFeedbackRequest(fields, {
        templates: { warm: { email: { body: 'Hi {recipientname}, {greeting}' } } }
      });
      expect(note.body).to.equal('Hi {recipientname}, Hi Priya,');
    });

    it('drops a missing field together with the space before it', () => {
      const note = composeFeedbackRequest(
        {},
        {
          templates: {
            warm: { email: { body: 'Hi {recipientName}, thanks.\n{topicSentence}\n\nBye {candidateName}' } }
          }
        }
      );
      expect(note.body).to.equal('Hi, thanks.\n\nBye');
    });

    it('inserts values as text, never filling placeholders inside them', () => {
      const note = composeFeedbackRequest({
        ...fields,
        topic: '{candidateName} and {role}',
        recipientName: '{greeting}'
      });
      expect(note.body)
        .to.contain('our talk about {candidateName} and {role}.')
        .and.match(/^Hi \{greeting\},/);
    });

    it('writes in the language of the strings passed in, and uses English for any left out', () => {
      const note = composeFeedbackRequest(fields, {
        strings: {
          'feedbackRequest.msg.warm.greeting': 'Hallo {recipientName},',
          'feedbackRequest.msg.warm.email.subject': ''
        }
      });
      expect(note.body).to.match(/^Hallo Priya,/);
      expect(note.subject).to.equal('Feedback on my interview for the Product Designer role');
    });

    it('lists only message keys that exist in the English catalogue', () => {
      expect(FEEDBACK_STRING_KEYS.length).to.be.greaterThan(30);
      for (const key of FEEDBACK_STRING_KEYS) expect(en[key], key).to.be.a('string').and.not.empty;
    });

    it('keeps the subject on one line whatever the fields hold', () => {
      const note = composeFeedbackRequest({ jobTitle: 'Designer\r\nBcc: eve@example.com\u2028x' });
      expect(note.subject).to.not.match(/[\r\n\u2028]/);
      expect(note.subject).to.contain('Designer Bcc: eve@example.com x');
    });
  });

  describe('hostile text', () => {
    const hostile: Record<string, string> = {
      markup: '<img src=x onerror="alert(1)"><script>alert(2)</script></textarea>',
      'javascript: URL': 'javascript:alert(document.cookie)',
      'CR/LF with Bcc:': 'the app\r\nBcc: eve@example.com\r\n\r\nhello',
      '&bcc= and #': 'mobile&bcc=eve@example.com&subject=hi#frag?x=1',
      'bidi controls': 'the \u202Eegassem\u202C plan \u2067isolated\u2069 \u200F',
      'a lone surrogate': 'broken \uD83D here and \uDE00 there',
      '10,000 characters': 'long '.repeat(2000),
      'percent signs': '100% sure %0D%0ABcc:%20eve %zz',
      'line separators': 'one\u2028two\u2029three'
    };

    for (const [name, value] of Object.entries(hostile)) {
      it(`${name}: appears literally in the body and round-trips through the mailto URL`, () => {
        const expected = wellFormed(value).trim();
        for (const tone of FEEDBACK_TONES) {
          const note = composeFeedbackRequest(
            { ...fields, topic: value, recipientName: value, candidateName: value, jobTitle: value },
            { tone }
          );
          expect(note.body, tone).to.contain(expected);
          expect(note.subject, tone).to.not.match(/[\r\n]/);

          const href = buildMailto('priya@example.com', note, { maxLength: Infinity })!;
          expect(href, tone).to.be.a('string');
          expect(href).to.match(/^mailto:[\w.!~*'()%@-]*\?[\w.!~*'()%=&-]*$/, 'only unreserved characters and escapes');
          const { to, headers } = parseMailto(href);
          expect(to).to.equal('priya@example.com');
          expect(headers.map(([header]) => header)).to.deep.equal(['subject', 'body']);
          expect(headers[0][1]).to.equal(note.subject);
          expect(headers[1][1]).to.equal(note.body.replace(/\r\n|\r|\n/g, '\r\n'));
          expect(new URL(href).searchParams.getAll('bcc')).to.deep.equal([]);
        }
      });
    }

    it('makes lone surrogates well-formed, so counting and encoding never throw', () => {
      const note = composeFeedbackRequest({ topic: 'a\uD800b' });
      expect(note.body).to.contain('a\uFFFDb');
      expect(() => encodeURIComponent(note.body)).to.not.throw();
    });

    it('takes non-string field values without throwing', () => {
      const odd = {
        candidateName: 42,
        recipientName: null,
        asks: 'improve',
        futureRoles: 'yes'
      } as unknown as FeedbackFields;
      expect(() => composeFeedbackRequest(odd)).to.not.throw();
      expect(composeFeedbackRequest(odd).body).to.match(/^Hello,/);
    });
  });
});

describe('findArguingPhrases', () => {
  it('finds wording that argues with the decision or compares with whoever was hired', () => {
    expect(findArguingPhrases('Could you reconsider my application?')).to.deep.equal(['reconsider']);
    expect(findArguingPhrases('Why didn’t I get it, when the person you hired has less experience?')).to.deep.equal([
      "why didn't i",
      'the person you hired'
    ]);
    expect(findArguingPhrases('I think it was  UNFAIR')).to.deep.equal(['unfair']);
    expect(findArguingPhrases('I hope you are reconsidering')).to.deep.equal(['reconsider']);
  });

  it('stays quiet for ordinary topics', () => {
    for (const topic of [
      'your plans for the mobile app',
      'how the design team works with nurses',
      'fair pricing for small clinics',
      ''
    ]) {
      expect(findArguingPhrases(topic), topic).to.deep.equal([]);
    }
  });

  it('reads the phrase list it is given, such as another language’s', () => {
    expect(findArguingPhrases('Bitte überdenken Sie das', 'überdenken|ungerecht')).to.deep.equal(['überdenken']);
    expect(findArguingPhrases('reconsider', 'überdenken')).to.deep.equal([]);
  });

  it('treats regular-expression characters in phrases as text', () => {
    expect(findArguingPhrases('why (really)?', 'why (really)?|.*')).to.deep.equal(['why (really)?']);
  });
});

describe('what a note needs', () => {
  it('needs the candidate’s name, the company and the job title; the recipient’s name is optional', () => {
    expect(missingFeedbackFields({ candidateName: 'Sam', company: 'Acme', jobTitle: 'Designer' })).to.deep.equal([]);
    expect(missingFeedbackFields({ candidateName: '  ', company: 'Acme' })).to.deep.equal([
      'candidateName',
      'jobTitle'
    ]);
    expect(missingFeedbackFields({})).to.deep.equal([...FEEDBACK_NEEDED_FIELDS]);
  });

  it('measures a hand-written note like a composed one', () => {
    expect(feedbackMessageOf('Hi', 'Hello Priya, thank you.\n\nSam')).to.deep.equal({
      subject: 'Hi',
      body: 'Hello Priya, thank you.\n\nSam',
      words: 5,
      chars: 28
    });
  });

  it('calls a note greeted and signed only when both names are known and in it, ignoring case', () => {
    const names = { recipientName: 'Priya', candidateName: 'Sam Lee' };
    expect(feedbackReadiness('Hi Priya,\n\nThanks.\n\nSam Lee', names)).to.deep.equal({
      greeting: true,
      signature: true
    });
    expect(feedbackReadiness('hi priya, thanks. sam lee', names)).to.deep.equal({ greeting: true, signature: true });
    expect(feedbackReadiness('Hello,\n\nThanks.\n\nSam Lee', names)).to.deep.equal({
      greeting: false,
      signature: true
    });
    expect(feedbackReadiness('Hi Priya,\n\nThanks.', names)).to.deep.equal({ greeting: true, signature: false });
    expect(feedbackReadiness('Hello,\n\nThanks.', {})).to.deep.equal({ greeting: false, signature: false });
    expect(feedbackReadiness('\uD800 Priya', { recipientName: ' Priya ' }).greeting).to.be.true;
  });

  it('finds both names in every composed note that has them, in every tone and channel', () => {
    for (const tone of FEEDBACK_TONES) {
      for (const channel of FEEDBACK_CHANNELS) {
        const { body } = composeFeedbackRequest(longFields, { tone, channel });
        expect(feedbackReadiness(body, longFields), `${tone} ${channel}`).to.deep.equal({
          greeting: true,
          signature: true
        });
      }
    }
  });
});
