import { countrySpecs, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Recognizer } from '../recognizer.js';
import { codeStarts, isWordChar, type Span, scanCandidatesAt, toFinding } from '../spans.js';

// Country code, check digits, then a flat run of alphanumerics, spaces, dots and dashes; the country's
// IBAN length (from ibantools) decides where the IBAN ends inside the run.
const CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2}[A-Za-z0-9 .\u00a0-]{8,44}/gu;
const SEPARATOR = /[ .\u00a0-]/;
const SEPARATORS = /[ .\u00a0-]/g;

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

const toIban = (text: string, start: number, end: number): Span | undefined => {
  const country = text.slice(start, start + 2).toUpperCase();
  const length = countrySpecs[country]?.chars;
  if (length === undefined) return undefined;
  const span = takeAlphanumerics(text, start, end, length);
  if (span === undefined || isWordChar(text, span.end)) return undefined;
  const iban = electronicFormatIBAN(text.slice(span.start, span.end).replace(SEPARATORS, ''));
  return iban !== null && isValidIBAN(iban) ? span : undefined;
};

/** IBANs of every registry country, with or without spaces or dashes, validated by mod-97. */
export const ibanRecognizer: Recognizer = {
  name: 'iban',
  entities: ['IBAN'],
  find: (text) =>
    scanCandidatesAt(text, CANDIDATE, codeStarts, (start, end) => toIban(text, start, end)).map(
      (span) =>
        toFinding(span, { type: 'IBAN', category: 'financial', score: 1, recognizer: 'iban' }),
    ),
};
