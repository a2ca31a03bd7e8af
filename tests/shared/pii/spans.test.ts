import {
  continuesCode,
  digitWindows,
  hasContext,
  isWholeNumber,
  isWordChar,
  scanCandidates,
  toFinding,
} from '../../../shared/pii/spans.js';

const texts = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map(({ start, end }) => text.slice(start, end));

describe('digitWindows', () => {
  it.each([
    ['a compact number', 'id 44051401359.', [11], ['44051401359']],
    ['groups joined by single separators', 'x 36 574-261.809 y', [11], ['36 574-261.809']],
    ['a number after another group', '2023 36 574 261 809', [11], ['36 574 261 809']],
    ['every length asked for', '12 345 6789', [5, 9], ['12 345', '12 345 6789']],
    ['nothing glued to letters', 'A44051401359 44051401359b', [11], []],
    ['nothing across a double space', '12345  678901', [11], []],
    ['not the front of a number written in short groups', '36 574 261 809', [8], []],
    ['not the tail of a number written in short groups', '36 574 261 809', [9], []],
    ['a number before a long group', '44051401359 2023', [11], ['44051401359']],
    ['nothing after a plus', '+49 30 1234567', [9, 11], []],
    ['nothing inside an IBAN-shaped code', 'BE71 0961 2345 6760', [8, 12], []],
  ])('returns %s', (_case, text, lengths, expected) => {
    expect(texts(text, digitWindows(text, lengths))).toEqual(expected);
  });
});

describe('scanCandidates', () => {
  it('resumes after an accepted span and one character after a rejected candidate', () => {
    const text = 'AB12 CD34';
    const seen: string[] = [];

    const spans = scanCandidates(text, /[A-Z]{2}\d{2}/g, (start, end) => {
      seen.push(text.slice(start, end));
      return start === 0 ? undefined : { start, end };
    });

    expect(seen).toEqual(['AB12', 'CD34']);
    expect(texts(text, spans)).toEqual(['CD34']);
  });
});

describe('hasContext', () => {
  it.each([
    ['before the span', 'PESEL: 123', true],
    ['after the span', '123 (PESEL)', true],
    ['nowhere near', `PESEL ${'x'.repeat(60)} 123`, false],
  ])('tells a word %s', (_case, text, expected) => {
    const start = text.indexOf('123');
    expect(hasContext(text, { start, end: start + 3 }, /pesel/i)).toBe(expected);
  });
});

describe('continuesCode', () => {
  it.each([
    ['after an IBAN lead', 'BE71 0961', 5, true],
    ['after IBAN groups and a double space', 'EE38 2200 2210  014', 16, true],
    ['after two letters only', 'PT 501', 3, false],
    ['after a word', 'Konto 0961', 6, false],
    ['at the start', '0961', 0, false],
  ])('tells a position %s', (_case, text, start, expected) => {
    expect(continuesCode(text, start)).toBe(expected);
  });
});

describe('isWholeNumber', () => {
  it.each([
    ['a lone number', 'x 1234567 y', true],
    ['a number joined to more digits before', '12-1234567', false],
    ['a number joined to more digits after', '1234567 89', false],
    ['a number followed by a full stop', 'no 1234567.', true],
  ])('tells %s', (_case, text, expected) => {
    const start = text.indexOf('1234567');
    expect(isWholeNumber(text, { start, end: start + 7 })).toBe(expected);
  });
});

describe('isWordChar', () => {
  it.each([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['_', true],
    ['ß', true],
    ['ж', true],
    [' ', false],
    ['-', false],
    ['.', false],
  ])('classifies %j', (char, expected) => {
    expect(isWordChar(char, 0)).toBe(expected);
  });

  it('is false outside the text', () => {
    expect(isWordChar('a', -1)).toBe(false);
    expect(isWordChar('a', 1)).toBe(false);
  });
});

describe('toFinding', () => {
  it('omits an undefined detail rather than writing it', () => {
    const finding = toFinding(
      { start: 1, end: 2 },
      { type: 'IBAN', category: 'financial', score: 1, recognizer: 'iban', detail: undefined },
    );

    expect(Object.keys(finding)).not.toContain('detail');
  });
});
