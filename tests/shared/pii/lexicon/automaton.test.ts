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
  // A line break is one separator however it is written: a Windows break, or after the trailing
  // blanks format=flowed mail leaves. A blank line stays two.
  it.each([
    ['a line feed', 'my sclerose en\nplaques.', ['sclerose en\nplaques']],
    ['a Windows break', 'my sclerose en\r\nplaques.', ['sclerose en\r\nplaques']],
    ['a format=flowed break', 'my sclerose en \r\nplaques.', ['sclerose en \r\nplaques']],
    [
      'trailing blanks before a line feed',
      'my sclerose en \t \nplaques.',
      ['sclerose en \t \nplaques'],
    ],
    ['a break before the term', 'my\r\nsclerose en plaques.', ['sclerose en plaques']],
    ['a blank line', 'my sclerose en\r\n\r\nplaques.', []],
    ['two spaces (no line break)', 'my sclerose en  plaques.', []],
  ])('reads a term across %s', (_case, text, expected) => {
    expect(scan([word('sclerose en plaques')], text).map(([found]) => found)).toEqual(expected);
  });

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
