import { expect } from '@open-wc/testing';
import { interviewOdds, type InterviewOdds } from './odds.js';

const valid = (applicants: unknown, interviewed: unknown) => {
  const result = interviewOdds(applicants, interviewed);
  expect(result.valid, `${String(applicants)} / ${String(interviewed)} is valid`).to.be.true;
  return result as InterviewOdds;
};

describe('interviewOdds', () => {
  describe('valid numbers', () => {
    it('works out the share and rounds "top N%" up to a whole percent', () => {
      expect(valid(240, 6)).to.deep.equal({
        valid: true,
        applicants: 240,
        interviewed: 6,
        share: 0.025,
        top: 0.03,
        fractionDigits: 0,
        standsOut: true
      });
    });

    it('never rounds an exact percentage up a step because of float noise', () => {
      expect(valid(700, 7).top).to.equal(0.01);
      expect(valid(100, 10).top).to.equal(0.1);
      expect(valid(300, 9).top).to.equal(0.03);
    });

    it('rounds up, never down, so it never claims more than the numbers show', () => {
      expect(valid(3, 1).top).to.equal(0.34); // 33.3%
      expect(valid(1000, 11).top).to.equal(0.02); // 1.1%
    });

    it('uses one decimal under 1%, and never less than 0.1%: never "top 0%"', () => {
      expect(valid(1000, 3)).to.include({ top: 0.003, fractionDigits: 1 });
      expect(valid(1200, 5)).to.include({ top: 0.005, fractionDigits: 1 }); // 0.4167% → 0.5%
      expect(valid(100_000, 1)).to.include({ top: 0.001, fractionDigits: 1 });
      expect(valid(Number.MAX_SAFE_INTEGER, 1)).to.include({ top: 0.001, fractionDigits: 1 });
    });

    it('shows just under 1% as a whole 1%', () => {
      expect(valid(10_000, 95)).to.include({ top: 0.01, fractionDigits: 0 }); // 0.95%
    });

    it('stands out up to half of the applicants, not above', () => {
      expect(valid(8, 4).standsOut).to.be.true;
      expect(valid(8, 6).standsOut).to.be.false;
      expect(valid(5, 5)).to.include({ share: 1, standsOut: false });
    });

    it('accepts numeric strings, as attributes give them, with spaces around', () => {
      expect(valid('240', ' 6 ')).to.include({ applicants: 240, interviewed: 6 });
      expect(valid('1e3', '10')).to.include({ applicants: 1000 });
    });
  });

  describe('numbers that cannot be shown', () => {
    const cases: Array<[string, unknown, unknown, string, string | undefined]> = [
      ['both absent', undefined, undefined, 'absent', undefined],
      ['both blank strings', '', '  ', 'absent', undefined],
      ['both null', null, null, 'absent', undefined],
      ['applicants absent', undefined, 6, 'missing', 'applicants'],
      ['interviewed absent', '240', '', 'missing', 'interviewed'],
      ['NaN', Number.NaN, 6, 'not-a-number', 'applicants'],
      ['"NaN"', '240', 'NaN', 'not-a-number', 'interviewed'],
      ['letters', 'lots', 6, 'not-a-number', 'applicants'],
      ['a thousands separator', '1,240', 6, 'not-a-number', 'applicants'],
      ['a unit', '240 people', 6, 'not-a-number', 'applicants'],
      ['an object', 240, { valueOf: () => 6 }, 'not-a-number', 'interviewed'],
      ['a boolean', true, 1, 'not-a-number', 'applicants'],
      ['negative applicants', -240, 6, 'negative', 'applicants'],
      ['negative interviewed', '240', '-6', 'negative', 'interviewed'],
      ['negative infinity', '-1e309', 6, 'negative', 'applicants'],
      ['a fraction', 240, 2.5, 'not-integer', 'interviewed'],
      ['a fractional string', '240.5', 6, 'not-integer', 'applicants'],
      ['1e309 (Infinity)', '1e309', 6, 'too-large', 'applicants'],
      ['Infinity', Number.POSITIVE_INFINITY, 6, 'too-large', 'applicants'],
      ['beyond MAX_SAFE_INTEGER', 2 ** 60, 6, 'too-large', 'applicants'],
      ['nobody interviewed', 240, 0, 'no-interviews', 'interviewed'],
      ['zero of zero', 0, 0, 'no-interviews', 'interviewed'],
      ['more interviewed than applied', 6, 240, 'more-interviewed-than-applicants', undefined],
      ['interviewed with no applicants', 0, 1, 'more-interviewed-than-applicants', undefined]
    ];
    for (const [name, applicants, interviewed, problem, field] of cases) {
      it(`${name}: ${problem}`, () => {
        const result = interviewOdds(applicants, interviewed);
        expect(result).to.deep.equal({ valid: false, problem, ...(field ? { field } : {}) });
      });
    }

    it('never throws, whatever it is given', () => {
      for (const value of [
        Symbol('x'),
        () => 1,
        [],
        [6],
        {
          toString: () => {
            throw new Error('boom');
          }
        },
        10n
      ]) {
        expect(() => interviewOdds(value, value)).to.not.throw();
      }
    });
  });
});
