import { decodeCells, encodeCells } from '../../../../shared/pii/cells.js';
import { CONTEXT_AUTOMATON } from '../../../../shared/pii/data/context-automaton.js';
import { LEXICON_AUTOMATON } from '../../../../shared/pii/data/lexicon-automaton.js';
import {
  compileAutomaton,
  KEY_WORD,
  loadAutomaton,
} from '../../../../shared/pii/lexicon/automaton.js';
import {
  decodePatternTable,
  patternsOf,
  serializeLexicon,
  shapesOfKinds,
} from '../../../../shared/pii/lexicon/index.js';
import { compileWordScanner, type ScanWord } from '../../../../shared/pii/word-scanner.js';

// The key lines the context table was built from: "<left><right><groups>:<text>".
const scanWords: ScanWord[] = CONTEXT_AUTOMATON.words.split('\n').map((line) => {
  const colon = line.indexOf(':', 2);
  return {
    left: line[0] === '1',
    right: line[1] === '1',
    groups: line.slice(2, colon).split(',').map(Number),
    text: line.slice(colon + 1),
  };
});
// The lists' patterns: what the shipped table was built from (lexicon-automaton.test.ts).
const { patterns, kinds } = patternsOf();
const lower = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

const TEXTS = [
  'Steuer-ID 63696618781, Sozialversicherungsnummer, Krankenkasse: AOK; diabetes, depression',
  'Numéro de sécurité sociale, passeport, téléphone: le patient est diabétique',
  'PESEL 44051401359, numer dowodu, BSN, codice fiscale, tessera sanitaria, burn-out',
];

// Fewer cells, a whole number of them: decodes without a range error, so the checks must catch it.
const truncated = (encoded: string): string =>
  encoded.slice(0, Math.floor(encoded.length / 16) * 8);

/** The lexicon table with one cell changed: `at` counts from the start of the named region. */
const lexiconWith = (region: 'parent' | 'fail', at: number, value: number): string => {
  const cells = Array.from(decodeCells(LEXICON_AUTOMATON.machine));
  const [, states = 0, patternCount = 0, pairs = 0] = cells;
  const parents = 4 + 2 * pairs;
  const fails = parents + 2 * (states - 1) + states + patternCount;
  cells[(region === 'parent' ? parents : fails) + at] = value;
  return encodeCells(cells, 'a test table');
};

describe('the prebuilt automata as shipped', () => {
  it.each(TEXTS)('load and find what compiled ones find: %j', (text) => {
    expect(compileWordScanner(scanWords, lower, CONTEXT_AUTOMATON.machine)(text)).toEqual(
      compileWordScanner(scanWords, lower)(text),
    );
    expect(compileAutomaton(patterns, LEXICON_AUTOMATON.machine).scan(text)).toEqual(
      compileAutomaton(patterns).scan(text),
    );
    const { shapes } = decodePatternTable(LEXICON_AUTOMATON.patterns);
    expect(loadAutomaton(shapes, LEXICON_AUTOMATON.machine).scan(text)).toEqual(
      compileAutomaton(patterns).scan(text),
    );
  });

  it('refuse a damaged context table rather than scan with it', () => {
    expect(() =>
      compileWordScanner(scanWords, lower, truncated(CONTEXT_AUTOMATON.machine)),
    ).toThrow();
  });

  it('refuse a damaged lexicon table rather than scan with it (it could loop)', () => {
    expect(() => compileAutomaton(patterns, truncated(LEXICON_AUTOMATON.machine))).toThrow();
  });

  // Each would make the scan loop or read out of bounds; the size is right, so the checks of every
  // state must catch them.
  it.each([
    ['a parent after its child', lexiconWith('parent', 5, 60_000)],
    ['a failure link to a deeper state', lexiconWith('fail', 1, 30_000)],
  ])('refuse a lexicon table with %s', (_case, machine) => {
    expect(() => compileAutomaton(patterns, machine)).toThrow('damaged prebuilt table');
    expect(() => compileAutomaton(patterns, LEXICON_AUTOMATON.machine)).not.toThrow();
  });

  it.each([
    ['a kind out of range', `${LEXICON_AUTOMATON.patterns}\n999\t0\tword`],
    ['bad flags', `${LEXICON_AUTOMATON.patterns}\n0\t7\tword`],
    ['a line cut short', LEXICON_AUTOMATON.patterns.slice(0, -40).replace(/\t[^\t\n]*$/, '')],
    ['no kind', `${LEXICON_AUTOMATON.patterns}\n\t0\tword`],
    ['no second tab', `${LEXICON_AUTOMATON.patterns}\n0\t0`],
    ['an empty line', `${LEXICON_AUTOMATON.patterns}\n`],
  ])('refuse damaged lexicon patterns: %s', (_case, encoded) => {
    expect(() => decodePatternTable(encoded)).toThrow('the prebuilt lexicon patterns are damaged');
  });

  // The cold start reads kinds, flags and shapes off the text without a string per pattern: the
  // same as the lists' patterns give.
  it('read the same kinds, flags and shapes from the text as the patterns of the lists give', () => {
    const table = decodePatternTable(LEXICON_AUTOMATON.patterns);
    const flags = patterns.map(({ openStart, openEnd }) => (openStart ? 1 : 0) | (openEnd ? 2 : 0));

    expect([...table.kindOf].map((kind) => table.names[kind])).toEqual(kinds);
    expect([...table.open]).toEqual(flags);
    expect(table.shapes).toEqual(shapesOfKinds(patterns, kinds));
    expect(table.shapes.closedStart.some((closed) => closed === KEY_WORD)).toBe(true);
    expect(table.shapes.closedEnd.some((closed) => closed === 0)).toBe(true);
    expect(table.shapes.closedStart.some((closed) => closed === 0)).toBe(true);
  });

  it('decode the patterns the lists compile to', () => {
    expect(decodePatternTable(serializeLexicon().patterns)).toEqual(
      decodePatternTable(LEXICON_AUTOMATON.patterns),
    );
    expect(patterns.length).toBeGreaterThan(4000);
  });
});
