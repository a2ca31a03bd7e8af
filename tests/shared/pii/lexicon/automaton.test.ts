import fc from 'fast-check';
import {
  compileAutomaton,
  type Pattern,
  serializeAutomaton,
} from '../../../../shared/pii/lexicon/automaton.js';
import { foldCode } from '../../../../shared/pii/lexicon/fold.js';
import { isWordChar } from '../../../../shared/pii/spans.js';

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

/** Every match by trying each pattern at each offset: what the automaton must find, in one pass. */
const naiveScan = (patterns: readonly Pattern[], text: string): string[] => {
  const unit = (code: number): number => {
    const folded = foldCode(code);
    return folded === 45 || folded === 95 ? 32 : folded;
  };
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    const { text: term } = pattern;
    for (let start = 0; start + term.length <= text.length; start++) {
      let equal = true;
      for (let k = 0; k < term.length && equal; k++) {
        equal = unit(text.charCodeAt(start + k)) === unit(term.charCodeAt(k));
      }
      const end = start + term.length;
      if (!equal) continue;
      if (!pattern.openStart && /[a-z0-9]/.test(term.charAt(0)) && isWordChar(text, start - 1))
        continue;
      if (
        !pattern.openEnd &&
        /[a-z0-9]/.test(term.charAt(term.length - 1)) &&
        isWordChar(text, end)
      )
        continue;
      found.push(`${index}@${start}-${end}`);
    }
  });
  return found.sort();
};

describe('compileAutomaton against trying every pattern everywhere', () => {
  // Few letters, so patterns overlap, nest and meet inside words; with the separators, a
  // punctuation mark, an underscore (a word character and a separator) and capitals to fold.
  const letters = fc.constantFrom(...'abt');
  const patternText = fc
    .array(fc.constantFrom(...'abt ab.'), { minLength: 1, maxLength: 6 })
    .map((chars) => chars.join('').trim())
    .filter((text) => text.length > 0);
  const pattern = fc.record({ text: patternText, openStart: fc.boolean(), openEnd: fc.boolean() });
  const text = fc
    .array(fc.oneof(letters, fc.constantFrom(...'ABT -_.,1é')), { maxLength: 60 })
    .map((chars) => chars.join(''));

  it('finds exactly the matches that start and end where their pattern allows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pattern, { minLength: 1, maxLength: 8, selector: (p) => p.text }),
        text,
        (patterns, sample) => {
          const found = compileAutomaton(patterns)
            .scan(sample)
            .map(({ pattern: index, start, end }) => `${index}@${start}-${end}`)
            .sort();
          expect(found).toEqual(naiveScan(patterns, sample));
        },
      ),
      { seed: 20261129, numRuns: 2000 },
    );
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
