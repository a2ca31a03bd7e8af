import { countrySpecs, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Recognizer } from '../recognizer.js';
import {
  codeStarts,
  gluedCodeStarts,
  isAsciiLetterCode,
  isDigitCode,
  isWordChar,
  onlySoftBreaks,
  type Span,
  scanCandidatesAt,
  textPattern,
  toFinding,
} from '../spans.js';

// Country code, check digits, then a flat run of alphanumerics and the separators groups are
// written with (spaces, dots, dashes, slashes, underscores, and line breaks where a mail client
// wrapped a grouped IBAN); the country's IBAN length (from ibantools) decides where the IBAN ends
// inside the run.
const CANDIDATE = textPattern(
  String.raw`(?<![\p{L}\p{N}])[A-Za-z]{2}(?: ?\r?\n| )?\d{2}[A-Za-z0-9 .\u00a0/_\r\n-]{8,44}`,
  'gu',
);
// The same glued to the letters of a word before it ("xDE89…", "IBANDE89…"): an upper-case
// country code only, so that a lower-case word running into digits is not read as one.
const GLUED = /[A-Z]{2}\d{2}[A-Za-z0-9 .\u00a0/_\r\n-]{8,44}/g;
const SEPARATOR = /[ .\u00a0/_\r\n-]/;
const SEPARATORS = /[ .\u00a0/_\r\n-]/g;
const GROUP_SEPARATOR = /[ .\u00a0/_-]/;
const WRAPPED_COUNTRY = /^[A-Za-z]{2} ?\r?\n/;
const UNDERSCORE = 95;

/** The span holding the first `length` alphanumerics of the candidate, or undefined if shorter. */
const takeAlphanumerics = (text: string, start: number, end: number, length: number) => {
  let seen = 0;
  for (let i = start; i < end; i++) {
    if (SEPARATOR.test(text.charAt(i))) continue;
    seen += 1;
    if (seen === length) return { start, end: i + 1 };
  }
  return undefined;
};

/**
 * Whether the IBAN ending at `end` runs on into a longer token: digits or other letters do, but
 * a word of ASCII letters glued to its last digit ("…3000EUR") does not, nor an underscore. A
 * last letter cut from a word ("…2345 znajduje") is not an IBAN's end.
 */
const runsOn = (text: string, end: number): boolean => {
  let after = end;
  while (isAsciiLetterCode(text.charCodeAt(after))) after += 1;
  if (after > end && !isDigitCode(text.charCodeAt(end - 1))) return true;
  return isWordChar(text, after) && text.charCodeAt(after) !== UNDERSCORE;
};

/**
 * An IBAN across lines is one written in groups that a mail client wrapped (soft line breaks
 * only, a space, dot, dash, slash or underscore among its separators): not a compact code in one row of a table and digits in
 * the next.
 */
const wrappedInGroups = (text: string, span: Span): boolean => {
  const value = text.slice(span.start, span.end);
  if (!value.includes('\n')) return true;
  // "IBAN: NO\n0560…": the country code ends the line, the rest is compact on the next.
  const afterCountry = WRAPPED_COUNTRY.test(value) && value.indexOf('\n', 5) < 0;
  return (
    (afterCountry || GROUP_SEPARATOR.test(value)) && onlySoftBreaks(text, span.start, span.end)
  );
};

const toIban = (text: string, start: number, end: number): Span | undefined => {
  const country = text.slice(start, start + 2).toUpperCase();
  const length = countrySpecs[country]?.chars;
  if (length === undefined) return undefined;
  const span = takeAlphanumerics(text, start, end, length);
  if (span === undefined || runsOn(text, span.end) || !wrappedInGroups(text, span)) {
    return undefined;
  }
  const iban = electronicFormatIBAN(text.slice(span.start, span.end).replace(SEPARATORS, ''));
  return iban !== null && isValidIBAN(iban) ? span : undefined;
};

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * IBANs of every registry country, compact or grouped by spaces, dots, dashes, slashes or
 * underscores, also glued to a word ("IBAN:DE89…EUR"), validated by mod-97.
 */
export const ibanRecognizer: Recognizer = {
  name: 'iban',
  entities: ['IBAN'],
  find: (text) => {
    const accept = (start: number, end: number) => toIban(text, start, end);
    const spans = scanCandidatesAt(text, CANDIDATE, codeStarts, accept);
    const glued = scanCandidatesAt(text, GLUED, gluedCodeStarts, accept);
    return [...spans, ...glued]
      .sort(byStart)
      .map((span) =>
        toFinding(span, { type: 'IBAN', category: 'financial', score: 1, recognizer: 'iban' }),
      );
  },
};
