import { contextPattern } from '../../../shared/pii/context.js';
import { allOf, byDigits, findIds, type IdScheme } from '../../../shared/pii/schemes.js';
import { stdnumValid } from '../../../shared/pii/stdnum.js';

// 44051401359 is a valid PESEL (python-stdnum test data, LGPL-2.1+).
const pesel: IdScheme = {
  id: 'pl.pesel',
  type: 'NATIONAL_ID',
  category: 'national_id',
  isValid: stdnumValid('PL', 'pesel'),
  candidates: byDigits(11),
  context: contextPattern([], ['pesel', 'national id']),
};

const spansOf = (text: string, schemes: readonly IdScheme[]) =>
  findIds(text, schemes, 'test').map(({ start, end, score, detail }) => ({
    value: text.slice(start, end),
    score,
    detail,
  }));

describe('allOf', () => {
  it('holds only when every check holds', () => {
    expect(
      allOf(
        () => true,
        () => true,
      )('x'),
    ).toBe(true);
    expect(
      allOf(
        () => true,
        () => false,
      )('x'),
    ).toBe(false);
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

  it('matches context words whatever their case and diacritics', () => {
    expect(findIds('NATIONAL-ID: 44051401359', [pesel], 'test')).toHaveLength(1);
  });

  it('skips a candidate whose check fails', () => {
    expect(findIds('PESEL 44051401358', [pesel], 'test')).toEqual([]);
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

  it('accepts a merely well-formed candidate only next to a context word, at a lower score', () => {
    const formed = { ...pesel, needsContext: () => false, isWellFormed: () => true };

    expect(spansOf('PESEL 44051401358', [formed])).toEqual([
      { value: '44051401358', score: 0.6, detail: 'pl.pesel' },
    ]);
    expect(spansOf('44051401358', [formed])).toEqual([]);
  });

  // rt17-106: an invoice's issue date next to a 'taxpayerId' read as a Slovene tax number.
  it.each([['2025-03-04'], ['2025.03.04'], ['04.03.2025'], ['04/03/2025']])(
    'reads %s, a date as written, as no number of any scheme',
    (date) => {
      const eight: IdScheme = {
        ...pesel,
        id: 'xx.eight',
        isValid: () => true,
        candidates: byDigits(8),
      };

      expect(spansOf(`PESEL ${date}`, [eight])).toEqual([]);
      expect(spansOf(`PESEL ${date.replace(/\D/g, '')}`, [eight])).toHaveLength(1);
    },
  );

  it('scores a match next to the scheme name above one next to a generic word', () => {
    const named = { ...pesel, names: contextPattern([], ['pesel']) };

    expect(spansOf('PESEL 44051401359', [named])[0]?.score).toBe(0.95);
    expect(spansOf('national id 44051401359', [named])[0]?.score).toBe(0.9);
  });

  it('reports one finding per span: the best score, then the earlier scheme', () => {
    const other = { ...pesel, id: 'xx.other' };
    const named = { ...pesel, id: 'xx.named', names: contextPattern([], ['pesel']) };

    expect(spansOf('PESEL 44051401359', [pesel, other])).toEqual([
      { value: '44051401359', score: 0.9, detail: 'pl.pesel' },
    ]);
    expect(spansOf('PESEL 44051401359', [pesel, named])).toEqual([
      { value: '44051401359', score: 0.95, detail: 'xx.named' },
    ]);
  });
});

// A number right after a VAT prefix, that can be that country's VAT id, is: another country's
// scheme does not claim it; the scheme of the prefix's own country still may (fail closed: a
// prefixed Croatian OIB is also a person's number). One that cannot (eleven digits after 'DE',
// whose VAT numbers have nine) is not marked.
describe('findIds after a VAT prefix', () => {
  const { context: _context, ...withoutContext } = pesel;
  const bare: IdScheme = withoutContext;

  it.each([
    ['another country', 'NIP dostawcy HR 44051401359', []],
    ['another country, spaced and with a colon', 'VAT: IT: 44051401359', []],
  ])('leaves a number after the prefix of %s', (_case, text, expected) => {
    expect(spansOf(text, [bare]).map((span) => span.value)).toEqual(expected);
  });

  it.each([
    ['its own country', 'PL 44051401359'],
    ['two capitals that are no prefix', 'ID 44051401359'],
    ['a prefix glued to a word', 'XPL 44051401359'],
    ['a prefix whose VAT numbers have another length', 'NIP dostawcy DE 44051401359'],
  ])('still finds a number after %s', (_case, text) => {
    expect(spansOf(text, [bare]).map((span) => span.value)).toEqual(['44051401359']);
  });
});
