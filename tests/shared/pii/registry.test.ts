import type { Finding, Recognizer } from '../../../shared/pii/recognizer.js';
import { findAll, mergeFindings, RECOGNIZERS } from '../../../shared/pii/registry.js';

const finding = (start: number, end: number, score: number, recognizer = 'r'): Finding => ({
  type: 'PHONE_NUMBER',
  category: 'contact',
  start,
  end,
  score,
  recognizer,
});

describe('mergeFindings', () => {
  it('sorts findings that do not overlap by start', () => {
    expect(mergeFindings([finding(10, 12, 1), finding(0, 5, 1)])).toEqual([
      finding(0, 5, 1),
      finding(10, 12, 1),
    ]);
  });

  it('keeps the higher score of two overlapping findings', () => {
    expect(mergeFindings([finding(0, 10, 0.8), finding(2, 8, 0.9)])).toEqual([finding(2, 8, 0.9)]);
  });

  it('keeps the longer span when the scores tie', () => {
    expect(mergeFindings([finding(2, 8, 1), finding(0, 10, 1)])).toEqual([finding(0, 10, 1)]);
  });

  it('keeps the earlier recognizer when score and length tie', () => {
    expect(mergeFindings([finding(0, 5, 1, 'first'), finding(0, 5, 1, 'second')])).toEqual([
      finding(0, 5, 1, 'first'),
    ]);
  });

  it('never merges away a zero-length finding', () => {
    const marker = finding(0, 0, 1, 'marker');

    expect(mergeFindings([finding(0, 5, 1), marker])).toEqual([marker, finding(0, 5, 1)]);
  });

  it('keeps a personal finding over an overlapping business id, whatever the scores', () => {
    const vat: Finding = { ...finding(0, 14, 1), type: 'VAT_ID', category: 'business_id' };
    const oib: Finding = { ...finding(3, 14, 0.9), type: 'NATIONAL_ID', category: 'national_id' };

    expect(mergeFindings([vat, oib])).toEqual([oib]);
    expect(mergeFindings([oib, vat])).toEqual([oib]);
  });

  it('keeps findings that only touch', () => {
    expect(mergeFindings([finding(0, 5, 1), finding(5, 9, 0.5)])).toHaveLength(2);
  });
});

describe('findAll', () => {
  it('turns a recognizer that throws into a CLASSIFIER_ERROR finding without its message', () => {
    const broken: Recognizer = {
      name: 'broken',
      entities: ['EMAIL_ADDRESS'],
      find: () => {
        throw new RangeError('saw jane.doe@mailbox.org');
      },
    };

    const findings = findAll('jane.doe@mailbox.org', [broken]);

    expect(findings).toEqual([
      {
        type: 'CLASSIFIER_ERROR',
        category: 'unreadable',
        start: 0,
        end: 0,
        score: 1,
        recognizer: 'broken',
        detail: 'RangeError',
      },
    ]);
    expect(JSON.stringify(findings)).not.toContain('jane');
  });

  it('still runs the other recognizers when one throws', () => {
    const broken: Recognizer = {
      name: 'broken',
      entities: [],
      find: () => {
        throw new Error('boom');
      },
    };

    const types = findAll('mail jane.doe@mailbox.org', [broken, ...RECOGNIZERS]).map((f) => f.type);

    expect(types).toEqual(['CLASSIFIER_ERROR', 'EMAIL_ADDRESS']);
  });

  it('merges an IBAN and the digits inside it into the IBAN', () => {
    const text = 'DE89 3704 0044 0532 0130 00';

    expect(findAll(text).map((f) => f.type)).toEqual(['IBAN']);
  });

  it('reports a Croatian OIB written as a VAT number as a personal tax id', () => {
    const text = 'OIB: HR 33392005961';

    expect(findAll(text).map(({ category }) => category)).toEqual(['tax_id']);
  });

  it('prefers a VAT number with its prefix over a national id read from its digits', () => {
    const text = 'NIF ES 54362315K';

    expect(findAll(text).map(({ type, detail }) => ({ type, detail }))).toEqual([
      { type: 'TAX_ID', detail: 'es.vat' },
    ]);
  });

  it('registers a recognizer for every entity type except CLASSIFIER_ERROR', () => {
    const entities = new Set(RECOGNIZERS.flatMap((recognizer) => recognizer.entities));

    expect([...entities].sort()).toEqual([
      'BANK_ACCOUNT',
      'BIOMETRIC_DATA',
      'CRIMINAL_DATA',
      'CRYPTO_ADDRESS',
      'DATE_OF_BIRTH',
      'DEVICE_ID',
      'DRIVING_LICENCE',
      'EDUCATION_ID',
      'EMAIL_ADDRESS',
      'ETHNIC_ORIGIN',
      'GENETIC_DATA',
      'HEALTH_DATA',
      'HEALTH_ID',
      'IBAN',
      'ID_CARD',
      'IP_ADDRESS',
      'LICENCE_PLATE',
      'MAC_ADDRESS',
      'NATIONAL_ID',
      'PASSPORT',
      'PAYMENT_CARD',
      'PERSON_NAME',
      'PERSON_REFERENCE',
      'PHONE_NUMBER',
      'POLITICAL_OPINION',
      'POSTAL_ADDRESS',
      'PROFESSIONAL_ID',
      'RELIGIOUS_BELIEF',
      'SEX_LIFE_OR_ORIENTATION',
      'TAX_ID',
      'TRADE_UNION_MEMBERSHIP',
      'UNREADABLE_CONTENT',
      'VAT_ID',
      'VEHICLE_ID',
    ]);
  });

  it('gives every recognizer a distinct name', () => {
    const names = RECOGNIZERS.map((recognizer) => recognizer.name);

    expect(new Set(names).size).toBe(names.length);
  });
});

describe('findAll on pathological input', () => {
  const hundredKb = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length));

  it.each([
    ['at signs', 'a@'],
    ['dotted words', 'a.b@c'],
    ['single digits and spaces', '1 '],
    ['zeros and spaces', '0 '],
    ['plus signs and digits', '+1'],
    ['digit pairs', '12 34 '],
    ['one long digit run', '1'],
    ['IBAN-like prefixes', 'DE89 '],
    ['card-like groups', '4111 '],
    ['VAT-like prefixes', 'DE 1'],
    ['letters', 'a'],
    ['colons', '::'],
    ['hex pairs and colons', 'ab:'],
    ['IBAN-like leads', 'AB12 '],
    ['dotted digits', '1.2.3.'],
    ['dashed hex pairs', 'aa-bb-'],
    ['document words and numbers', 'Pass AB12345 '],
    ['account words and numbers', 'Konto 1234567 '],
    ['base58 words', '1AbCdEfGhJkLmNpQrStUvWxYz23456789 '],
    ['slashed numbers', '123456/'],
    ['tax numbers', 'Steuernummer 12/345/6789 '],
  ])('completes on 100 KB of %s', (_case, unit) => {
    expect(Array.isArray(findAll(hundredKb(unit)))).toBe(true);
  });

  it('finds nothing in 100 KB of near-matching at signs and digits', () => {
    expect(findAll(hundredKb('a@ 1 +'))).toEqual([]);
  });
});
