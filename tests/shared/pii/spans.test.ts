import fc from 'fast-check';
import { token } from '../../../shared/pii/id-schemes/common.js';
import { SVNR, SVNR_STARTS } from '../../../shared/pii/id-schemes/national-strong.js';
import { CAPITALISED } from '../../../shared/pii/lexicon/tokens.js';
import {
  AT_TIN,
  AT_TIN_STARTS,
  STNR_SLASHED,
  STNR_STARTS,
} from '../../../shared/pii/recognizers/tax-id.js';
import {
  capitalStarts,
  codeStarts,
  continuesCode,
  digitRunStarts,
  digitWindows,
  gluedCodeStarts,
  handleJoins,
  hasContext,
  insideHexId,
  isSoftBreak,
  isWholeNumber,
  isWordChar,
  joinedRunStarts,
  LAYOUT_BLANK_BEFORE_BREAK,
  LAYOUT_BRAILLE,
  LAYOUT_COMBINING,
  LAYOUT_CYRILLIC,
  LAYOUT_ENCLOSED,
  LAYOUT_GREEK,
  LAYOUT_MIXED_SCRIPT,
  LAYOUT_PICTOGRAPH,
  LAYOUT_QUOTED,
  LAYOUT_SELECTOR,
  LAYOUT_SMALL_CAPITAL,
  LAYOUT_SPACED_DASH,
  LAYOUT_SPACING,
  LAYOUT_TAG_OR_JOINER,
  layoutOf,
  nearChar,
  type PatternText,
  type StartsOf,
  scanCandidates,
  scanCandidatesAt,
  spanMatcher,
  textPattern,
  toFinding,
  tokenStarts,
} from '../../../shared/pii/spans.js';
import { assertSameAsWholeScan } from './helpers.js';

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
    // A number wrapped between two groups is also read across the break; what each line holds
    // stays a candidate too.
    ['a number wrapped between groups', 'ID 36 574\n261 809.', [11], ['36 574\n261 809']],
    ['a number wrapped with a Windows break', 'ID 36 574\r\n261 809.', [11], ['36 574\r\n261 809']],
    ['each line of a wrapped number too', 'x 2 95\n10 99 126 111 93', [12], ['10 99 126 111 93']],
    ['nothing across a blank line', 'ID 36 574\n\n261 809.', [11], []],
    ['nothing across a comma and a break', 'gatan 44,\n111 35', [7], []],
    ['nothing across an indented line', 'ID 36 574\n  261 809.', [11], []],
  ])('returns %s', (_case, text, lengths, expected) => {
    expect(texts(text, digitWindows(text, lengths))).toEqual(expected);
  });

  // No scheme reads fewer than four digits, so shorter windows are never kept: asking for one is
  // a bug, not an empty answer.
  it.each([[[3]], [[6, 14]]])('refuses a length outside 4 to 13: %j', (lengths) => {
    expect(() => digitWindows('123 12345 123456', lengths)).toThrow(RangeError);
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
    ['after a print group of letters', 'GB82 WEST 1234', 10, true],
    ['after a code then words ("LH12 paid by card")', 'LH12 paid by card 4111', 18, false],
    ['after a code then a short word', 'AB12 tel 030', 9, false],
    ['after a code then a four-letter word', 'AB12 card 5500', 10, false],
    // Across a soft line break, only an IBAN the line left unfinished goes on.
    ['after an unfinished IBAN, wrapped', 'DE59 3287 9421\n7351 3861 10', 15, true],
    ['after an IBAN lead, wrapped', 'ES77\n1234 5678 9012 3456 7890', 5, true],
    ['after an IBAN lead, wrapped, too short for its IBAN', 'BY00\n371449635398431', 5, false],
    ['after an IBAN lead, before a group of two', 'bR00 85 07 30 033 28', 5, false],
    ['after a whole IBAN, wrapped', 'AT61 1904 3002 3457 3201\n030 1234567', 25, false],
    ['after a code of no IBAN country, wrapped', 'XX61 1904 3002\n030 1234567', 15, false],
    ['before a plus, wrapped', 'DE59 3287 9421\n+49 30 1234567', 15, false],
    ['after a blank line', 'DE59 3287 9421\n\n7351 3861 10', 16, false],
  ])('tells a position %s', (_case, text, start, expected) => {
    expect(continuesCode(text, start)).toBe(expected);
  });
});

