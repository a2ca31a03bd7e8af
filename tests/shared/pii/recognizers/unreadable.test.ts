import { unreadableRecognizer } from '../../../../shared/pii/recognizers/unreadable.js';

const defects = (text: string) =>
  unreadableRecognizer.find(text).map(({ detail, start, end }) => ({ detail, start, end }));

describe('unreadableRecognizer', () => {
  it.each([
    ['a NUL byte', 'bin\u0000ary', [{ detail: 'nul', start: 3, end: 4 }]],
    ['replacement characters', 'a\ufffdb\ufffd', [{ detail: 'replacement', start: 1, end: 4 }]],
    ['a lone high surrogate', 'x\ud800y', [{ detail: 'lone-surrogate', start: 1, end: 2 }]],
    ['a lone low surrogate', '\udc00x', [{ detail: 'lone-surrogate', start: 0, end: 1 }]],
    ['control characters in bulk', 'ab\u0001\u0002cd', [{ detail: 'control', start: 2, end: 4 }]],
    [
      'C1 controls from a Latin-1 mis-decode',
      '\u0085\u0091text',
      [{ detail: 'control', start: 0, end: 2 }],
    ],
    [
      'C1 controls after a letter that opens no UTF-8 sequence they complete',
      'a\u00e2\u0080x\u0093\u0094y',
      [{ detail: 'control', start: 2, end: 6 }],
    ],
    [
      'several defects, one finding each',
      '\u0000\ufffd',
      [
        { detail: 'nul', start: 0, end: 1 },
        { detail: 'replacement', start: 1, end: 2 },
      ],
    ],
  ])('flags %s', (_case, text, expected) => {
    expect(defects(text)).toEqual(expected);
  });

  it.each([
    ['tabs, line feeds and carriage returns', 'a\tb\r\nc\n'],
    ['emoji made of surrogate pairs', 'ok 😀👍🏽'],
    ['accented and non-Latin text', 'Grüße, żółć, Ελλάδα, 東京'],
    ['one escape character in a long log line', `\u001b[31m${'x'.repeat(200)}`],
    ['an empty string', ''],
    [
      'UTF-8 read as Latin-1 (C1 controls inside its sequences)',
      'Lieferzeit 3\u00e2\u0080\u00935, \u00c5\u0081\u00c3\u00b3d\u00c5\u00ba',
    ],
  ])('accepts %s', (_case, text) => {
    expect(defects(text)).toEqual([]);
  });

  it('reports an unreadable finding with full score', () => {
    expect(unreadableRecognizer.find('\u0000')).toEqual([
      {
        type: 'UNREADABLE_CONTENT',
        category: 'unreadable',
        start: 0,
        end: 1,
        score: 1,
        recognizer: 'unreadable',
        detail: 'nul',
      },
    ]);
  });
});
