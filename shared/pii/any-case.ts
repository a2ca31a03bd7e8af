/**
 * Case-insensitive words for patterns that also use Unicode classes (\p{L}): V8 takes
 * milliseconds to compile such a pattern with the 'i' flag (it closes every class under case
 * folding), and most of them are compiled on a cold start's first call. Each letter is written as
 * the class of what /iu matches for it instead, so the pattern needs no 'i'.
 */

import { LETTER } from './letters.js';

// What Unicode's simple case folding joins to a letter beyond its upper and lower case.
const MORE: Readonly<Record<string, string>> = {
  k: '\u212a', // Kelvin sign
  s: '\u017f', // long s
  ß: '\u1e9e', // capital sharp s
  å: '\u212b', // Angstrom sign
};

/** The characters /iu counts as `char`, `char` first. */
const caseVariants = (char: string): string[] => {
  const lower = char.toLowerCase();
  const variants = new Set<string>([char]);
  for (const variant of [lower, char.toUpperCase(), lower.toUpperCase()]) {
    if (variant.length === 1) variants.add(variant);
  }
  for (const extra of MORE[lower] ?? '') variants.add(extra);
  return [...variants];
};

/** The letters /iu counts as `char`, as a class (or the character itself when it has no case). */
export const anyCaseChar = (char: string): string => {
  const variants = caseVariants(char);
  return variants.length === 1 ? char : `[${variants.join('')}]`;
};

/** Words (letters, spaces and regex-free punctuation) as /iu would read them, without 'i'. */
export const anyCase = (words: string): string =>
  [...words].map((char) => (LETTER.test(char) ? anyCaseChar(char) : char)).join('');

// How many letters of a word the quick test compares
const OPENING = 4;
// A word's first letters where a word starts
const WORD_START = new RegExp(`(?<![\\p{L}\\p{M}])\\p{L}{1,${OPENING}}`, 'gu');
// Letters whose lower case is not what the others /iu joins to them lower-case to
const FOLD: Readonly<Record<string, string>> = { ſ: 's', ς: 'σ', ı: 'i', ϐ: 'β', ϑ: 'θ', ϕ: 'φ' };
const foldLetter = (char: string): string => {
  const lower = char.toLowerCase();
  return FOLD[lower] ?? lower;
};
const foldLetters = (letters: string): string => {
  let folded = '';
  for (const char of letters) folded += foldLetter(char);
  return folded;
};

/**
 * A quick test for whether a text may hold one of `words` (as anyCase spells them) where a word
 * starts: whether one of its words opens with the letters one of them opens with (up to four, up
 * to the first character that is no letter), in any case the pattern accepts. False only where
 * none can stand; true where one may, for the pattern to decide. A window most names stand in
 * holds none of a long list's words, and its pattern, tried at every position, costs far more.
 */
export const mayHoldWord = (words: readonly string[]): ((text: string) => boolean) => {
  // The words' folded openings by their length
  const openings = Array.from({ length: OPENING + 1 }, () => new Set<string>());
  for (const word of words) {
    let letters = '';
    for (const char of word) {
      if (letters.length === OPENING || !LETTER.test(char)) break;
      // Each case the pattern accepts for the letter (the first also from its lower case, as
      // byFirstLetter spells it) must fold alike, or there is nothing safe to sift by.
      const variants = caseVariants(char);
      if (letters === '') variants.push(...caseVariants(char.toLowerCase()));
      const folded = foldLetter(char);
      if (folded.length !== 1 || variants.some((variant) => foldLetter(variant) !== folded)) {
        return () => true;
      }
      letters += folded;
    }
    if (letters === '') return () => true;
    openings[letters.length]?.add(letters);
  }
  const lengths = openings.flatMap((set, length) => (set.size > 0 ? [length] : []));
  return (text) => {
    WORD_START.lastIndex = 0;
    for (let start = WORD_START.exec(text); start !== null; start = WORD_START.exec(text)) {
      const folded = foldLetters(start[0]);
      for (const length of lengths) {
        if (length <= folded.length && openings[length]?.has(folded.slice(0, length)) === true) {
          return true;
        }
      }
    }
    return false;
  };
};
