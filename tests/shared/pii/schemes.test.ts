import { ClassificationError } from '../../../shared/errors.js';
import { byDigits, findIds, type IdScheme, validatorFor } from '../../../shared/pii/schemes.js';

// 44051401359 is a valid PESEL (python-stdnum test data, LGPL-2.1+).
const pesel: IdScheme = {
  id: 'pl.pesel',
  type: 'NATIONAL_ID',
  category: 'national_id',
  validator: validatorFor('PL', 'pesel'),
  candidates: byDigits(11),
  context: /pesel/gi,
};

describe('validatorFor', () => {
  it('returns the stdnum validator of a country module', () => {
    expect(validatorFor('DE', 'idnr').validate('36 574 261 809').isValid).toBe(true);
  });

  it.each([
    ['an unknown country', 'XX', 'idnr'],
    ['an unknown validator', 'DE', 'nope'],
  ])('throws a ClassificationError for %s', (_case, country, name) => {
    expect(() => validatorFor(country, name)).toThrow(ClassificationError);
  });
});

describe('findIds', () => {
  it('needs a context word within reach of the candidate', () => {
    expect(findIds('PESEL 44051401359', [pesel], 'test')).toHaveLength(1);
    expect(findIds(`PESEL ${'.'.repeat(60)} 44051401359`, [pesel], 'test')).toHaveLength(0);
  });

  it('accepts a context word after the candidate', () => {
    expect(findIds('44051401359 (PESEL)', [pesel], 'test')).toHaveLength(1);
  });

  it('skips the validator when the precheck rejects the value', () => {
    const never = { ...pesel, precheck: () => false };

    expect(findIds('PESEL 44051401359', [never], 'test')).toEqual([]);
  });

  it('validates candidates that need no context without any word', () => {
    const always = { ...pesel, needsContext: () => false };

    expect(findIds('44051401359', [always], 'test')).toEqual([
      {
        type: 'NATIONAL_ID',
        category: 'national_id',
        start: 0,
        end: 11,
        score: 1,
        recognizer: 'test',
        detail: 'pl.pesel',
      },
    ]);
  });
});
