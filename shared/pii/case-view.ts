import { capitalStarts } from './spans.js';

// A text with fewer capitalised words than one in this many characters is written in lower case
// ("i live at 137 park drive, bristol vi1 2sh"): a sentence in the usual case opens with one.
const CHARS_PER_CAPITAL = 120;
const LOWER_LETTER = /\p{Ll}/u;

/** Whether the text is written in lower case (the capitals index, built for names, is reused). */
export const writtenInLowerCase = (text: string): boolean =>
  capitalStarts(text).length * CHARS_PER_CAPITAL <= text.length && LOWER_LETTER.test(text);

const LOWER_LETTERS = /\p{Ll}/gu;
const UPPER_LETTERS = /\p{Lu}/gu;

/** Each letter the pattern matches mapped, unless its mapping is longer: offsets stay. */
const letterForLetter = (text: string, letters: RegExp, map: (letter: string) => string): string =>
  text.replace(letters, (letter) => {
    const mapped = map(letter);
    return mapped.length === letter.length ? mapped : letter;
  });

let cachedText: string | undefined;
let cachedView = '';

/**
 * The text in capitals, letter for letter: a letter whose capital is longer ('ß' → 'SS') stays as
 * it is, so offsets in the view are offsets in the text. Memoised for the last text.
 */
export const upperView = (text: string): string => {
  if (text !== cachedText) {
    // A letter of two code units stays as it is (Deseret, Osage: no text of ours).
    cachedView = letterForLetter(text, LOWER_LETTERS, (letter) =>
      letter.length === 1 ? letter.toUpperCase() : letter,
    );
    cachedText = text;
  }
  return cachedView;
};

/** The text in lower case, letter for letter: a letter whose lower case is longer ('İ') stays. */
export const lowerCaseLetters = (text: string): string =>
  letterForLetter(text, UPPER_LETTERS, (letter) => letter.toLowerCase());
