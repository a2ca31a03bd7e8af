import { hetu, luhn, luxembourgMatricule, swissAhv, weightedSum } from '../checksums.js';
import { contextPattern } from '../context.js';
import { EDGE_ALNUM } from '../letters.js';
import { allOf, byDigits, byPattern, type IdScheme } from '../schemes.js';
import {
  codeStarts,
  digitRunStarts,
  digitWindows,
  filterStarts,
  joinedRunStarts,
  memoised,
  runPairStarts,
  type Span,
  textPattern,
  tokenStarts,
} from '../spans.js';
import { stdnumValid } from '../stdnum.js';
import {
  compact,
  digitsOf,
  GAP_LENGTH,
  gap,
  NATIONAL,
  PERSONAL_OR_HEALTH_WORDS,
  token,
} from './common.js';

// Where a group may be followed by a space (or a soft line break: see gap).
const SPACE = gap(' ');
// Where a codice fiscale's or a NINO's parts are joined otherwise: any one separator, or none.
const CODICE_FISCALE_JOINT = '[ .-]?';
// A personal number's words and the codice fiscale's short names ('CF', 'C.F.', 'cod. fisc.'),
// which alone would read a test's malformed codes as somebody's ('@parametrize("cf", […])').
const CODICE_FISCALE_WORDS = contextPattern(
  ['national', 'social', 'tax', 'health'],
  ['cf', 'c f', 'cod fisc'],
);
const NINO_WORDS = contextPattern([], ['national insurance', 'ni number', 'ni no', 'nino', 'ni']);
const NINO_JOINT = '[ ./\\u2013-]?';

/** de.svnr: two digits, six, a letter, three; and where it may start (tests import both). */
export const SVNR = token(`\\d{2}${SPACE}\\d{6}${SPACE}[A-Za-z]${SPACE}\\d{3}`);
export const SVNR_STARTS = runPairStarts([2], [6], GAP_LENGTH, [8]);
const NIR_GAP = gap(' .-');
// Spaces or full stops as printed; dashes, slashes and the Swiss apostrophe as typed.
const AHV_GAP = gap(" ./'\\u2013-");

// With its sign (YYMMDD-NNNN) or its century (YYYYMMDDNNNN) the number is distinctive.
const SWEDISH_STRONG = /\d[-+]\d{4}$|^(?:18|19|20)\d{6}[-+]?\d{4}$/;

/** Swedish numbers: stdnum wants YYMMDD-NNNN (+ past 100), so a 12-digit form loses its century. */
const swedish = (candidate: string): string => {
  const digits = digitsOf(candidate);
  const short = digits.length === 12 ? digits.slice(2) : digits;
  const old = candidate.includes('+') || (digits.length === 12 && digits.startsWith('18'));
  return `${short.slice(0, 6)}${old ? '+' : '-'}${short.slice(6)}`;
};

/** Mod 97 over the first nine digits, for births before and after 2000. */
const belgianCheck = (digits: string): boolean => {
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
};

/** A day and month (D-, H- and synthetic numbers add 40 or 80) and both mod-11 check digits. */
const norwegianCheck = (digits: string): boolean => {
  const day = Number(digits.slice(0, 2)) % 40;
  const month = Number(digits.slice(2, 4)) % 40;
  return (
    day >= 1 &&
    day <= 31 &&
    month >= 1 &&
    month <= 12 &&
    weightedSum(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2, 1], 11) === 0 &&
    weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1], 11) === 0
  );
};

