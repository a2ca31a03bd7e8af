import {
  compileAutomaton,
  type Pattern,
  serializeAutomaton,
} from '../../../../shared/pii/lexicon/automaton.js';

const word = (text: string): Pattern => ({ text, openStart: false, openEnd: false });

/** The matched text and the pattern index of every match. */
const scan = (patterns: readonly Pattern[], text: string): [string, number][] =>
  compileAutomaton(patterns)
    .scan(text)
    .map(({ pattern, start, end }) => [text.slice(start, end), pattern]);

describe('compileAutomaton', () => {
  it('finds overlapping patterns and patterns inside others in one pass', () => {
    const patterns = [word('he'), word('she'), word('his'), word('hers')];

    expect(scan(patterns, 'ushers he his')).toEqual([
      ['he', 0],
      ['his', 2],
    ]);
    expect(
      scan(
        patterns.map((p) => ({ ...p, openStart: true, openEnd: true })),
        'ushers',
      ),
    ).toEqual([
      ['she', 1],
      ['he', 0],
      ['hers', 3],
    ]);
  });

  it.each([
    ['a whole word', word('diabetes'), 'my diabetes.', ['diabetes']],
    ['not inside a longer word', word('diabetes'), 'prediabetesx', []],
    [
      'a prefix entry in a longer word',
      { ...word('diabet'), openEnd: true },
      'diabetic',
      ['diabet'],
    ],
    [
      'a suffix entry in a compound',
      { ...word('krankheit'), openStart: true },
      'Herzkrankheit',
      ['krankheit'],
    ],
    ['case and diacritics folded', word('fuhrerschein'), 'FÜHRERSCHEIN', ['FÜHRERSCHEIN']],
    [
      'a dash or underscore as a space',
      word('first name'),
      'first_name first-name',
      ['first_name', 'first-name'],
    ],
  ])('matches %s', (_case, pattern, text, expected) => {
    expect(scan([pattern], text).map(([found]) => found)).toEqual(expected);
  });

  it('treats a punctuation edge as already bounded', () => {
    expect(scan([word('geb.')], 'Max, geb.12.03.1985').map(([found]) => found)).toEqual(['geb.']);
  });

  it('reports offsets in the original text even where folding changes a character', () => {
    const [match] = compileAutomaton([word('muller')]).scan('Herr Müller');

    expect(match).toEqual({ pattern: 0, start: 5, end: 11 });
  });
});

describe('serializeAutomaton', () => {
  const patterns: Pattern[] = [
    { text: 'diabet', openStart: false, openEnd: true },
    { text: 'krankheit', openStart: true, openEnd: false },
    { text: 'burn out', openStart: false, openEnd: false },
    { text: 'muller', openStart: false, openEnd: false },
    { text: 'betes', openStart: true, openEnd: true },
  ];
  const texts = ['Diabetes und Herzkrankheit', 'burn-out, Burn Out', 'Herr Müller', ''];

  it.each(texts)('loads an automaton that finds what the compiled one finds: %j', (text) => {
    const loaded = compileAutomaton(patterns, serializeAutomaton(patterns));

    expect(loaded.scan(text)).toEqual(compileAutomaton(patterns).scan(text));
  });
});
