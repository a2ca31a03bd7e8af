import { belgianEid, germanDocument, polishIdCard, ukLicenceDate } from '../checksums.js';
import { type ContextKind, contextPattern } from '../context.js';
import { compact, digitsOf } from '../id-schemes/common.js';
import type { EntityType, Recognizer } from '../recognizer.js';
import { byPattern, findIds, type IdScheme } from '../schemes.js';
import {
  digitRunStarts,
  filterStarts,
  memoised,
  type PatternText,
  type Span,
  textPattern,
  tokenStarts,
} from '../spans.js';

// Whole tokens only: not glued to letters or digits, nor joined to them by - / or . ('591-1917064-58').
const boundary = (body: string): PatternText =>
  textPattern(
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-/.])${body}(?![\\p{L}\\p{N}]|[-/.][\\p{L}\\p{N}])`,
    'gu',
  );

// In a file name too: after a word and a dash ("reisepass-scan-C01X00T47") and before the file's
// extension ("Reisepass_C01X00T47.jpg"), not after a number and a dash ('591-1917064-58'). The
// document word must still label it (adjacent).
const FILE_EXTENSION = String.raw`\.(?:jpe?g|png|pdf|tiff?|heic|gif|bmp|webp)(?![\p{L}\p{N}])`;
const inFileName = (body: string): PatternText =>
  textPattern(
    String.raw`(?<![\p{L}\p{N}]|\p{N}[-/.]|\p{L}[/.])${body}(?!(?!${FILE_EXTENSION})(?:[\p{L}\p{N}]|[-/.][\p{L}\p{N}]))`,
    'gu',
  );

// A document number as printed: Latin or Greek letters ('ΑΒ 123456', a Greek identity card) and
// digits, at least one digit among the first twelve; or a short prefix set apart ('AA 1234567':
// capitals, or two small letters, so that 'and 3456789' is not one), also by a line break where a
// mail client wrapped it (then only soft breaks count: schemes.ts).
const DOCUMENT_NUMBER = inFileName(
  '(?:(?:[A-Z\\u0391-\\u03a9]{1,3}|[a-z\\u03b1-\\u03c9]{2})(?:[ -]| ?\\r?\\n)(?=\\d)|(?=[A-Za-z\\u0391-\\u03a9\\u03b1-\\u03c9]{0,11}\\d))[A-Za-z0-9\\u0391-\\u03a9\\u03b1-\\u03c9]{5,12}',
);
const DIGIT = /\d/g;
const ALPHANUMERIC = /^[A-Z0-9\u0391-\u03a9]{6,12}$/;

const LETTER = /[A-Z\u0391-\u03a9]/;
const DIGITS_ONLY_MIN = 8;

/** Six to twelve letters and digits, at least five of them digits; digits alone, at least eight. */
const isDocumentNumber = (value: string): boolean =>
  ALPHANUMERIC.test(value) &&
  (value.match(DIGIT)?.length ?? 0) >= 5 &&
  (LETTER.test(value) || value.length >= DIGITS_ONLY_MIN);

const KINDS: readonly (readonly [EntityType, ContextKind, string])[] = [
  ['PASSPORT', 'passport', 'passport'],
  ['ID_CARD', 'idCard', 'id-card'],
  ['DRIVING_LICENCE', 'licence', 'driving-licence'],
];

const document = (type: EntityType) => ({ type, category: 'id_document' }) as const;

const documentShapes = byPattern(DOCUMENT_NUMBER);
let lastText: string | undefined;
let lastNumbers: Span[] = [];

/** Document-shaped tokens that pass isDocumentNumber, once per text for the three kinds. */
const documentNumbers = (text: string): Span[] => {
  if (text !== lastText) {
    lastNumbers = documentShapes(text).filter((span) =>
      isDocumentNumber(compact(text.slice(span.start, span.end))),
    );
    lastText = text;
  }
  return lastNumbers;
};
const nineCharacters = byPattern(boundary('(?=[A-Za-z]{0,8}\\d)[A-Za-z0-9]{9}'), tokenStarts(9, 9));

/** Any document number labelled as a passport, id card or driving licence (format only). */
const GENERIC: readonly IdScheme[] = KINDS.map(([type, kind, id]) => ({
  id,
  ...document(type),
  isValid: () => false,
  isWellFormed: () => true,
  candidates: documentNumbers,
  context: contextPattern([kind]),
  normalise: compact,
  adjacent: true,
}));

// Numbers with a check digit (about 1 in 10 pass by chance), still only next to a document word.
const CHECKED: readonly IdScheme[] = [
  {
    id: 'de.passport',
    ...document('PASSPORT'),
    isValid: germanDocument,
    precheck: germanDocument,
    candidates: nineCharacters,
    context: contextPattern(['passport']),
    normalise: compact,
  },
  {
    id: 'de.idcard',
    ...document('ID_CARD'),
    isValid: germanDocument,
    precheck: germanDocument,
    candidates: nineCharacters,
    context: contextPattern(['idCard']),
    normalise: compact,
  },
  {
    id: 'pl.idcard',
    ...document('ID_CARD'),
    isValid: polishIdCard,
    candidates: byPattern(boundary('[A-Za-z]{3} ?\\d{6}')),
    context: contextPattern(['idCard', 'national']),
    normalise: compact,
  },
  {
    id: 'be.eid',
    ...document('ID_CARD'),
    isValid: belgianEid,
    candidates: byPattern(boundary('\\d{3}-?\\d{7}-?\\d{2}')),
    context: contextPattern(['idCard', 'national']),
    normalise: digitsOf,
  },
];

// Dutch passports and identity cards since 2014: two letters, six letters or digits, a digit,
// never the letter O ('NW1K2L8P3'): often fewer digits than a generic document number needs.
const DUTCH_DOCUMENT = /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/;
const DUTCH_WORDS = ['paspoort', 'pasnummer', 'reisdocument', 'passport'];
const DUTCH_CARD_WORDS = ['identiteitskaart', 'id kaart', 'identiteitsbewijs', 'identity card'];
const dutchDocument = (type: EntityType, id: string, words: readonly string[]): IdScheme => ({
  id,
  ...document(type),
  isValid: () => false,
  isWellFormed: (value) => DUTCH_DOCUMENT.test(value),
  candidates: nineCharacters,
  context: contextPattern([], words),
  adjacent: true,
});

// A Polish driving licence's own number (not the blank's): five digits, the year, four digits.
const POLISH_LICENCE = /^\d{5}\/\d{2}\/\d{4}$/;

const FORMAT_ONLY: readonly IdScheme[] = [
  dutchDocument('PASSPORT', 'nl.passport', DUTCH_WORDS),
  dutchDocument('ID_CARD', 'nl.idcard', DUTCH_CARD_WORDS),
  {
    id: 'pl.drivinglicence',
    ...document('DRIVING_LICENCE'),
    isValid: () => false,
    isWellFormed: (value) => POLISH_LICENCE.test(value),
    candidates: byPattern(boundary('\\d{5}/\\d{2}/\\d{4}'), digitRunStarts(5)),
    context: contextPattern(['licence']),
    adjacent: true,
  },
];

// Where a licence in groups may start: five characters and a space before a run of six digits
// (found from the digit runs, which are few; tokens of five letters are many).
const sixDigitRuns = digitRunStarts(6);
const groupedLicenceStarts = memoised((text) =>
  filterStarts(sixDigitRuns(text), (start) => start >= 6 && text.charCodeAt(start - 1) === 32).map(
    (start) => start - 6,
  ),
);

// Surname (padded with 9s), a date block, initials, a digit and two check letters: distinctive.
// Also as the DVLA writes it, in groups: 'MORGA 657054 SM9 IJ'.
const STRONG: readonly IdScheme[] = [
  {
    id: 'gb.drivinglicence',
    ...document('DRIVING_LICENCE'),
    isValid: ukLicenceDate,
    candidates: byPattern(
      boundary('[A-Za-z9]{5}\\d{6}[A-Za-z9]{2}\\d[A-Za-z]{2}'),
      tokenStarts(16, 16),
    ),
    normalise: compact,
  },
  {
    id: 'gb.drivinglicence',
    ...document('DRIVING_LICENCE'),
    isValid: ukLicenceDate,
    candidates: byPattern(
      boundary('[A-Za-z9]{5} \\d{6} ?[A-Za-z9]{2}\\d ?[A-Za-z]{2}'),
      groupedLicenceStarts,
    ),
    normalise: compact,
  },
];

const SCHEMES = [...STRONG, ...CHECKED, ...GENERIC, ...FORMAT_ONLY];

/** Passports, identity cards and driving licences: checked where a check digit exists. */
export const idDocumentRecognizer: Recognizer = {
  name: 'id-document',
  entities: ['PASSPORT', 'ID_CARD', 'DRIVING_LICENCE'],
  find: (text) => findIds(text, SCHEMES, 'id-document'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const ID_DOCUMENT_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