// Day of birth in a codice fiscale: 1-31, or 41-71 for women (letters stand in for digits).
const CF_DIGIT: Readonly<Record<string, string>> = {
  L: '0',
  M: '1',
  N: '2',
  P: '3',
  Q: '4',
  R: '5',
  S: '6',
  T: '7',
  U: '8',
  V: '9',
};
const codiceFiscaleDay = (value: string): boolean => {
  const day = Number([...value.slice(9, 11)].map((c) => CF_DIGIT[c] ?? c).join(''));
  return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
};
const isCodiceFiscale = allOf(codiceFiscaleDay, stdnumValid('IT', 'codicefiscale'));
const CODICE_FISCALE = /^[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/;

// ETSI EN 319 412-1 semantics identifiers of natural persons, as eIDAS and Smart-ID certificates
// carry them in the subject's serialNumber: the type (PNO national personal number, IDC identity
// card, PAS passport, TAX or TIN tax number), an ISO country code, '-' and the number as the
// country writes it ('PNOEE-39205270210', 'PNOLV-321234-56789', 'PASDE-C01X00T47'). Whatever the country's own check
// says, the prefix says it is a person's number: any number with at least four digits counts
// (VAT, NTR, PSD and LEI, the legal persons' types, are left out).
const ETSI_COUNTRIES =
  'AT|BE|BG|HR|CY|CZ|DK|EE|FI|FR|DE|GR|EL|HU|IE|IT|LV|LT|LU|MT|NL|PL|PT|RO|SK|SI|ES|SE|IS|LI|NO|GB|CH';
// A log written in lower case keeps it as 'pnoee-39205270210': the national number and identity
// card types are read in lower case too (not 'tax', 'tin' or 'pas', words: "taxes-2024").
const ETSI_SEMANTICS = token(
  `(?:(?:PNO|IDC|PAS|TAX|TIN)(?:${ETSI_COUNTRIES})|(?:pno|idc)(?:${ETSI_COUNTRIES.toLowerCase()}))-[A-Za-z0-9](?:[A-Za-z0-9-]{3,22}[A-Za-z0-9])`,
);
const FOUR_DIGITS = /(?:\d\D*){4}/;
const ETSI_TYPES = new Set(['PNO', 'IDC', 'PAS', 'TAX', 'TIN', 'pno', 'idc']);
const HYPHEN = 45;
// Five-character tokens that open with a type and are followed by '-': tried only there.
const fiveCharacters = tokenStarts(5, 5);
const etsiStarts = memoised((text) =>
  filterStarts(
    fiveCharacters(text),
    (start) =>
      text.charCodeAt(start + 5) === HYPHEN && ETSI_TYPES.has(text.slice(start, start + 3)),
  ),
);

// A NIR typed as its thirteen digits in any grouping, then its key after the word for it ('2 8507
// 691230 42 clé 49'): the key is read into the number, and a social-security word must be near.
const NIR_KEY_AFTER = new RegExp(
  String.raw`[ \t]*[,;:]?[ \t]*(?:cl[eé]f?|key)[ \t]*[:=]?[ \t]*(\d{2})(?![${EDGE_ALNUM}])`,
  'iuy',
);
const nirWithKeyAfter = (text: string): Span[] => {
  const spans: Span[] = [];
  for (const span of digitWindows(text, [13])) {
    NIR_KEY_AFTER.lastIndex = span.end;
    const key = NIR_KEY_AFTER.exec(text);
    if (key !== null) spans.push({ start: span.start, end: span.end + key[0].length });
  }
  return spans;
};

// A date stamp and a counter ('build=20250304.108', 'batch 20240115-042'): a YYYYMMDD date then
// three digits, as builds, batches and log rotations are numbered. No Belgian or Norwegian number
// is written in eight and three: these are not read as one (about 1 in 100 such stamps would pass
// the checks, and a build log holds dozens).
const DATE_STAMP = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-./ ]\d{3}$/;
let elevenText: string | undefined;
let elevenSpans: Span[] = [];
// Three schemes read them: found once per text.
const elevenDigits = (text: string): Span[] => {
  if (text !== elevenText) {
    elevenSpans = digitWindows(text, [11]).filter(
      (span) => !DATE_STAMP.test(text.slice(span.start, span.end)),
    );
    elevenText = text;
  }
  return elevenSpans;
};

