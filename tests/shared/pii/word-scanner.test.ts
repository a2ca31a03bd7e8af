import {
  compileWordScanner,
  type ScanWord,
  serializeWordScanner,
} from '../../../shared/pii/word-scanner.js';

const word = (text: string, group: number, bounds: Partial<ScanWord> = {}): ScanWord => ({
  text,
  groups: [group],
  left: false,
  right: false,
  ...bounds,
});

const unfolded = (code: number): number => code;
const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

const found = (words: readonly ScanWord[], text: string, fold = unfolded) =>
  compileWordScanner(
    words,
    fold,
  )(text).map((hit) => ({
    word: text.slice(hit.start, hit.end),
    groups: hit.groups,
  }));

describe('compileWordScanner', () => {
  it('folds the text on the fly and reports offsets of the unfolded text', () => {
    const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
    const scan = compileWordScanner([word('tax id', 1, { left: true, right: true })], lower);

    expect(scan('Your TAX-ID: 1; taxidx 2').map(({ start, end }) => [start, end])).toEqual([
      [5, 11],
    ]);
  });

  it('finds every word, overlapping ones included', () => {
    const words = [word('sozialversicherung', 1), word('versicherungsnummer', 2)];

    expect(found(words, 'sozialversicherungsnummer')).toEqual([
      { word: 'sozialversicherung', groups: [1] },
      { word: 'versicherungsnummer', groups: [2] },
    ]);
  });

  it('reads a run of up to three separators, or none, where a word has a space', () => {
    const words = [word('tax id', 1)];

    expect(found(words, 'tax-id tax_id taxid tax. id').map((hit) => hit.word)).toEqual([
      'tax-id',
      'tax_id',
      'taxid',
      'tax. id',
    ]);
    expect(found(words, 'tax    id')).toEqual([]);
  });

  it('checks word boundaries on the text itself', () => {
    const words = [word('nif', 1, { left: true, right: true }), word('pesel', 2, { left: true })];

    expect(found(words, 'manifest nifty nif peselu xpesel').map((hit) => hit.word)).toEqual([
      'nif',
      'pesel',
    ]);
  });

  // Attribute and key names in camel case: a word ends where the case turns.
  it.each([
    ['a word before a capital', 'cnpAsig', ['cnp']],
    ['an acronym before a word', 'CNPAsig', ['CNP']],
    ['a word after a word of two letters', 'patientBsn', ['Bsn']],
    ['a word between two', 'xmlBsnNummer', ['Bsn']],
  ])('ends a short word where camel case turns: %s', (_case, text, words) => {
    const list = [
      word('cnp', 1, { left: true, right: true }),
      word('bsn', 2, { left: true, right: true }),
    ];

    expect(found(list, text, lower).map((hit) => hit.word)).toEqual(words);
  });

  it.each([
    ['an all-capital run', 'CNPASIG'],
    ['a lower-case run', 'cnpasig'],
    ['a capital after a capital', 'XCNPAsig'],
    ['a brand with a one-letter prefix', 'iBsn'],
    ['a word going on in lower case', 'Cnpasig'],
  ])('keeps a short word inside %s', (_case, text) => {
    const list = [
      word('cnp', 1, { left: true, right: true }),
      word('bsn', 2, { left: true, right: true }),
    ];

    expect(found(list, text, lower)).toEqual([]);
  });

  it('never matches across a character no word contains', () => {
    expect(found([word('tax id', 1)], 'tax#id')).toEqual([]);
  });

  it('reports a word once per place, with the sets it belongs to', () => {
    const words = [{ ...word('pesel', 1), groups: [1, 4] }];

    expect(found(words, 'pesel')).toEqual([{ word: 'pesel', groups: [1, 4] }]);
  });
});

describe('serializeWordScanner', () => {
  const words = [
    word('tax id', 1, { left: true, right: true }),
    word('sozialversicherung', 2),
    word('versicherungsnummer', 3),
    word('nif', 4, { left: true, right: true }),
  ];
  const texts = ['sozialversicherungsnummer', 'tax-id: 1, taxid 2, nifty nif', '', 'xx tax  id'];

  it.each(texts)('loads a scanner that finds what the compiled one finds: %j', (text) => {
    const compiled = compileWordScanner(words, unfolded);
    const loaded = compileWordScanner(words, unfolded, serializeWordScanner(words));

    expect(loaded(text)).toEqual(compiled(text));
  });
});
