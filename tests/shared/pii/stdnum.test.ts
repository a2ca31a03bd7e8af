import type { Validator } from 'stdnum';
import { euVat, stdnum } from 'stdnum';
import { ClassificationError } from '../../../shared/errors.js';
import { EU_VAT, STDNUM, validateQuietly, validatorFor } from '../../../shared/pii/stdnum.js';

describe('STDNUM', () => {
  const entries = Object.entries(STDNUM).flatMap(([country, validators]) =>
    Object.keys(validators).map((name) => [country, name] as const),
  );

  it.each(entries)('holds the stdnum package index validator %s.%s', (country, name) => {
    const ours = STDNUM[country]?.[name];
    const theirs = stdnum[country]?.[name];

    expect(theirs).toBeDefined();
    expect(ours?.validate).toBe(theirs?.validate);
    expect(ours?.name).toBe(theirs?.name);
  });
});

describe('EU_VAT', () => {
  it('is the stdnum package euVat table, country by country and in order', () => {
    expect(Object.keys(EU_VAT).sort()).toEqual(Object.keys(euVat).sort());
    for (const [country, validators] of Object.entries(euVat)) {
      expect(EU_VAT[country]).toEqual(validators);
      EU_VAT[country]?.forEach((validator, index) => {
        expect(validator.validate).toBe(validators[index]?.validate);
      });
    }
  });
});

describe('validateQuietly', () => {
  const idnr = STDNUM.DE?.idnr as Validator;

  it.each(['36574261809', '36574261808', 'not a number'])(
    'gives what validate gives for %s',
    (value) => {
      expect(validateQuietly(idnr, value)).toEqual(idnr.validate(value));
    },
  );

  it('puts the stack trace limit back, also when the validator throws', () => {
    const limit = Error.stackTraceLimit;
    const throwing = {
      ...idnr,
      validate: () => {
        throw new RangeError('boom');
      },
    } as Validator;

    validateQuietly(idnr, '36574261808');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(() => validateQuietly(throwing, '1')).toThrow(RangeError);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});

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
