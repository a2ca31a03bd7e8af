import { classify } from '../../../../../shared/pii/classify.js';
import { findPersonNames } from '../../../../../shared/pii/lexicon/person-names.js';
import {
  CAMPSITE_WORDS,
  EATERY_WORDS,
  LIBRARY_WORDS,
  MUSEUM_WORDS,
  NUMBERED_ROOM_WORDS,
  PARISH_WORDS,
  SAINT_ABBREVIATIONS,
  SAINT_TITLES,
  WORSHIP_WORDS,
} from '../../../../../shared/pii/lexicon/terms/place-words.js';

const names = (text: string): string[] =>
  findPersonNames(text).map((name) => text.slice(name.start, name.end));

describe('the shared place words', () => {
  it.each([
    ['SAINT_TITLES', SAINT_TITLES],
    ['PARISH_WORDS', PARISH_WORDS],
    ['WORSHIP_WORDS', WORSHIP_WORDS],
    ['CAMPSITE_WORDS', CAMPSITE_WORDS],
    ['NUMBERED_ROOM_WORDS', NUMBERED_ROOM_WORDS],
    ['MUSEUM_WORDS', MUSEUM_WORDS],
    ['LIBRARY_WORDS', LIBRARY_WORDS],
    ['EATERY_WORDS', EATERY_WORDS],
  ])('%s: lower case, no entry twice', (_list, words) => {
    expect(words.every((word) => word === word.toLowerCase())).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });

  it('lists every abbreviation-only title among the titles', () => {
    for (const title of SAINT_ABBREVIATIONS) expect(SAINT_TITLES).toContain(title);
  });
});

describe('a saint title before a name', () => {
  it.each([
    'Kostel sv. Cyrila a Metoděje má nové varhany.',
    'Msza w kościele pw. św. Jana w niedzielę o 10:00.',
    'Parròquia de Sant Josep Oriol, horari de misses.',
    'Ikona „Св. Александър Невски“ е реставрирана.',
  ])('names the saint, no one living: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('needs the dot of a title written only abbreviated', () => {
    // 'Bł.' is the Polish "blessed"; 'Bl' without its dot is no title
    expect(names('Nasza parafia: Anna Kowalska jest chora.')).toEqual(['Anna Kowalska']);
    expect(names('Nasza parafia: Bł. Anna Kowalska jest patronką.')).toEqual([]);
    expect(names('Nasza parafia: Bl Anna Kowalska jest chora.')).toEqual(['Anna Kowalska']);
  });
});

describe('a numbered room, desk or office', () => {
  // One list serves a first name before its room (person-names.ts) and a person's word before it
  // (person-reference.ts): a word added for one reaches the other.
  it.each([
    [
      'a first name, with a room word first listed for person words',
      'schlüssel gefunden, gehört Will aus Zimmer 4',
    ],
    ['a first name before its desk', 'la Bea della postazione 22 è in malattia'],
    [
      'a person word, with an office first listed for first names',
      'the woman from office 12 has asthma',
    ],
    ['a person word before a room', 'Korisnik iz sobe 10 ima dijabetes.'],
  ])('tells its occupant: %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it('is no year after a first name that is also a word', () => {
    expect(names('Will aus Zimmer 4')).toEqual(['Will']);
    expect(names('Will aus 2019')).toEqual([]);
  });
});
