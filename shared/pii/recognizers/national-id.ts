import { luhn, weightedSum } from '../checksums.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme, validatorFor } from '../schemes.js';
import { digitsOf } from '../spans.js';

const national = { type: 'NATIONAL_ID', category: 'national_id' } as const;
const SEPARATORS = /[\s.\-/]/g;
const compact = (candidate: string): string => candidate.replace(SEPARATORS, '').toUpperCase();

// With its sign (YYMMDD-NNNN) or its century (YYYYMMDDNNNN) the number is distinctive.
const SWEDISH_STRONG = /\d[-+]\d{4}$|^(?:18|19|20)\d{10}$/;

/** Swedish numbers: stdnum wants YYMMDD-NNNN, so a 12-digit form loses its century. */
const swedish = (candidate: string): string => {
  const digits = digitsOf(candidate);
  const short = digits.length === 12 ? digits.slice(2) : digits;
  return `${short.slice(0, 6)}${candidate.includes('+') ? '+' : '-'}${short.slice(6)}`;
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

// Letters and shapes that make these formats distinctive: a checksum match alone is enough.
const STRONG: readonly IdScheme[] = [
  {
    id: 'fr.nir',
    ...national,
    validator: validatorFor('FR', 'nir'),
    candidates: byPattern(
      /(?<![\p{L}\p{N}])[1-478][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[ABab])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\p{L}\p{N}])/gu,
    ),
    normalise: compact,
  },
  {
    id: 'it.codicefiscale',
    ...national,
    validator: validatorFor('IT', 'codicefiscale'),
    candidates: byPattern(
      /(?<![\p{L}\p{N}])[A-Za-z]{6}[0-9LMNP-Vlmnp-v]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNP-Vlmnp-v]{2}[A-Za-z][0-9LMNP-Vlmnp-v]{3}[A-Za-z](?![\p{L}\p{N}])/gu,
    ),
    normalise: compact,
  },
  {
    id: 'es.dni',
    ...national,
    validator: validatorFor('ES', 'dni'),
    // Not the digits of a NIE ("X-2482300W"), whose X, Y or Z stands for a leading digit.
    candidates: byPattern(
      /(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])[XYZxyz][ -])\d{1,2}\.?\d{3}\.?\d{3}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu,
    ),
    normalise: (candidate) => compact(candidate).padStart(9, '0'),
  },
  {
    id: 'es.nie',
    ...national,
    validator: validatorFor('ES', 'nie'),
    candidates: byPattern(/(?<![\p{L}\p{N}])[XYZxyz][ -]?\d{7}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu),
    normalise: compact,
  },
  {
    id: 'fi.hetu',
    ...national,
    validator: validatorFor('FI', 'hetu'),
    candidates: byPattern(
      /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![\p{L}\p{N}])/gu,
    ),
    normalise: (candidate) => candidate.toUpperCase(),
  },
  {
    id: 'de.svnr',
    ...national,
    validator: validatorFor('DE', 'svnr'),
    candidates: byPattern(/(?<![\p{L}\p{N}])\d{2} ?\d{6} ?[A-Za-z] ?\d{3}(?![\p{L}\p{N}])/gu),
    normalise: compact,
  },
  // Two letters from a restricted set, six digits and A-D: no checksum, but rare outside NINOs.
  {
    id: 'gb.nino',
    ...national,
    validator: validatorFor('GB', 'nino'),
    candidates: byPattern(
      /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu,
    ),
    normalise: compact,
  },
  // Eleven digits, but a date plus a mod-97 (be) or two mod-11 check digits (no): about 1 in 200
  // random numbers pass, accepted without context (fail closed).
  {
    id: 'be.nn',
    ...national,
    validator: validatorFor('BE', 'nn'),
    candidates: byDigits(11),
    normalise: digitsOf,
    precheck: belgianCheck,
  },
  {
    id: 'no.fodselsnummer',
    ...national,
    validator: validatorFor('NO', 'fodselsnummer'),
    candidates: byDigits(11),
    normalise: digitsOf,
    precheck: norwegianCheck,
  },
  // Only the bare ten digits need a word.
  {
    id: 'se.personnummer',
    ...national,
    validator: validatorFor('SE', 'personnummer'),
    candidates: byPattern(/(?<![\p{L}\p{N}])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\p{L}\p{N}])/gu),
    context: /person(?:nummer|nr)|\bpnr\b|personal identity/gi,
    needsContext: (candidate) => !SWEDISH_STRONG.test(candidate),
    normalise: swedish,
    precheck: (value) => luhn(digitsOf(value)),
  },
];

