import { capitalStarts } from './spans.js';

// A text with fewer capitalised words than one in this many characters is written in lower case
// ("i live at 137 park drive, bristol vi1 2sh"): a sentence in the usual case opens with one.
const CHARS_PER_CAPITAL = 120;
const LOWER_LETTER = /\p{Ll}/u;

/** Whether the text is written in lower case (the capitals index, built for names, is reused). */
export const writtenInLowerCase = (text: string): boolean =>
  capitalStarts(text).length * CHARS_PER_CAPITAL <= text.length && LOWER_LETTER.test(text);

const LOWER_LETTERS = /\p{Ll}/gu;

let cachedText: string | undefined;
let cachedView = '';

/**
 * The text in capitals, letter for letter: a letter whose capital is longer ('ß' → 'SS') stays as
 * it is, so offsets in the view are offsets in the text. Memoised for the last text.
 */
export const upperView = (text: string): string => {
  if (text !== cachedText) {
    cachedView = text.replace(LOWER_LETTERS, (letter) => {
      const upper = letter.toUpperCase();
      return upper.length === 1 ? upper : letter;
    });
    cachedText = text;
  }
  return cachedView;
};