describe('insideHexId', () => {
  it.each([
    ['a UUID group of digits only', 'id 09787058-f4d3-49ec-8164-5b2b5be00937', '09787058', true],
    ['middle UUID groups', 'id d40905ee-0128-4468-b31e-f1a1a7131caa', '0128-4468', true],
    ['the last UUID group', 'id 1e050aca-47b9-43ea-8f83-079496914880', '079496914880', true],
    ['an upper-case UUID group', 'id 05931863-CD77-4E1B-B956-CC9E89F1057A', '05931863', true],
    ['a UUID glued to a word', 'uuid-550e8400-e29b-41d4-a716-446655440000', '446655440000', true],
    ['a dashed phone number', 'Tel. 0171-234-5678', '0171-234-5678', false],
    ['a number next to a short hex word', 'cafe-0171-2345678', '0171-2345678', false],
    ['a spaced number', 'call 0128 4468 9911', '0128 4468 9911', false],
  ])('tells %s', (_case, text, value, expected) => {
    const start = text.indexOf(value);
    expect(insideHexId(text, { start, end: start + value.length })).toBe(expected);
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

// What a plain global scan of the pattern finds, as the reference for the prepared matchers.
const everyMatch = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const NEIGHBOURS =
  'é123 a-123 é-123 123 𝐀123 x 1234 ٣123 _123 :123 .123 +123 e\u0301123 ’123 Ö.123 ٣/123 123é';

describe('spanMatcher', () => {
  it.each([
    ['a plain letter-or-number lookbehind', /(?<![\p{L}\p{N}])\d{3}(?![\p{L}\p{N}])/gu],
    [
      'a lookbehind that also refuses a joined token',
      /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-/.])\d{3}(?![\p{L}\p{N}])/gu,
    ],
    ['a lookbehind with extra characters', /(?<![\p{L}\p{N}:.-])\d{3}/gu],
    ['a lookbehind with marks and quotes', /(?<![\p{L}\p{N}\p{M}'’_-])\d{3}/gu],
    ['no lookbehind at all', /\d{3}/gu],
  ])(
    'finds what a plain global scan finds, with %s, next to letters of any script',
    (_, pattern) => {
      expect(spanMatcher(pattern)(NEIGHBOURS)).toEqual(everyMatch(NEIGHBOURS, pattern));
    },
  );
});

// The scan scanCandidates stands for: the pattern as written, run from each resume point.
const referenceScan = (text: string, pattern: PatternText) => {
  const regex = new RegExp(pattern.source, pattern.flags);
  const spans: { start: number; end: number }[] = [];
  for (let from = 0; from <= text.length; ) {
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (match === null) break;
    const end = match.index + match[0].length;
    spans.push({ start: match.index, end });
    from = Math.max(end, match.index + 1);
  }
  return spans;
};

describe('patterns kept as text (textPattern)', () => {
  // Bodies whose shorter matches end before a separator: where a non-ASCII letter follows the
  // longest one, the Unicode lookahead makes the regex fall back to a shorter match.
  const PATTERNS: readonly [string, PatternText][] = [
    ['a whole token', token('\\d{3}(?: \\d{3})?')],
    ['a whole token with optional groups', token('\\d{2}(?:[-.]?\\d{2}){0,3}')],
    [
      'a token not joined by - / . either',
      textPattern(
        '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-/.])\\d{3}(?:[ .]\\d{3})?(?![\\p{L}\\p{N}]|[-/.][\\p{L}\\p{N}])',
        'gu',
      ),
    ],
    ['a lookbehind only', textPattern('(?<![\\p{L}\\p{N}])\\d{3}(?: \\d{3})?', 'gu')],
  ];
  const PARTS = ['123', '456', '12', ' ', '.', '-', '/', 'é', 'a', '𝐀', '٣', 'Ω', '\u0301', '_'];

  it.each(PATTERNS)('%s: scanCandidates finds what the pattern as written finds', (_, pattern) => {
    const whole = (start: number, end: number) => ({ start, end });
    for (const text of [
      '123 456é',
      '123 456-é',
      '123.456.𝐀',
      'é123 456',
      '12-34-56٣',
      '123 4567',
    ]) {
      expect(scanCandidates(text, pattern, whole)).toEqual(referenceScan(text, pattern));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scanCandidates(text, pattern, whole)).toEqual(referenceScan(text, pattern));
        expect(spanMatcher(pattern)(text)).toEqual(referenceScan(text, pattern));
        expect(scanCandidatesAt(text, pattern, digitRunStarts(2), whole)).toEqual(
          referenceScan(text, pattern).filter(({ start }) => /\d/.test(text.charAt(start))),
        );
      }),
      { numRuns: 600, seed: 20261129 },
    );
  });

  it('falls back to the shorter match the Unicode lookahead leaves', () => {
    const whole = (start: number, end: number) => ({ start, end });
    const spans = scanCandidates('Nr. 123 456é', token('\\d{3}(?: \\d{3})?'), whole);

    expect(spans).toEqual([{ start: 4, end: 7 }]);
  });
});

describe('nearChar', () => {
  const CANDIDATE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}/gu;
  const whole = (start: number, end: number) => ({ start, end });

  it.each([
    ['no at sign', 'plain text with no address at all'],
    ['addresses far apart', `a@b.de ${'word '.repeat(40)}anna.muster@mailbox.org and x@y.fr`],
    ['a local part of the longest length', `${'x'.repeat(70)}@mailbox.org`],
  ])('lets scanCandidates find what a plain scan finds (%s)', (_, text) => {
    expect(scanCandidates(text, CANDIDATE, whole, nearChar('@', 64))).toEqual(
      everyMatch(text, CANDIDATE),
    );
  });
});

// The patterns declared with a start index in the recognizers, each with that index.
const INDEXED: readonly [string, PatternText, StartsOf][] = [
  ['seven digits (ie.pps)', token('\\d{7} ?[A-Wa-w][A-Za-z]?'), digitRunStarts(7)],
  [
    'four digits, ten in joined groups (se.personnummer)',
    token('(?:\\d{2})?\\d{4}-?\\d{2}[-+ ]?\\d{4}'),
    joinedRunStarts(4, 10),
  ],
  [
    'four digits, twenty in joined groups (es.ccc)',
    token('\\d{4}[ -]?\\d{4}[ -]?\\d{2}[ -]?\\d{10}'),
    joinedRunStarts(4, 20),
  ],
  ['six digits (fi.hetu)', token('\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Ya-y]'), digitRunStarts(6)],
  [
    'a whole token (it.codicefiscale)',
    token('[A-Za-z]{6}\\d{2}[A-Za-z]\\d{2}[A-Za-z]\\d{3}[A-Za-z]'),
    tokenStarts(16, 16),
  ],
  [
    'two letters, two digits (IBAN)',
    /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2}[A-Za-z0-9 .\u00a0/_-]{8,44}/gu,
    codeStarts,
  ],
  [
    'two capitals, two digits glued to a word (IBAN)',
    /(?<=(?<![A-Za-z0-9])[A-Za-z]+)[A-Z]{2}\d{2}[A-Za-z0-9 .\u00a0/_-]{8,44}/g,
    gluedCodeStarts,
  ],
  // The recognizers' own patterns and indexes: widening a pattern's gaps must fail here.
  ['two digits then six, or eight (de.svnr)', SVNR, SVNR_STARTS],
  ['groups across a slash (de.stnr)', STNR_SLASHED, STNR_STARTS],
  ['an office, a dash and a slash (at.tin)', AT_TIN, AT_TIN_STARTS],
  ['capitalised words (person names)', CAPITALISED, capitalStarts],
  [
    'two letters, two digits (NINO)',
    token('[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]'),
    codeStarts,
  ],
];