// Purely numeric with weak checks (mod 10/11, or none): a local word must be near the number.
const NEEDS_WORD: readonly IdScheme[] = [
  {
    id: 'nl.bsn',
    ...national,
    validator: validatorFor('NL', 'bsn'),
    candidates: byDigits(9),
    context: /\bbsn|burgerservice|sofi-?n/gi,
    normalise: digitsOf,
  },
  {
    id: 'pl.pesel',
    ...national,
    validator: validatorFor('PL', 'pesel'),
    candidates: byDigits(11),
    context: /pesel/gi,
    normalise: digitsOf,
  },
  {
    id: 'dk.cpr',
    ...national,
    validator: validatorFor('DK', 'cpr'),
    candidates: byDigits(10),
    context: /\bcpr|personnummer|f[øo]dselsnummer/gi,
    normalise: digitsOf,
  },
  {
    id: 'ee.ik',
    ...national,
    validator: validatorFor('EE', 'ik'),
    candidates: byDigits(11),
    context: /isikukood|personal code/gi,
    normalise: digitsOf,
  },
  {
    id: 'lt.asmens',
    ...national,
    validator: validatorFor('LT', 'asmens'),
    candidates: byDigits(11),
    context: /asmens kod|personal code/gi,
    normalise: digitsOf,
  },
  {
    id: 'ro.cnp',
    ...national,
    validator: validatorFor('RO', 'cnp'),
    candidates: byDigits(13),
    context: /\bcnp\b|cod numeric personal/gi,
    normalise: digitsOf,
  },
  {
    id: 'bg.egn',
    ...national,
    validator: validatorFor('BG', 'egn'),
    candidates: byDigits(10),
    context: /\begn\b|егн/gi,
    normalise: digitsOf,
  },
  {
    id: 'hr.oib',
    ...national,
    validator: validatorFor('HR', 'oib'),
    candidates: byDigits(11),
    context: /\boib\b/gi,
    normalise: digitsOf,
  },
  {
    id: 'si.emso',
    ...national,
    validator: validatorFor('SI', 'emso'),
    candidates: byDigits(13),
    context: /em[sš]o/gi,
    normalise: digitsOf,
  },
  {
    id: 'at.vnr',
    ...national,
    validator: validatorFor('AT', 'vnr'),
    candidates: byDigits(10),
    context: /sozialversicherung|versicherungsnummer|\bsv-?nr|\bsvnr|\bvsnr/gi,
    normalise: digitsOf,
  },
  {
    id: 'ie.pps',
    ...national,
    validator: validatorFor('IE', 'pps'),
    candidates: byPattern(/(?<![\p{L}\p{N}])\d{7}[A-Wa-w][A-Za-z]?(?![\p{L}\p{N}])/gu),
    context: /\bpps|personal public service/gi,
    normalise: compact,
  },
];

const SCHEMES = [...STRONG, ...NEEDS_WORD];

/** National identity and social security numbers of EU/EEA countries, validated by stdnum. */
export const nationalIdRecognizer: Recognizer = {
  name: 'national-id',
  entities: ['NATIONAL_ID'],
  find: (text) => findIds(text, SCHEMES, 'national-id'),
};

/** The stdnum ids this recognizer knows (documentation and tests). */
export const NATIONAL_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