/** National identity and social security numbers whose letters or checks make them distinctive. */
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'eu.etsi',
    ...NATIONAL,
    isValid: (value) => FOUR_DIGITS.test(value.slice(6)),
    candidates: byPattern(ETSI_SEMANTICS, etsiStarts),
  },
  {
    id: 'fr.nir',
    ...NATIONAL,
    isValid: stdnumValid('FR', 'nir'),
    candidates: byPattern(
      token(
        `[1-478]${NIR_GAP}\\d{2}${NIR_GAP}\\d{2}${NIR_GAP}(?:\\d{2}|2[ABab])${NIR_GAP}\\d{3}${NIR_GAP}\\d{3}${NIR_GAP}\\d{2}`,
      ),
    ),
    normalise: compact,
  },
  {
    id: 'fr.nir',
    ...NATIONAL,
    isValid: stdnumValid('FR', 'nir'),
    candidates: nirWithKeyAfter,
    context: PERSONAL_OR_HEALTH_WORDS,
    normalise: digitsOf,
  },
  // A wrong check letter next to a word is still somebody's (mistyped) codice fiscale.
  {
    id: 'it.codicefiscale',
    ...NATIONAL,
    isValid: isCodiceFiscale,
    candidates: byPattern(
      token(
        '[A-Za-z]{6}[0-9LMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{3}[A-Za-z]',
      ),
      tokenStarts(16, 16),
    ),
    context: PERSONAL_OR_HEALTH_WORDS,
    needsContext: () => false,
    normalise: compact,
    isWellFormed: allOf((value) => CODICE_FISCALE.test(value), codiceFiscaleDay),
  },
  // Typed in its four parts, as people copy it from the card: surname, name, birth, place and
  // check ("BNL FRD 90C62 F205P", also in lower case).
  {
    id: 'it.codicefiscale',
    ...NATIONAL,
    isValid: isCodiceFiscale,
    candidates: byPattern(
      token(
        '[A-Za-z]{3} [A-Za-z]{3} [0-9LMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNP-Vlmnp-v]{2} [A-Za-z][0-9LMNP-Vlmnp-v]{3}[A-Za-z]',
      ),
      tokenStarts(3, 3),
    ),
    context: PERSONAL_OR_HEALTH_WORDS,
    needsContext: () => false,
    normalise: compact,
    isWellFormed: allOf((value) => CODICE_FISCALE.test(value), codiceFiscaleDay),
  },
  // Grouped at other joints, as people type it too ("RSSMRA 85C15 H501R", "RSS-MRA-85C15-H501R",
  // "C.F. RSSMRA 85C 15H501 R"): a space, full stop or dash at any joint, next to a word for a
  // personal number.
  {
    id: 'it.codicefiscale',
    ...NATIONAL,
    isValid: isCodiceFiscale,
    candidates: byPattern(
      token(
        ['[A-Za-z]{3}', '[A-Za-z]{3}', '[0-9LMNP-Vlmnp-v]{2}', '[A-EHLMPR-Ta-ehlmpr-t]']
          .concat(['[0-9LMNP-Vlmnp-v]{2}', '[A-Za-z]', '[0-9LMNP-Vlmnp-v]{3}', '[A-Za-z]'])
          .join(CODICE_FISCALE_JOINT),
      ),
      tokenStarts(3, 15),
    ),
    context: CODICE_FISCALE_WORDS,
    seekWithContextOnly: true,
    normalise: compact,
  },
  {
    id: 'es.dni',
    ...NATIONAL,
    isValid: stdnumValid('ES', 'dni'),
    // Not the seven digits of a NIE ("X-2482300W"), whose X, Y or Z stands for a leading digit;
    // eight digits after such a letter are no NIE's ('y 54362315-K').
    candidates: byPattern(
      textPattern(
        String.raw`(?<![\p{L}\p{N}])(?:(?<!(?<![\p{L}\p{N}])[KLMXYZklmxyz][ -])\d|\d{2})\.?\d{3}\.?\d{3}[ -]?[A-Za-z](?![\p{L}\p{N}])`,
        'gu',
      ),
    ),
    normalise: (candidate) => compact(candidate).padStart(9, '0'),
  },
  {
    id: 'es.nie',
    ...NATIONAL,
    isValid: stdnumValid('ES', 'nie'),
    candidates: byPattern(token('[XYZxyz][ -]?\\d{7}[ -]?[A-Za-z]')),
    normalise: compact,
  },
  // K, L and M numbers: NIFs of Spaniards under 14, abroad, and of foreigners without a NIE.
  {
    id: 'es.nif',
    ...NATIONAL,
    isValid: stdnumValid('ES', 'nif'),
    candidates: byPattern(token('[KLMklm][ -]?\\d{7}[ -]?[A-Za-z]')),
    normalise: compact,
  },
  {
    id: 'fi.hetu',
    ...NATIONAL,
    isValid: hetu,
    candidates: byPattern(token('\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Ya-y]'), digitRunStarts(6)),
    normalise: (candidate) => candidate.toUpperCase(),
  },
  {
    id: 'de.svnr',
    ...NATIONAL,
    isValid: stdnumValid('DE', 'svnr'),
    candidates: byPattern(SVNR, SVNR_STARTS),
    normalise: compact,
  },
  // Two letters from a restricted set, six digits and A-D: no checksum, but rare outside NINOs.
  {
    id: 'gb.nino',
    ...NATIONAL,
    isValid: stdnumValid('GB', 'nino'),
    candidates: byPattern(
      token(`[A-Za-z]{2}${SPACE}\\d{2}${SPACE}\\d{2}${SPACE}\\d{2}${SPACE}[A-Da-d]`),
      codeStarts,
    ),
    normalise: compact,
  },
  // Grouped in threes or joined by dashes or slashes ("AB 123 456 C", "AB-123456-C"): with one of
  // its own names near, as such codes name products too.
  {
    id: 'gb.nino',
    ...NATIONAL,
    isValid: stdnumValid('GB', 'nino'),
    candidates: byPattern(
      token(
        `[A-Za-z]{2}${NINO_JOINT}(?:\\d{3}${NINO_JOINT}\\d{3}|\\d{2}${NINO_JOINT}\\d{2}${NINO_JOINT}\\d{2})${NINO_JOINT}[A-Da-d]`,
      ),
      tokenStarts(2, 8),
    ),
    context: NINO_WORDS,
    seekWithContextOnly: true,
    normalise: compact,
  },
  {
    id: 'ch.ssn',
    ...NATIONAL,
    isValid: swissAhv,
    candidates: byPattern(token(`756${AHV_GAP}\\d{4}${AHV_GAP}\\d{4}${AHV_GAP}\\d{2}`)),
    normalise: digitsOf,
  },
  // Eleven digits, but a date plus a mod-97 (be) or two mod-11 check digits (no): about 1 in 200
  // random numbers pass, accepted without context (fail closed). BIS numbers add 20 or 40 to the month.
  {
    id: 'be.nn',
    ...NATIONAL,
    isValid: allOf(belgianCheck, stdnumValid('BE', 'nn')),
    candidates: elevenDigits,
    normalise: digitsOf,
  },
  {
    id: 'be.bis',
    ...NATIONAL,
    isValid: allOf(belgianCheck, stdnumValid('BE', 'bis')),
    candidates: elevenDigits,
    normalise: digitsOf,
  },
  {
    id: 'no.fodselsnummer',
    ...NATIONAL,
    isValid: allOf(norwegianCheck, stdnumValid('NO', 'fodselsnummer')),
    candidates: elevenDigits,
    normalise: digitsOf,
  },
  // A Luhn and a Verhoeff check digit after a birth date.
  {
    id: 'lu.matricule',
    ...NATIONAL,
    isValid: luxembourgMatricule,
    candidates: byDigits(13),
    normalise: digitsOf,
  },
  // Only the bare ten digits need a word.
  {
    id: 'se.personnummer',
    ...NATIONAL,
    isValid: allOf((value) => luhn(digitsOf(value)), stdnumValid('SE', 'personnummer')),
    candidates: byPattern(token('(?:\\d{2})?\\d{4}-?\\d{2}[-+ ]?\\d{4}'), joinedRunStarts(4, 10)),
    context: PERSONAL_OR_HEALTH_WORDS,
    needsContext: (candidate) => !SWEDISH_STRONG.test(candidate),
    normalise: swedish,
    names: contextPattern([], ['personnummer', 'personnr', 'pnr', 'samordningsnummer']),
  },
  {
    id: 'pt.cc',
    ...NATIONAL,
    isValid: stdnumValid('PT', 'cc'),
    candidates: byPattern(
      token(`\\d{8}${SPACE}\\d${SPACE}[A-Za-z]{2}${SPACE}\\d`),
      digitRunStarts(8),
    ),
    normalise: compact,
  },
];

/**
 * The schemes above. A valid one counts on its own on one line; wrapped across a line break (a
 * mail client's), only next to a word for a personal or health number.
 */
export const STRONG_NATIONAL_SCHEMES: readonly IdScheme[] = SCHEMES.map((scheme) => ({
  wrapContext: PERSONAL_OR_HEALTH_WORDS,
  ...scheme,
}));