const PIECES = [
  '1',
  '23',
  '1234',
  '123456',
  '1234567',
  '-',
  '+',
  ' ',
  '/',
  '.',
  'A',
  'de',
  'X',
  'DE',
]
  .concat(['é', 'ab', 'RSSMRA85T10A562S', 'DE89 3704', '\u00a0', 'Ω', 'Anna', 'ÖZ', 'Łukasz'])
  .concat(['McD', '𝐀b', "O'", '’', '_', 'ö', '\u0301']);

describe('scanCandidates on astral letters', () => {
  it.each(['ö𝐀b', 'grüße ö𝐀bc und ö𝐀b.', 'a𝐀b𝐀b𝐀b'])(
    'moves past a rejected candidate that starts with a surrogate pair: %s',
    (text) => {
      let steps = 0;
      const counted = (_: string, from: number): number => {
        steps += 1;
        if (steps > 4 * text.length) throw new Error('the scan made no progress');
        return from;
      };

      expect(scanCandidates(text, CAPITALISED, (start, end) => ({ start, end }), counted)).toEqual(
        [],
      );
    },
  );
});

describe('scanCandidatesAt', () => {
  it.each(INDEXED)('finds what a scan of the whole text finds: %s', (_, pattern, starts) => {
    assertSameAsWholeScan(pattern, starts, PIECES);
  });

  // Groups of the lengths those patterns pair, with every gap they allow.
  const PAIRED = ['12', '123', '12345', '123456', '1234', 'A', 'b', ' ', '-', '/'];
  const GAPS = ['\n', '\r\n', ' \r\n', ' \n', '  ', '\u00e9'];
  it.each(INDEXED.filter(([name]) => /svnr|stnr|at\.tin/.test(name)))(
    'finds what a scan finds among paired groups and line breaks: %s',
    (_, pattern, starts) => {
      assertSameAsWholeScan(pattern, starts, [...PAIRED, ...GAPS], 3000);
    },
  );

  // Each at the edge of what its index allows: the widest gap, each glued form, each length.
  it.each([
    ['two digits then six, or eight (de.svnr)', '12 \r\n345678 \r\nA \r\n123'],
    ['two digits then six, or eight (de.svnr)', '12345678A123'],
    ['groups across a slash (de.stnr)', '12345 \r\n/ \r\n12345 / 1234'],
    ['groups across a slash (de.stnr)', '12/123'],
    ['an office, a dash and a slash (at.tin)', '12 \r\n- \r\n345/6789'],
    ['an office, a dash and a slash (at.tin)', '12345/6789'],
  ])('finds the match a scan finds at the edge of its index: %s, %j', (name, text) => {
    const [, pattern, starts] = INDEXED.find(([entry]) => entry === name) ?? [];
    if (pattern === undefined || starts === undefined) throw new Error(`no pattern ${name}`);
    const whole = (start: number, end: number) => ({ start, end });
    const scanned = scanCandidates(text, pattern, whole);

    expect(scanned).toHaveLength(1);
    expect(scanCandidatesAt(text, pattern, starts, whole)).toEqual(scanned);
  });

  // Digit groups that often add up to whole numbers of those schemes, so matches are many.
  const GROUPS = ['1234', '12', '1234567890', '811228', '9874', ' ', '-', '+', '.', 'a', '\n'];
  it.each(INDEXED.filter(([name]) => name.includes('joined groups')))(
    'finds what a scan finds among digit groups: %s',
    (_, pattern, starts) => {
      assertSameAsWholeScan(pattern, starts, GROUPS, 3000);
    },
  );

  it('tries the pattern only where the index says a match may start', () => {
    const text = 'ref 12345 and 1234567A, code 7654321B';

    expect(Array.from(digitRunStarts(7)(text))).toEqual([14, 29]);
    expect(Array.from(tokenStarts(8, 8)(text))).toEqual([14, 29]);
    expect(codeStarts('IBAN DE89 3704 or de 12 but not XDE89')).toEqual([5, 18]);
    expect(codeStarts('IBAN NO\n0560 or ES\r\n58 or ES \n58, not DE\n\n89')).toEqual([5, 16, 26]);
    expect(gluedCodeStarts('IBAN DE89, XDE89, IBANde12, x1DE89 and XD8')).toEqual([12, 22]);
  });

  // The run and token ranges share one table per text: a range added after a text was indexed,
  // a range asked for twice and texts that alternate all give each range its own starts.
  it('gives each run or token range its starts, whatever the order ranges and texts come in', () => {
    const first = 'ab 1 22 333 4444 55555 abcdefgh 1234567890123';
    const second = '999999 x 88';
    const atLeastTwo = digitRunStarts(2);

    expect(Array.from(atLeastTwo(first))).toEqual([5, 8, 12, 17, 32]);
    const atLeastFour = digitRunStarts(4);
    expect(Array.from(atLeastFour(first))).toEqual([12, 17, 32]);
    expect(Array.from(digitRunStarts(2)(second))).toEqual([0, 9]);
    expect(Array.from(atLeastTwo(first))).toEqual([5, 8, 12, 17, 32]);
    expect(Array.from(digitRunStarts(99)(first))).toEqual([]);
    expect(Array.from(tokenStarts(3, 5)(first))).toEqual([8, 12, 17]);
    expect(Array.from(tokenStarts(8, 13)(first))).toEqual([23, 32]);
    expect(Array.from(tokenStarts(13, 13)(second))).toEqual([]);
    expect(Array.from(tokenStarts(1, 2)(second))).toEqual([7, 9]);
  });

  it('keeps the starts given for one text when another text is indexed (no shared buffer)', () => {
    const runs = digitRunStarts(3);
    const before = runs('a 123 b 4567');
    runs('99999 88888 77777 66666');

    expect(Array.from(before)).toEqual([2, 8]);
  });
});

