import { lowerCaseLetters } from './case-view.js';
import { capitalisedWords, lineAt } from './lexicon/tokens.js';
import { type TextView, viewRecognizer } from './normalise.js';

/**
 * The text with each line written in capitals ('PATIENT PRIYA ROBINSON WAS ADMITTED', what the
 * name tokens call shouted: no lower-case letter and two words in capitals) in lower case, letter
 * for letter, so offsets in it are offsets in the text. Undefined when no line is in capitals (the
 * name tokens, built for every text, tell it: no pass of its own).
 */
export const shoutingLowered = (text: string): string | undefined => {
  const parts: string[] = [];
  let copied = 0;
  let lineEnd = -1;
  for (const token of capitalisedWords(text).list) {
    if (token.cased || !token.upper || token.start < lineEnd) continue;
    const line = lineAt(text, token.start);
    lineEnd = line.end;
    parts.push(text.slice(copied, line.start), lowerCaseLetters(text.slice(line.start, line.end)));
    copied = line.end;
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(copied));
  return parts.join('');
};

/** A view of the same length: each code unit is where it was written. */
const sameOffsets = (text: string): TextView => ({
  text,
  originalStart: (offset) => offset,
  originalEnd: (offset) => offset + 1,
});

/**
 * Runs `scan` on the text with its lines in capitals read in lower case, when it has any: a
 * capital tells nothing on such a line (every word has one), so it is read as a text written in
 * lower case is, by the rules for speech to text and chat ("priya robinson was admitted", "ask
 * karim"). OCR of forms, telex-style notes and shouted messages are written so. What the text as
 * written gave is kept too (fail closed).
 */
export const shoutedTextRecognizer = viewRecognizer('shouted', (text) => {
  const view = shoutingLowered(text);
  return view === undefined ? undefined : sameOffsets(view);
});
