import { AMBIGUOUS_NAMES, FIRST_NAMES, LAST_NAMES } from '../data/names.js';

const FIRST = 1;
const LAST = 2;
const AMBIGUOUS = 4;

// Everyday English words and places that faker's word lists do not carry.
const MORE_AMBIGUOUS = [
  ...['will', 'mark', 'grace', 'bill', 'art', 'faith', 'dawn', 'eve', 'ivy', 'iris', 'lily'],
  ...['jade', 'ruby', 'amber', 'angel', 'hunter', 'mason', 'carter', 'cooper', 'prince', 'sky'],
  ...['river', 'stone', 'florence', 'sydney', 'austin', 'dallas', 'virginia', 'carolina'],
  ...['chelsea', 'santa', 'price', 'green', 'said', 'can', 'an', 'is', 'ok', 'dr'],
  // Cities that are also first names.
  ...['milano', 'roma', 'verona', 'florencia', 'firenze', 'venezia', 'siena', 'genova', 'paris'],
  ...['lyon', 'nice', 'lourdes', 'valencia', 'sevilla', 'granada', 'victoria', 'lisboa', 'porto'],
  ...['fatima', 'berlin', 'dresden', 'bremen', 'hamburg', 'london', 'dublin', 'cork', 'kingston'],
  ...['lincoln', 'chester', 'warszawa', 'lublin', 'malmö', 'malmo', 'kristiansand', 'sofia'],
];

/** One map from folded word to what it is (first name, surname, ambiguous), built once. */
const buildFlags = (): ReadonlyMap<string, number> => {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  mark(FIRST_NAMES.join(' ').split(' '), FIRST);
  mark(LAST_NAMES.join(' ').split(' '), LAST);
  mark(AMBIGUOUS_NAMES.join(' ').split(' '), AMBIGUOUS);
  mark(MORE_AMBIGUOUS, AMBIGUOUS);
  return flags;
};

const FLAGS = buildFlags();

/** What a folded word is in the gazetteers: a bit set of nameFlags' values (0 if nothing). */
export const nameFlags = (folded: string): number => FLAGS.get(folded) ?? 0;

/** Whether a folded word is a first name in the gazetteer. */
export const isFirstName = (folded: string): boolean => (nameFlags(folded) & FIRST) !== 0;

/** Whether a folded word is a surname in the gazetteer. */
export const isLastName = (folded: string): boolean => (nameFlags(folded) & LAST) !== 0;

/** Whether a folded word is a known name of either kind. */
export const isKnownName = (folded: string): boolean => (nameFlags(folded) & (FIRST | LAST)) !== 0;

/** Whether a folded name is also an everyday word or a place ('Rose', 'Will', 'Paris'). */
export const isAmbiguousName = (folded: string): boolean => (nameFlags(folded) & AMBIGUOUS) !== 0;

/** The bits of nameFlags. */
export const NAME_FLAGS = { FIRST, LAST, AMBIGUOUS } as const;