describe('isSoftBreak', () => {
  const at = (text: string) => text.indexOf('\n');

  it.each([
    ['a break between two words', 'she is on\nchemotherapy'],
    ['a break between two digit groups', 'FR76 0121\n2088'],
    ['a Windows break', 'she is on\r\nchemotherapy'],
    ['a format=flowed break (a space before it)', 'she is on \r\nchemotherapy'],
    ['a break after punctuation', 'Diagnose:\nDiabetes'],
  ])('is soft for %s', (_case, text) => {
    expect(isSoftBreak(text, at(text))).toBe(true);
  });

  it.each([
    ['a blank line after it', 'she is on\n\nchemotherapy'],
    ['an indented next line', 'she is on\n  chemotherapy'],
    ['a blank line before it', 'she is on\n\nchemotherapy'.replace('on\n', 'on\n \n')],
    ['a break that opens the text', '\nchemotherapy'],
    ['a break that ends the text', 'she is on\n'],
    ['two spaces before it', 'she is on  \nchemotherapy'],
    ['no line feed there', 'she is on chemotherapy'],
  ])('is hard for %s', (_case, text) => {
    expect(isSoftBreak(text, Math.max(0, at(text)))).toBe(false);
  });
});

describe('layoutOf', () => {
  const flag = (holds: boolean, value: number): number => (holds ? value : 0);
  // The same flags from whole-text patterns: what the one pass over the text must agree with.
  const expected = (text: string): number =>
    flag(/[^ \t\r\n](?:\t| [ \t])/.test(text), LAYOUT_SPACING) |
    flag(/[^ \t\r\n] [-\u2013\u2014\u00b7\u2022] /.test(text), LAYOUT_SPACED_DASH) |
    flag(/[\u0300-\u036f]/.test(text), LAYOUT_COMBINING) |
    flag(/\r|[ \t]\n/.test(text), LAYOUT_BLANK_BEFORE_BREAK) |
    flag(/[<\u00b7\u2013\u2014\u2022]/.test(text), LAYOUT_TAG_OR_JOINER) |
    flag(/(?:^|\n)>/.test(text), LAYOUT_QUOTED) |
    flag(/[\u0370-\u03ff]/.test(text), LAYOUT_GREEK) |
    flag(/[\u0400-\u052f]/.test(text), LAYOUT_CYRILLIC) |
    flag(/[A-Za-z][\u0370-\u052f]|[\u0370-\u052f][A-Za-z]/.test(text), LAYOUT_MIXED_SCRIPT) |
    flag(/[\u2460-\u24ff\u2776-\u2793]|\ud83c[\udd00-\udd89]/.test(text), LAYOUT_ENCLOSED) |
    flag(/[\u1d00\ua731]/.test(text), LAYOUT_SMALL_CAPITAL) |
    flag(/[^\u2000-\uffff\u00a9\u00ae][\ufe0e\ufe0f](?!\u20e3)/.test(text), LAYOUT_SELECTOR) |
    flag(/[\u2800-\u28ff]/.test(text), LAYOUT_BRAILLE);

  it('property: flags what whole-text patterns find', () => {
    const chars = [
      ' ',
      '\t',
      '\r',
      '\n',
      '-',
      '\u2013',
      '\u00b7',
      '<',
      '>',
      'a',
      'Z',
      '1',
      'é',
      '\u0301',
      '\u0430',
      '\u03bf',
      '\u24d0',
      '\u278a',
      '\ud83c\udd50',
      '\u1d00',
      '\u0280',
      '\u026a',
      '\ua731',
      '\u01eb',
      '\u1d09',
      '\ufe0e',
      '\ufe0f',
      '\u2801',
      '\u2800',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(layoutOf(text)).toBe(expected(text));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });

  it.each([
    ['indentation only', '{\n    "id": 1,\n\t"ok": true\n}', 0],
    ['two spaces after a word', 'Mr  Clarke', LAYOUT_SPACING],
    ['a spaced dash', '65 - 929', LAYOUT_SPACED_DASH],
    ['a flowed line end', 'sclérose en \nplaques', LAYOUT_BLANK_BEFORE_BREAK],
    ['markup', '<p>Anna</p>', LAYOUT_TAG_OR_JOINER],
    ['a reply quote', 'Anna wrote:\n> Hallo', LAYOUT_QUOTED],
    ['a greater-than sign inside a line', 'if a > b', 0],
    ['circled letters', '\u24d9\u24d0', LAYOUT_ENCLOSED],
    ['a negative squared capital', '\u{1f170}', LAYOUT_ENCLOSED],
    ['a flag (regional indicators)', '\u{1f1e9}\u{1f1ea}', 0],
    ['small capitals', '\u1d0b\u1d00\u0280', LAYOUT_SMALL_CAPITAL],
    ['IPA letters that are no small capital', '[\u02c8k\u0259\u0283]', 0],
    ["the IPA block's small capitals alone", '[\u0280\u026a\u028f]', 0],
    ['a selector after a letter', 'a\ufe0e', LAYOUT_SELECTOR],
    ['an emoji with its selector', '\u2764\ufe0f \u{1f3f3}\ufe0f \u00a9\ufe0f', 0],
    ['a keycap', 'x 1\ufe0f\u20e3', LAYOUT_PICTOGRAPH],
    ['Braille', '\u2801\u2803', LAYOUT_BRAILLE],
    [
      'a Cyrillic look-alike inside a Latin word',
      'Nov\u0430k',
      LAYOUT_CYRILLIC | LAYOUT_MIXED_SCRIPT,
    ],
    [
      'a Latin look-alike inside a Cyrillic word',
      '\u041fe\u0442\u0440\u043e\u0432\u0430',
      LAYOUT_CYRILLIC | LAYOUT_MIXED_SCRIPT,
    ],
    ['a Greek look-alike opening a Latin word', '\u039fslo', LAYOUT_GREEK | LAYOUT_MIXED_SCRIPT],
    [
      'Cyrillic and Latin words apart',
      '\u041c\u043e\u0441\u043a\u0432\u0430 and Berlin',
      LAYOUT_CYRILLIC,
    ],
    ['Greek after a digit or a hyphen', '5\u03bc, IL-\u03b2', LAYOUT_GREEK],
  ])('flags %s', (_case, text, flags) => {
    expect(layoutOf(text)).toBe(flags);
  });
});

describe('handleJoins', () => {
  it('property: finds every joiner between two lower-case Latin letters, as a pattern would', () => {
    const chars = ['a', 'z', 'Z', 'é', 'ß', 'Ω', '1', '.', '_', '-', ' ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(/(?<=[a-z\u00df-\u024f])[._-](?=[a-z\u00df-\u024f])/g)];
        expect(Array.from(handleJoins(text))).toEqual(expected.map((match) => match.index));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});
