import { expect } from '@open-wc/testing';
import { buildMailto, isValidEmail, MAILTO_MAX_LENGTH } from './mailto.js';

/** The `&`-separated headers of a mailto URL, percent-decoded, in order. */
function headersOf(href: string): Array<[string, string]> {
  const query = href.slice(href.indexOf('?') + 1);
  return query.split('&').map((pair): [string, string] => {
    const equals = pair.indexOf('=');
    return [decodeURIComponent(pair.slice(0, equals)), decodeURIComponent(pair.slice(equals + 1))];
  });
}

describe('buildMailto', () => {
  describe('encoding (RFC 6068)', () => {
    it('percent-encodes spaces as %20 and line breaks in the body as %0D%0A', () => {
      const href = buildMailto('priya@example.com', { subject: 'Hello there', body: 'Hi,\nthanks\r\nfor\rtoday' })!;
      expect(href).to.equal(
        'mailto:priya@example.com?subject=Hello%20there&body=Hi%2C%0D%0Athanks%0D%0Afor%0D%0Atoday'
      );
      expect(href).to.not.contain('+');
    });

    it('encodes ? = & # and %, so the text cannot end a header or start a new one', () => {
      const href = buildMailto('priya@example.com', { subject: 'a?b=c&d#e%f', body: 'x&bcc=eve@example.com#y?z=1' })!;
      expect(href).to.equal(
        'mailto:priya@example.com?subject=a%3Fb%3Dc%26d%23e%25f&body=x%26bcc%3Deve%40example.com%23y%3Fz%3D1'
      );
      expect(headersOf(href)).to.deep.equal([
        ['subject', 'a?b=c&d#e%f'],
        ['body', 'x&bcc=eve@example.com#y?z=1']
      ]);
    });

    it('uses only the subject and body headers, and leaves out empty ones', () => {
      expect(buildMailto('priya@example.com', { subject: 'Hi' })).to.equal('mailto:priya@example.com?subject=Hi');
      expect(buildMailto('priya@example.com', { body: 'Hi' })).to.equal('mailto:priya@example.com?body=Hi');
      expect(buildMailto('priya@example.com', {})).to.equal('mailto:priya@example.com');
    });

    it('leaves the address empty when there is no recipient, so the mail app asks for one', () => {
      expect(buildMailto(undefined, { subject: 'Hi' })).to.equal('mailto:?subject=Hi');
      expect(buildMailto('   ', { subject: 'Hi' })).to.equal('mailto:?subject=Hi');
    });

    it('percent-encodes the special characters an address may hold, keeping the @', () => {
      expect(buildMailto("o'brien+jobs&more@example.ie", {})).to.equal("mailto:o'brien%2Bjobs%26more@example.ie");
    });

    it('encodes non-ASCII text as UTF-8', () => {
      const href = buildMailto(undefined, { subject: 'Merci — José 👋' })!;
      expect(href).to.equal('mailto:?subject=Merci%20%E2%80%94%20Jos%C3%A9%20%F0%9F%91%8B');
    });
  });

  describe('the subject stays one line', () => {
    it('turns CR, LF and other control characters in the subject into one space', () => {
      const href = buildMailto('priya@example.com', {
        subject: 'Thanks\r\nBcc: eve@example.com\n\tx\u2028y',
        body: 'ok'
      })!;
      const subject = href.slice(href.indexOf('subject=') + 8, href.indexOf('&'));
      expect(subject).to.not.match(/%0D|%0A|%09|%E2%80%A8/i);
      expect(headersOf(href)).to.deep.equal([
        ['subject', 'Thanks Bcc: eve@example.com x y'],
        ['body', 'ok']
      ]);
    });
  });

  describe('never throws', () => {
    it('makes lone surrogates well-formed before encoding', () => {
      let href: string | undefined;
      expect(() => (href = buildMailto('priya@example.com', { subject: 'a\uD800', body: '\uDC00b' }))).to.not.throw();
      expect(headersOf(href!)).to.deep.equal([
        ['subject', 'a\uFFFD'],
        ['body', '\uFFFDb']
      ]);
    });
  });

  describe('length', () => {
    it(`returns undefined past ${MAILTO_MAX_LENGTH} characters, so copy or download is offered instead`, () => {
      const fits = buildMailto('priya@example.com', { body: 'a'.repeat(MAILTO_MAX_LENGTH - 40) });
      expect(fits).to.be.a('string');
      expect(fits!.length).to.be.at.most(MAILTO_MAX_LENGTH);
      expect(buildMailto('priya@example.com', { body: 'a'.repeat(MAILTO_MAX_LENGTH) })).to.be.undefined;
      // Encoding counts: 600 spaces are 1,800 characters once encoded.
      expect(buildMailto(undefined, { body: ' '.repeat(600) })).to.be.undefined;
    });

    it('takes another limit through maxLength', () => {
      expect(buildMailto(undefined, { body: 'hello' }, { maxLength: 10 })).to.be.undefined;
      expect(buildMailto(undefined, { body: 'x'.repeat(10_000) }, { maxLength: Infinity })).to.have.length(10_000 + 13);
    });
  });

  describe('the recipient', () => {
    for (const address of [
      'not-an-email',
      'priya@localhost',
      'priya@',
      '@example.com',
      'pri ya@example.com',
      'priya@example.com?bcc=eve@example.com',
      'priya@example.com,eve@example.com',
      'priya@example.com\r\nBcc: eve@example.com',
      'Priya <priya@example.com>',
      '"priya"@example.com',
      'priya..lee@example.com',
      '.priya@example.com',
      'priya@exa_mple.com',
      'priya@example.123',
      'priya@-example.com',
      'priya@example.com#x',
      'javascript:alert(1)@example.com',
      'mailto:priya@example.com',
      'prïya@example.com',
      `${'a'.repeat(65)}@example.com`,
      `a@${'b'.repeat(250)}.com`
    ]) {
      it(`refuses ${JSON.stringify(address)}`, () => {
        expect(isValidEmail(address)).to.be.false;
        expect(buildMailto(address, { subject: 'Hi' })).to.be.undefined;
      });
    }

    for (const address of [
      'priya@example.com',
      'sam.lee+jobs@mail.example.co.uk',
      "o'brien@example.ie",
      'X_Y-z@sub-domain.example.org'
    ]) {
      it(`accepts ${JSON.stringify(address)}`, () => {
        expect(isValidEmail(address)).to.be.true;
        expect(buildMailto(address, {})).to.equal(`mailto:${address.replace('+', '%2B')}`);
      });
    }

    it('refuses values that are not strings', () => {
      expect(isValidEmail(undefined)).to.be.false;
      expect(isValidEmail(42)).to.be.false;
    });
  });
});
