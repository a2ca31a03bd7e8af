import { classify } from '../../../shared/pii/classify.js';

// Mail clients and terminals wrap plain text at 40 to 78 columns by putting a line break where a
// space was: what a recognizer reads across a space it reads across such a soft break too. Blank
// lines, indented lines, and numbers in columns (tables, CSV, logs) are not joined.
// Identifiers are valid test data (python-stdnum, published test numbers); names are invented.

/** Personal texts that read as personal only across a wrapped line. */
const WRAPPED_PERSONAL: readonly (readonly [what: string, text: string])[] = [
  [
    'a health term wrapped after its cue (DE)',
    'Bei mir wurde letzte Woche eine\nAngststörung festgestellt.',
  ],
  [
    'a therapy on the next line (EN)',
    'Our tenant at flat 4 says she is on\nchemotherapy and asks for time.',
  ],
  [
    'an arrest on the next line (DE)',
    'Unser Hausmeister wurde letzte Woche\nwegen Diebstahls festgenommen.',
  ],
  ['a health term after a Windows break (EN)', 'My doctor says I have\r\ndiabetes.'],
];

/** Near misses: line breaks that end a clause or a number, and columns of numbers. */
const NOT_JOINED: readonly (readonly [what: string, text: string])[] = [
  [
    'a cue and a topic in separate paragraphs',
    'I wrote the notes\n\nDiabetes research is well funded.',
  ],
  [
    'a cue and an indented list of topics',
    'My reading list:\n  diabetes prevention\n  cancer screening',
  ],
];

describe('wrapped text', () => {
  it.each(WRAPPED_PERSONAL)('is personal: %s', (_what, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each(NOT_JOINED)('stays non-sensitive: %s', (_what, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
